/**
 * npm run bench: runs every benchmark section in scripts/bench/ (files named NN-*.ts,
 * in order) and prints their figures as Markdown tables for the README.
 * Pass section names to run only those: npm run bench -- load filter
 */
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const only = process.argv.slice(2);
const dir = new URL('./bench/', import.meta.url);
const sections = readdirSync(dir)
  .filter((f) => /^\d\d-.*\.ts$/.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

console.log(
  `# Traceline benchmarks\n\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB, ${new Date().toISOString().slice(0, 10)}`,
);
for (const file of sections) {
  const section = (await import(new URL(file, dir).href)) as { run: () => Promise<void> };
  await section.run();
}
