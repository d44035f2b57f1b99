/**
 * The bad-input corpus (tests/fixtures/bad/, written by `npm run bad-corpus:make`): every
 * file through the app's loader and through the CLI, each with the outcome its manifest
 * entry expects, located where it says; no crash anywhere.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadManifest, matches, runApp, runCli } from '../../scripts/badCorpus/check';
import { CASES, render } from '../../scripts/badCorpus/corpus';
import { DIR } from '../../scripts/badCorpus/types';

const manifest = loadManifest();

describe('the bad-input corpus', () => {
  it('has at least 100 files, one per kind of fault, each in the manifest', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'manifest.json');
    expect(files.length).toBeGreaterThanOrEqual(100);
    expect(manifest.map((e) => e.file).sort()).toEqual(files.sort());
    expect(new Set(manifest.map((e) => e.fault)).size).toBe(manifest.length);
    for (const kind of ['error', 'warning', 'accepted']) {
      expect(manifest.some((e) => e.outcome === kind)).toBe(true);
    }
  });

  it('is what the generator writes (committed files are reproducible)', () => {
    for (const c of CASES) {
      expect(Buffer.compare(readFileSync(join(DIR, `${c.name}.json`)), render(c)), c.name).toBe(0);
    }
  });

  it.each(manifest.map((e) => [e.file, e] as const))('app loader: %s', (_file, e) => {
    expect(matches(e, runApp(e))).toBeNull();
  });

  it('CLI: every file as the manifest says, in one run, no stack trace, no raw control characters', () => {
    const { seen, stdout, stderr } = runCli(manifest);
    const wrong = manifest
      .map((e) => [e.file, matches(e, seen.get(e.file)!)] as const)
      .filter(([, m]) => m !== null);
    expect(wrong).toEqual([]);
    expect(stderr).not.toMatch(/\n\s+at /);
    for (const raw of ['\u001b', '\u0007', '\u202e']) expect(stdout).not.toContain(raw);
    // The escape sequences in escape-edtf.json are printed as escapes.
    expect(stdout).toContain('\\u001b]0;pwned\\u0007\\u001b[2J2021');
  });
});
