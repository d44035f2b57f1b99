/**
 * Where the page's long tasks come from while it imports an ACLED-shaped CSV: a Chromium
 * trace of the whole import, from choosing the file to the app's `traceline:opened` mark,
 * with every main-thread task over 50 ms and the garbage collections inside it.
 *
 *   npx vite build --outDir /tmp/dist && npx tsx scripts/import-trace.ts 100000 /tmp/dist
 *
 * Why a trace as well as the import bench: the bench's `longtask` PerformanceObserver does
 * not report a task that only collects garbage (V8 schedules its young-generation
 * collections as tasks of their own), and in the hand-over those are most of the pauses.
 * A diagnostic, not a benchmark: tracing slows the page down.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../tests/browser/chromium';
import { serveDist } from '../tests/browser/server';
import { acledCsv } from './acled-csv';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string } };
}

const rows = Number(process.argv[2] ?? 100_000);
const dist = process.argv[3];
if (!dist) throw new Error('usage: import-trace.ts ROWS DIST');

const work = mkdtempSync(join(tmpdir(), 'traceline-import-trace-'));
const file = join(work, `acled-${rows}.csv`);
writeFileSync(file, acledCsv({ rows }));
const server = await serveDist(dist);
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page
    .getByText(/\d+ of \d+ events/)
    .first()
    .waitFor();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const e of value as unknown as TraceEvent[]) {
      const kept =
        (e.ph === 'X' && (e.dur ?? 0) >= 1000) ||
        (e.ph === 'M' && e.name === 'thread_name') ||
        e.name === 'traceline:opened';
      if (kept) events.push(e);
    }
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,v8,disabled-by-default-v8.gc,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  await page.getByLabel('Open a dataset').setInputFiles(file);
  await page.waitForFunction(
    () => performance.getEntriesByName('traceline:opened').length > 0,
    null,
    { timeout: 900_000, polling: 100 },
  );
  await cdp.send('Tracing.end');
  await complete;

  const threads = new Map(events.filter((e) => e.ph === 'M').map((e) => [e.tid, e.args?.name]));
  const opened = events.find((e) => e.name === 'traceline:opened');
  if (!opened) throw new Error('the trace has no traceline:opened mark');
  const main = events.filter((e) => e.ph === 'X' && threads.get(e.tid) === 'CrRendererMain');
  const before = main.filter((e) => e.ts < opened.ts);
  const ms = (us: number) => Math.round(us / 1000);
  for (const name of ['MinorGC', 'MajorGC']) {
    const gc = before.filter((e) => e.name === name).map((e) => e.dur!);
    const total = gc.reduce((a, b) => a + b, 0);
    console.log(
      `${name}: ${gc.length} over 1 ms, ${ms(total)} ms in all, longest ${ms(Math.max(0, ...gc))} ms`,
    );
  }
  const tasks = before.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur! > 50_000);
  console.log(`main-thread tasks over 50 ms before the mark: ${tasks.length}`);
  for (const t of tasks) {
    const inside = main.filter((e) => e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!);
    const gc = inside
      .filter((e) => e.name === 'MinorGC' || e.name === 'MajorGC')
      .map((e) => `${e.name} ${ms(e.dur!)}`);
    const script = inside.find((e) => e.name === 'FunctionCall');
    const what = [script ? `script ${script.args?.data?.functionName || '(anonymous)'}` : '']
      .concat(gc)
      .filter(Boolean);
    console.log(
      `  ${ms(t.dur!)} ms, ${ms(opened.ts - t.ts)} ms before the mark: ${what.join(', ') || 'no event over 1 ms inside'}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
