/**
 * npm run bench -- vs-vis-timeline: Traceline beside vis-timeline (a dev dependency, used only
 * here) in one headless Chromium run, on the same synthetic events and the same wheel input.
 *
 * - vis-timeline: a bare timeline on a blank page; its items (one per event: the title, and
 *   the event's span, or its instant) are fetched and parsed as JSON, then drawn.
 * - Traceline: the whole built app, the dataset opened through "Open a dataset".
 *
 * First render is from the start of the fetch (vis) or the file being chosen (Traceline)
 * until two frames after the timeline shows. Then the same 60 wheel steps over each
 * timeline, one per animation frame. A peer whose first render takes over ZOOM_LIMIT_MS is
 * not zoomed (each of its frames would take seconds), and one that has not drawn after
 * VIS_DRAW_LIMIT_MS is given up: the table says so.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tests/browser/chromium';
import { serveDist } from '../../tests/browser/server';
import { generateDataset } from '../synthetic';
import { extentOf } from '../../src/model/dates';
import type { DatasetInput } from '../../src/model/schema';
import { builtApp } from './builtApp';
import { fmt, printTable } from './measure';
import { frameStats, wheelZoomFrames, type FrameStats } from './wheelZoom';

// VS_VIS_SIZES=1000,10000 runs fewer sizes (a quick look).
const SIZES = (process.env.VS_VIS_SIZES ?? '1000,10000,100000').split(',').map(Number);
const ACTORS = 50;
const STEPS = 60;
const ZOOM_LIMIT_MS = 20_000;
/** A zoom stops after this long: its frames so far are measured, and the table says how many. */
const ZOOM_BUDGET_MS = 60_000;
const VIEWPORT = { width: 1440, height: 900 };
/** vis-timeline's first render is given up after this long (at 100k it took over 8 minutes). */
const VIS_DRAW_LIMIT_MS = 300_000;

interface Run {
  /** Infinity: not drawn within VIS_DRAW_LIMIT_MS. */
  firstRender: number;
  /** The frame times, and how many of the steps ran within the budget. */
  zoom: (FrameStats & { frames: number }) | null;
}

/** vis-timeline's items for the events: the span, or an instant for a day or less. */
function visItems(dataset: DatasetInput) {
  return dataset.events.map((e, id) => {
    const x = extentOf(e.when.edtf);
    const start = Number.isFinite(x.start) ? x.start : x.end;
    const end = Number.isFinite(x.end) ? x.end : x.start;
    return end - start > 86_400_000
      ? { id, content: e.title, start, end, type: 'range' }
      : { id, content: e.title, start };
  });
}

/** A folder with a blank page that loads vis-timeline (the test draws it from items.json). */
function visPage(dir: string): string {
  const root = dirname(createRequire(import.meta.url).resolve('vis-timeline/package.json'));
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(root, 'standalone/umd/vis-timeline-graph2d.min.js'), join(dir, 'vis.js'));
  copyFileSync(join(root, 'styles/vis-timeline-graph2d.min.css'), join(dir, 'vis.css'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="vis.css">
<style>body{margin:0}#tl{width:${VIEWPORT.width}px;height:${VIEWPORT.height}px}</style></head>
<body><div id="tl"></div><script src="vis.js"></script></body></html>`,
  );
  return dir;
}

async function runVis(browser: Browser, url: string): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT, timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'vis' in window);
  const t0 = performance.now();
  console.error('  vis-timeline: drawing…');
  const drawn = page
    .evaluate(async () => {
      const items = (await (await fetch('items.json')).json()) as unknown[];
      const vis = (window as unknown as { vis: { Timeline: new (...a: unknown[]) => unknown } })
        .vis;
      (window as unknown as { tl: unknown }).tl = new vis.Timeline(
        document.getElementById('tl'),
        items,
        {},
      );
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return true;
    })
    .catch(() => false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<false>((r) => (timer = setTimeout(() => r(false), VIS_DRAW_LIMIT_MS)));
  const done = await Promise.race([drawn, limit]);
  clearTimeout(timer);
  if (!done) {
    console.error(`  vis-timeline: not drawn in ${VIS_DRAW_LIMIT_MS / 1000} s; given up`);
    await context.close(); // the page is still drawing: closing it stops it
    return { firstRender: Infinity, zoom: null };
  }
  const firstRender = performance.now() - t0;
  console.error(`  vis-timeline: drawn in ${Math.round(firstRender)} ms; zooming…`);
  let zoom: Run['zoom'] = null;
  if (firstRender <= ZOOM_LIMIT_MS) {
    const before = await page.evaluate(() =>
      JSON.stringify((window as unknown as { tl: { getWindow(): unknown } }).tl.getWindow()),
    );
    const frames = await wheelZoomFrames(page, '.vis-panel.vis-center', {
      steps: STEPS,
      rounds: 1,
      budgetMs: ZOOM_BUDGET_MS,
    });
    zoom = { ...frameStats(frames), frames: frames.length };
    const after = await page.evaluate(() =>
      JSON.stringify((window as unknown as { tl: { getWindow(): unknown } }).tl.getWindow()),
    );
    // The input must reach it: a zoom that moved nothing would measure nothing.
    if (before === after) throw new Error('vis-timeline did not follow the wheel');
  }
  await context.close();
  return { firstRender, zoom };
}

async function runTraceline(browser: Browser, url: string, file: string, id: string): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT, timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto(url);
  await page
    .getByText(/\d+ of \d+ events/)
    .first()
    .waitFor();
  // As vis-timeline's clock starts on a loaded, idle page, Traceline's starts once the report
  // it opens with has settled (its panels, its graph's layout, the import worker's start), as
  // in the timeline bench: the opening measured is the file's alone.
  await page.getByRole('table').first().waitFor();
  await page.waitForTimeout(1000);
  const t0 = performance.now();
  await page.getByLabel('Open a dataset').setInputFiles(file);
  await page.locator(`section.timeline[data-dataset="${id}"]`).waitFor({ timeout: 300_000 });
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  const firstRender = performance.now() - t0;
  await page.waitForTimeout(1500); // the graph's layout worker settles, as in the timeline bench
  const frames = await wheelZoomFrames(page, '.tl-scroll', {
    steps: STEPS,
    rounds: 1,
    budgetMs: ZOOM_BUDGET_MS,
  });
  const zoom = { ...frameStats(frames), frames: frames.length };
  await context.close();
  return { firstRender, zoom };
}

const ratio = (peer: number, ours: number) => `${fmt(peer / ours, 1)}×`;

export async function run() {
  const work = mkdtempSync(join(tmpdir(), 'traceline-bench-vs-vis-'));
  const visDir = visPage(join(work, 'vis'));
  const app = await serveDist(await builtApp());
  const vis = await serveDist(visDir);
  const browser = await launchChromium();
  const rows: string[][] = [];
  try {
    for (const events of SIZES) {
      const dataset = generateDataset({ events, actors: ACTORS, seed: 1 });
      const file = join(work, `synthetic-${events}.json`);
      writeFileSync(file, JSON.stringify(dataset));
      writeFileSync(join(visDir, 'items.json'), JSON.stringify(visItems(dataset)));
      // Progress on stderr: a size can take minutes, and the table prints at the end.
      console.error(`vs-vis-timeline: ${events} events, vis-timeline…`);
      const peer = await runVis(browser, vis.url);
      console.error(`vs-vis-timeline: ${events} events, Traceline…`);
      const ours = await runTraceline(browser, app.url, file, dataset.id);
      const zoomCell = (r: Run) =>
        !r.zoom
          ? 'not run: first render over 20 s'
          : `${fmt(r.zoom.median)} (${fmt(r.zoom.p95)})${r.zoom.frames < STEPS ? `, ${r.zoom.frames} of ${STEPS} steps in 60 s` : ''}`;
      rows.push([
        events.toLocaleString('en'),
        `${Number.isFinite(peer.firstRender) ? fmt(peer.firstRender, 0) : `over ${VIS_DRAW_LIMIT_MS / 1000} s, given up`} / ${fmt(ours.firstRender, 0)}`,
        Number.isFinite(peer.firstRender)
          ? ratio(peer.firstRender, ours.firstRender)
          : `over ${ratio(VIS_DRAW_LIMIT_MS, ours.firstRender)}`,
        `${zoomCell(peer)} / ${zoomCell(ours)}`,
        peer.zoom && ours.zoom ? ratio(peer.zoom.median, ours.zoom.median) : '–',
      ]);
    }
  } finally {
    await browser.close();
    await app.close();
    await vis.close();
    rmSync(work, { recursive: true, force: true });
  }
  printTable(
    `Side by side in one headless Chromium run: vis-timeline 8.5 (a bare timeline, items fetched as JSON) and Traceline (the whole app, "Open a dataset"), ${STEPS} wheel steps (${ACTORS} actors, ${VIEWPORT.width}×${VIEWPORT.height})`,
    [
      'events',
      'first render ms: vis-timeline / Traceline',
      'Traceline faster by',
      'zoom frame median (p95) ms: vis-timeline / Traceline',
      'Traceline faster by',
    ],
    rows,
  );
}
