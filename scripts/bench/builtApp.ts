/**
 * The production build that browser benchmarks serve: TRACELINE_DIST when it is set,
 * otherwise one fresh build per benchmark run, made on first use in a temporary folder
 * that lives as long as the process.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

let built: Promise<string> | null = null;

export function builtApp(): Promise<string> {
  const given = process.env.TRACELINE_DIST;
  if (given) return Promise.resolve(given);
  built ??= (async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'traceline-bench-build-')), 'dist');
    await build({ build: { outDir, emptyOutDir: true }, logLevel: 'silent' });
    return outDir;
  })();
  return built;
}
