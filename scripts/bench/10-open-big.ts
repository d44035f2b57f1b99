/**
 * Opening big Traceline datasets in the app (headless Chromium, 1440×900): synthetic files
 * of 100k, 300k and 1M events (50 actors, seed 1; TRACELINE_BIG_SIZES=100000,300000 to
 * choose) chosen through "Open a dataset". For each: when the progress bar first showed each
 * stage, the time until the timeline draws that dataset, the main-thread tasks over 100 ms
 * from choosing the file to 3 s after (a `longtask` observer), and the page's JS heap after
 * a forced collection. Then the same wheel zoom as the timeline bench (30 steps in, 30 out,
 * one per animation frame) over the dataset's whole span, where its lanes are density cells:
 * the frame times, and the longest main-thread task from the first step until 3 s after the
 * last (the layout of the settled window comes then). The files are written once by
 * `npm run generate` (in a child process: a million events is 597 MB) and kept in the
 * system's temporary directory.
 *
 * Serves the build from builtApp() (TRACELINE_DIST, or a fresh build).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../tests/browser/chromium';
import { serveDist } from '../../tests/browser/server';
import { builtApp } from './builtApp';
import { fmt, printTable } from './measure';
import { frameStats, wheelZoomFrames } from './wheelZoom';

const SIZES = (process.env.TRACELINE_BIG_SIZES ?? '100000,300000,1000000')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const STAGES = ['Reading', 'Checking', 'Indexing'] as const;

function fileFor(events: number): string {
  const dir = join(tmpdir(), 'traceline-bench-big');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `synthetic-${events}-50-1.json`);
  if (!existsSync(file)) {
    const args = ['tsx', 'scripts/generate.ts', '--events', String(events), '--actors', '50'];
    execFileSync('npx', [...args, '--seed', '1', '--out', file], {
      stdio: 'inherit',
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
    });
  }
  return file;
}

export async function run() {
  const server = await serveDist(await builtApp());
  const browser = await launchChromium();
  const rows: (string | number)[][] = [];
  try {
    for (const events of SIZES) {
      const file = fileFor(events);
      const ctx = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        timezoneId: 'UTC',
      });
      const page = await ctx.newPage();
      await page.goto(server.url);
      await page
        .getByText(/\d+ of \d+ events/)
        .first()
        .waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { longTasks: number[] };
        w.longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longTasks.push(e.duration);
        }).observe({ type: 'longtask' });
      });
      const t0 = Date.now();
      const seen = new Map<string, number>();
      let drawn = false;
      const watch = (async () => {
        while (!drawn) {
          const text = await page
            .locator('.import-progress')
            .first()
            .textContent({ timeout: 1000 })
            .catch(() => null);
          const stage = STAGES.find((s) => text?.startsWith(s));
          if (stage && !seen.has(stage)) seen.set(stage, Date.now() - t0);
          await page.waitForTimeout(250);
        }
      })();
      await page.getByLabel('Open a dataset').setInputFiles(file);
      await page
        .locator(`section.timeline[data-dataset="synthetic-${events}-50-1"]`)
        .waitFor({ timeout: 900_000 });
      const toTimeline = Date.now() - t0;
      drawn = true;
      await watch;
      await page.waitForTimeout(3000);
      const tasks = await page.evaluate(
        () => (window as unknown as { longTasks: number[] }).longTasks,
      );
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const over = tasks.filter((d) => d > 100).sort((a, b) => b - a);
      await page.evaluate(() => {
        (window as unknown as { longTasks: number[] }).longTasks.length = 0;
      });
      const frames = frameStats(
        await wheelZoomFrames(page, '.tl-scroll', { steps: 60, rounds: 1 }),
      );
      await page.waitForTimeout(3000);
      const zoomTasks = await page.evaluate(
        () => (window as unknown as { longTasks: number[] }).longTasks,
      );
      rows.push([
        events.toLocaleString('en'),
        ...STAGES.map((s) => (seen.has(s) ? (seen.get(s)! / 1000).toFixed(1) : '–')),
        (toTimeline / 1000).toFixed(1),
        over.length ? Math.round(over[0]!) : '≤ 100',
        over.length,
        Math.round(heap.usedSize / 2 ** 20),
        `${fmt(frames.median)} / ${fmt(frames.p95)}`,
        zoomTasks.length ? Math.round(Math.max(...zoomTasks)) : '≤ 50',
      ]);
      await ctx.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  printTable(
    'Open a big dataset in the app (headless Chromium)',
    [
      'events',
      'reading from s',
      'checking from s',
      'indexing + hand-over from s',
      'timeline drawn s',
      'longest main-thread task ms',
      'tasks over 100 ms',
      'page JS heap after GC MiB',
      'zoom frame median / p95 ms',
      'longest task, zoom + 3 s ms',
    ],
    rows,
  );
}
