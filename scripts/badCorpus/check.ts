/**
 * Runs the corpus through the app's loader (io/readDataset, then the store) and the CLI
 * (one `npm run validate` process over every file), and compares each outcome with the
 * manifest. Shared by the test (tests/unit/bad-corpus.test.ts) and `npm run bad-corpus`.
 */
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readDataset } from '../../src/io/readDataset';
import { formatPath, type Problem } from '../../src/model/validate';
import { useStore } from '../../src/store/store';
import { DIR, MANIFEST, type Expectation, type Outcome } from './types';

export interface Seen {
  outcome: Outcome | 'crash';
  /** Problems as `severity: path: message`. */
  lines: string[];
}

export const loadManifest = () => JSON.parse(readFileSync(MANIFEST, 'utf8')) as Expectation[];

const outcomeOf = (severities: string[]): Outcome =>
  severities.includes('error') ? 'error' : severities.includes('warning') ? 'warning' : 'accepted';

/** The app's loader: bytes → readDataset → the store, as the Open button does. */
export function runApp(e: Expectation): Seen {
  try {
    const result = readDataset(readFileSync(join(DIR, e.file)));
    useStore.getState().loadValidated(e.file, result);
    const load = useStore.getState().load;
    if ((load.status === 'ready') !== (result.dataset !== null)) {
      return { outcome: 'crash', lines: ['the store disagrees with the validator'] };
    }
    const lines = result.problems.map(
      (p: Problem) => `${p.severity}: ${formatPath(p.path)}: ${p.message}`,
    );
    return { outcome: outcomeOf(result.problems.map((p) => p.severity)), lines };
  } catch (err) {
    return { outcome: 'crash', lines: [String(err)] };
  }
}

/** The CLI over every file in one process; its output split by file. */
export function runCli(entries: Expectation[]): {
  seen: Map<string, Seen>;
  stdout: string;
  stderr: string;
} {
  const out = spawnSync(
    'npx',
    ['tsx', 'scripts/validate.ts', ...entries.map((e) => join(DIR, e.file))],
    {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
      maxBuffer: 64 * 2 ** 20,
    },
  );
  const seen = new Map<string, Seen>();
  for (const e of entries) {
    const prefix = `${join(DIR, e.file)}: `;
    const mine = out.stdout
      .split('\n')
      .filter((l) => l.startsWith(prefix))
      .map((l) => l.slice(prefix.length));
    const summary = mine.find((l) => /^\d+ error\(s\), \d+ warning\(s\); /.test(l));
    const problems = mine.filter((l) => /^(error|warning): /.test(l));
    seen.set(e.file, {
      outcome: summary ? outcomeOf(problems.map((l) => l.split(':')[0]!)) : 'crash',
      lines: problems,
    });
  }
  return { seen, stdout: out.stdout, stderr: out.stderr };
}

/** Whether what was seen is what the manifest expects: the outcome, located where it says. */
export function matches(e: Expectation, s: Seen): string | null {
  if (s.outcome !== e.outcome)
    return `expected ${e.outcome}, got ${s.outcome}: ${s.lines.join(' | ')}`;
  if (e.outcome === 'accepted') return null;
  // A problem with the whole file is printed without a path ("error: the file is not…").
  const at = (l: string) =>
    e.path === '$'
      ? l.startsWith(`${e.outcome}: $: `) ||
        (l.startsWith(`${e.outcome}: `) && !l.startsWith(`${e.outcome}: $`))
      : l.startsWith(`${e.outcome}: ${e.path}: `);
  const located = s.lines.filter(at);
  if (located.length === 0) return `no ${e.outcome} at ${e.path}: ${s.lines.join(' | ')}`;
  if (e.message && !located.some((l) => l.includes(e.message!))) {
    return `no ${e.outcome} at ${e.path} saying "${e.message}": ${located.join(' | ')}`;
  }
  return null;
}
