/**
 * npm run validate [-- [--fix] FILE...]
 *
 * A file in an outside format (ACLED, UCDP GED, GDELT, TimelineJS; told by its content) is
 * imported first, through the same pipeline as the app, and each bad row is printed.
 *
 * Validates datasets (default: every dataset.json under data/) and prints each problem with
 * its JSON path. Exits 1 when any file has errors. With --fix, drifted evidence offsets
 * whose quote was found verbatim (and unambiguously) are written back into the file's text;
 * nothing else in the file changes. Each file is handled on its own: one that fails to
 * read, validate or fix does not stop the others.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem } from '../src/model/validate';
import { readDataset } from '../src/io/readDataset';
import { patchOffsets } from '../src/io/fixOffsets';
import { printable } from '../src/io/printable';
import { decodeBytes } from '../src/io/decode';
import { detectFormat } from '../src/io/import/detect';

const MAX_BYTES = 512 * 1024 * 1024;

function findDatasets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'schema' ? [] : findDatasets(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

/** Every line goes through printable(): a file's text never reaches the terminal raw. */
const say = (name: string, line: string) => console.log(printable(`${name}: ${line}`));

/**
 * Imports a file in an outside format and reports it; null when the file is not one (a
 * Traceline dataset, or unreadable: the dataset path then says why). Returns whether it has errors.
 */
async function handleImport(
  name: string,
  bytes: Uint8Array,
  fix: boolean,
): Promise<boolean | null> {
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return null;
  const detected = detectFormat(decoded.text);
  if (typeof detected === 'string' || detected.format === 'traceline') return null;
  const base = name.split(/[\\/]/).pop() ?? name;
  // Loaded only for outside formats: checking a dataset does not pay for the adapters.
  const { formatBadRow, importText } = await import('../src/io/import');
  const r = importText(decoded.text, { file: base });
  for (const w of [...decoded.warnings.map((p) => p.message), ...r.warnings])
    say(name, `warning: ${w}`);
  for (const b of r.badRows) say(name, `error: ${formatBadRow(b)}`);
  if (fix) say(name, '--fix applies to Traceline datasets only; an imported file is not changed');
  const d = r.dataset;
  const summary = d
    ? `${d.events.length} events, ${d.actors.length} actors, ${d.sources.length} sources`
    : 'not loaded';
  say(
    name,
    `imported as ${detected.format}: ${r.rowsRead} row(s) read, ${r.goodRows} good, ` +
      `${r.badRecords.length} bad; ${summary}`,
  );
  return r.badRows.length > 0 || d === null;
}

/** Validates (and with --fix, patches) one file; returns whether it has errors. */
async function handle(file: string, fix: boolean): Promise<boolean> {
  const name = relative(process.cwd(), file) || file;
  let bytes: Uint8Array;
  try {
    const size = statSync(file).size;
    if (size > MAX_BYTES) {
      say(name, `error: the file is ${Math.round(size / 2 ** 20)} MiB; the limit is 512 MiB`);
      return true;
    }
    bytes = readFileSync(file);
  } catch (e) {
    say(name, `error: cannot read the file (${(e as Error).message})`);
    return true;
  }
  const imported = await handleImport(name, bytes, fix);
  if (imported !== null) return imported;
  const { dataset, problems, text, encoding, exact } = readDataset(bytes);
  for (const p of problems) say(name, formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (fix) {
    const fixes = problems.filter((p) => p.fix);
    const ties = problems.filter(
      (p) => p.path.at(-1) === 'position' && !p.fix && p.severity === 'warning',
    );
    if (ties.length > 0) {
      say(
        name,
        `skipped ${ties.length} drifted offset(s) with equally good occurrences (see above)`,
      );
    }
    if (fixes.length > 0 && text !== null) {
      if (!exact || (encoding !== 'utf-8' && encoding !== 'utf-8 with BOM')) {
        say(
          name,
          `not fixed: --fix writes only valid UTF-8 files (this one is ${encoding}${exact ? '' : ', with bad bytes'})`,
        );
      } else {
        const patched = patchOffsets(text, fixes);
        writeFileSync(file, (encoding === 'utf-8 with BOM' ? '\uFEFF' : '') + patched.text);
        say(name, `fixed ${patched.fixed} drifted evidence offset(s)`);
      }
    }
  }
  const summary = dataset
    ? `${dataset.events.length} events, ${dataset.relations.length} relations, ${dataset.actors.length} actors`
    : 'not loaded';
  say(name, `${errors} error(s), ${problems.length - errors} warning(s); ${summary}`);
  return errors > 0;
}

const args = process.argv.slice(2);
const fix = args.includes('--fix');
const files = args.filter((a) => a !== '--fix');
const targets = files.length > 0 ? files : findDatasets('data');
let failed = false;
for (const file of targets) {
  try {
    if (await handle(file, fix)) failed = true;
  } catch (e) {
    say(
      file,
      `error: the file could not be checked (${e instanceof Error ? e.message : String(e)})`,
    );
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
