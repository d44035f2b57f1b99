import { formatPath, type Problem } from '../model/problems';
import { shellQuote } from '../io/printable';

/** Shown instead of the explorer when a dataset fails validation. */
export function DatasetProblems({ name, problems }: { name: string; problems: Problem[] }) {
  const errors = problems.filter((p) => p.severity === 'error');
  return (
    <section className="dataset-problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        The dataset {name} cannot be shown: {errors.length} problem{errors.length === 1 ? '' : 's'}
      </h2>
      <p>
        Fix these in the file (or run <code>npm run validate -- {shellQuote(name)}</code>) and load
        it again.
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i} className={`problem problem-${p.severity}`}>
            <strong>{p.severity}</strong>
            {p.path.length > 0 && (
              <>
                {' '}
                at <code>{formatPath(p.path)}</code>
              </>
            )}
            : {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
