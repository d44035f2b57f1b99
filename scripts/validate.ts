/**
 * npm run validate [-- [--fix] FILE...]
 *
 * Validates datasets (default: every dataset.json under data/) and prints each problem with
 * its JSON path. Exits 1 when any file has errors. With --fix, drifted evidence offsets
 * whose quote was found verbatim are written back to the file.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem, validateJsonText, type Problem } from '../src/model/validate';

const MAX_BYTES = 512 * 1024 * 1024;

function findDatasets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'schema' ? [] : findDatasets(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

/** Writes the fixed offsets into the JSON, leaving everything else as the author wrote it. */
function applyFixes(text: string, fixes: Problem[]): string {
  const json = JSON.parse(text) as Record<string, unknown>;
  for (const p of fixes) {
    let node: unknown = json;
    for (const part of p.path) node = (node as Record<string | number, unknown>)[part];
    Object.assign(node as object, p.fix);
  }
  return JSON.stringify(json, null, 2) + '\n';
}

const args = process.argv.slice(2);
const fix = args.includes('--fix');
const files = args.filter((a) => a !== '--fix');
const targets = files.length > 0 ? files : findDatasets('data');
let failed = false;

for (const file of targets) {
  const name = relative(process.cwd(), file) || file;
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_BYTES) {
      console.log(
        `${name}: error: the file is ${Math.round(size / 2 ** 20)} MiB; the limit is 512 MiB`,
      );
      failed = true;
      continue;
    }
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.log(`${name}: error: cannot read the file (${(e as Error).message})`);
    failed = true;
    continue;
  }
  const { dataset, problems } = validateJsonText(text);
  for (const p of problems) console.log(`${name}: ${formatProblem(p)}`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const fixes = problems.filter((p) => p.fix);
  if (fix && fixes.length > 0) {
    writeFileSync(file, applyFixes(text, fixes));
    console.log(`${name}: fixed ${fixes.length} drifted evidence offset(s)`);
  }
  if (errors > 0) failed = true;
  const summary = dataset
    ? `${dataset.events.length} events, ${dataset.relations.length} relations, ${dataset.actors.length} actors`
    : 'not loaded';
  console.log(`${name}: ${errors} error(s), ${problems.length - errors} warning(s); ${summary}`);
}
process.exit(failed ? 1 : 0);
