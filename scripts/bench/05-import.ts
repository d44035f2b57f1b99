/**
 * Importing ACLED-shaped CSV (scripts/acled-csv.ts; 10k, 100k and 300k rows, about 370 bytes
 * a row). Two parts:
 *
 *  - node, the pure pipeline alone (openBytes: decode, parse, map, validate, index), one
 *    thread: rows/s, and peak memory. The JS heap is sampled at every progress report (every
 *    2,000 rows parsed and at each step), so its peak is a lower bound; the process's peak
 *    resident memory (maxRSS) is exact but counts the generated text too, and only grows.
 *  - headless Chromium, through the app's "Open a dataset" input (the work runs in the
 *    import worker): time until the page takes over the index, the longest main-thread task
 *    meanwhile, from choosing the file (after the report's own opening has settled) (PerformanceObserver 'longtask'; tasks under 50 ms are not reported, so "< 50"),
 *    the longest task from the 'traceline:opened' mark on (the page takes the index over and
 *    renders every view of it), and the main thread's peak JS heap (CDP Runtime.getHeapUsage
 *    every 250 ms; the worker's heap is not counted: the node figures stand in for it).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchChromium } from '../../tests/browser/chromium';
import { serveDist } from '../../tests/browser/server';
import { acledCsv } from '../acled-csv';
import { openBytes } from '../../src/app/import/openBytes';
import { builtApp } from './builtApp';
import { fmt, printTable } from './measure';

const SIZES = [10_000, 100_000, 300_000];
const MiB = 2 ** 20;
const gc = (globalThis as { gc?: () => void }).gc;

function inNode(rows: number, bytes: Uint8Array) {
  gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const t0 = performance.now();
  const { index } = openBytes(bytes, `acled-${rows}.csv`, sample);
  const ms = performance.now() - t0;
  sample();
  if (index?.events.length !== rows) throw new Error(`expected ${rows} events`);
  return { ms, heapMiB: (peak - base) / MiB, rssMiB: process.resourceUsage().maxRSS / 1024 };
}

/** Collects long tasks from the page's start, and the mark the app sets when it takes over. */
const PROBE = `(() => {
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
})()`;
const RESULT = `(() => ({
  long: window.__long,
  opened: performance.getEntriesByName('traceline:opened').at(-1)?.startTime ?? NaN,
  now: performance.now(),
}))()`;

export async function run() {
  const work = mkdtempSync(join(tmpdir(), 'traceline-bench-import-'));
  const server = await serveDist(await builtApp());
  const browser = await launchChromium();
  const rows: (string | number)[][] = [];
  try {
    for (const n of SIZES) {
      const text = acledCsv({ rows: n });
      const file = join(work, `acled-${n}.csv`);
      writeFileSync(file, text);
      const bytes = new TextEncoder().encode(text);
      const node = inNode(n, bytes);

      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        timezoneId: 'UTC',
      });
      const page = await context.newPage();
      await page.addInitScript(PROBE);
      await page.goto(server.url);
      await page
        .getByText(/\d+ of \d+ events/)
        .first()
        .waitFor();
      // The report's own panels render after its header (the table last), with tasks of
      // their own: let the page settle, so that the tasks measured are the import's alone.
      await page.getByRole('table').first().waitFor();
      await page.waitForTimeout(1000);
      const cdp = await context.newCDPSession(page);
      let heapPeak = 0;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
          heapPeak = Math.max(heapPeak, usedSize);
          await new Promise((r) => setTimeout(r, 250));
        }
      })();
      const start = (await page.evaluate('performance.now()')) as number;
      const t0 = performance.now();
      await page.getByLabel('Open a dataset').setInputFiles(file);
      await page
        .locator(`section.timeline[data-dataset="acled-${n}"]`)
        .waitFor({ timeout: 900_000 });
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      const drawnMs = performance.now() - t0;
      sampling = false;
      await sampler;
      const got = (await page.evaluate(RESULT)) as {
        long: [number, number][];
        opened: number;
        now: number;
      };
      // A task that ends before the mark was import work; the one holding the mark (the
      // page taking the index over and rendering the views) and later ones were not.
      const longest = (keep: (start: number, end: number) => boolean) => {
        const ds = got.long.filter(([s, d]) => s >= start && keep(s, s + d)).map(([, d]) => d);
        return ds.length ? fmt(Math.max(...ds), 0) : '< 50';
      };
      console.error(`import bench: ${n} rows done`);
      rows.push([
        n.toLocaleString('en'),
        fmt(bytes.length / 1e6),
        fmt(node.ms, 0),
        Math.round(n / (node.ms / 1000)).toLocaleString('en'),
        fmt(node.heapMiB, 0),
        fmt(node.rssMiB, 0),
        fmt(got.opened - start, 0),
        Math.round(n / ((got.opened - start) / 1000)).toLocaleString('en'),
        longest((_, end) => end <= got.opened),
        fmt(drawnMs, 0),
        longest((_, end) => end > got.opened),
        fmt(heapPeak / MiB, 0),
      ]);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  printTable(
    'Import an ACLED-shaped CSV: the pipeline in node, then through the app in headless Chromium (worker)',
    [
      'rows',
      'MB',
      'node ms',
      'node rows/s',
      'node peak heap MiB (sampled)',
      'node peak RSS MiB',
      'app: file chosen → index handed over ms',
      'app rows/s',
      'app: longest main-thread task while importing ms',
      'app: file chosen → views drawn ms',
      'app: longest task, hand-over + first render ms',
      'app: main-thread peak JS heap MiB',
    ],
    rows,
  );
}
