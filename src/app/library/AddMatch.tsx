import { useId, useState } from 'react';
import type { CombinationDraft, Merge } from '../../store/library';

/** An actor choice as a select's value: "part:id". */
const valueOf = (part: number, id: string) => `${part}:${id}`;
const refOf = (value: string) => {
  const at = value.indexOf(':');
  return { part: Number(value.slice(0, at)), id: value.slice(at + 1) };
};

/** A select of every actor, grouped by dataset. */
function ActorSelect({
  draft,
  label,
  value,
  onChange,
}: {
  draft: CombinationDraft;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <span className="add-match-field">
      <label htmlFor={id}>{label}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose an actor</option>
        {draft.names.map((names, part) => (
          <optgroup key={part} label={draft.titles[part]}>
            {[...names].map(([actor, name]) => (
              <option key={actor} value={valueOf(part, actor)}>
                {name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </span>
  );
}

/**
 * A match no suggestion offered: two actors of different datasets the reader knows are the
 * same. The one of the earlier dataset is kept.
 */
export function AddMatch({ draft, onAdd }: { draft: CombinationDraft; onAdd: (m: Merge) => void }) {
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [problem, setProblem] = useState('');
  const add = () => {
    if (!a || !b) return setProblem('Choose an actor on each side.');
    const [x, y] = [refOf(a), refOf(b)];
    if (x.part === y.part) return setProblem('Choose actors of two different datasets.');
    setProblem('');
    setA('');
    setB('');
    onAdd(x.part < y.part ? [x, y] : [y, x]);
  };
  return (
    <fieldset className="add-match">
      <legend>Another match</legend>
      <ActorSelect draft={draft} label="This actor" value={a} onChange={setA} />{' '}
      <ActorSelect draft={draft} label="is the same as" value={b} onChange={setB} />{' '}
      <button type="button" onClick={add}>
        Add the match
      </button>
      {problem && <p role="alert">{problem}</p>}
    </fieldset>
  );
}
