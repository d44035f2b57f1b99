/**
 * npm run bad-corpus:make
 *
 * Writes the bad-input corpus (tests/fixtures/bad/): one file per kind of fault, made from
 * the minimal fixture, and manifest.json with each file's expected outcome (a located error,
 * a located warning, or accepted). Deterministic: running it again writes the same files.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES, render } from './badCorpus/corpus';
import { DIR, MANIFEST, type Expectation } from './badCorpus/types';

if (new Set(CASES.map((c) => c.name)).size !== CASES.length) {
  throw new Error('two cases share a name');
}
mkdirSync(DIR, { recursive: true });
for (const f of readdirSync(DIR)) rmSync(join(DIR, f));
const manifest: Expectation[] = CASES.map((c) => {
  const file = `${c.name}.json`;
  writeFileSync(join(DIR, file), render(c));
  const { fault, outcome, path, message } = c;
  return { file, fault, outcome, ...(path ? { path } : {}), ...(message ? { message } : {}) };
});
writeFileSync(MANIFEST, JSON.stringify(manifest, null, 2) + '\n');
console.log(`wrote ${manifest.length} files and the manifest to ${DIR}`);
