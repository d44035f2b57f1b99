/**
 * npm run bench -- bundle: what a first visit downloads. The build's index.html names the
 * entry script and stylesheet; the entry's static imports are followed (dynamic imports and
 * workers load later, on use, and are listed apart). Sizes raw and gzipped (level 6, what
 * servers commonly send).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtApp } from './builtApp';
import { fmt, printTable } from './measure';

const kb = (bytes: number) => fmt(bytes / 1024, 1);
const gz = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length;

/** The files a first visit loads: the entry, what it imports statically, the stylesheet. */
function initialFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  );
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(join(dist, file), 'utf8');
    // `import{a}from"./x.js"` or `import"./x.js"`, not `import("./x.js")` (loaded on use).
    for (const m of code.matchAll(
      /\bimport\s*(?:[\w*{}\s,$]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      visit(`assets/${m[1]}`);
    }
  };
  named.forEach(visit);
  return [...seen];
}

export async function run() {
  const dist = await builtApp();
  const initial = new Set(initialFiles(dist));
  const rows: string[][] = [];
  const total = { raw: 0, gz: 0 };
  const later = { raw: 0, gz: 0 };
  // The JavaScript alone, too: the goal (issue 10) is the first visit's script.
  const script = { raw: 0, gz: 0 };
  for (const file of readdirSync(join(dist, 'assets'))
    .map((f) => `assets/${f}`)
    .sort()) {
    if (!/\.(js|css)$/.test(file)) continue;
    const bytes = readFileSync(join(dist, file));
    const sizes = { raw: bytes.length, gz: gz(bytes) };
    const into = initial.has(file) ? total : later;
    into.raw += sizes.raw;
    into.gz += sizes.gz;
    if (initial.has(file) && file.endsWith('.js')) {
      script.raw += sizes.raw;
      script.gz += sizes.gz;
    }
    rows.push([
      file.replace(/-[\w-]{8}\.(js|css)$/, '.$1'),
      initial.has(file) ? 'first visit' : 'on use',
      kb(sizes.raw),
      kb(sizes.gz),
    ]);
  }
  rows.push(['all JavaScript', 'first visit', kb(script.raw), kb(script.gz)]);
  rows.push(['all', 'first visit', kb(total.raw), kb(total.gz)]);
  rows.push(['all', 'on use', kb(later.raw), kb(later.gz)]);
  printTable('Bundle: what a first visit downloads (KiB)', ['file', 'loaded', 'raw', 'gzip'], rows);
}
