/**
 * The actor graph: deriving it and laying it out (pure functions, timed in node), then, in
 * headless Chromium, how long the layout takes in its Web Worker, the longest main-thread
 * task meanwhile, and the frame times of panning the drawn graph.
 *
 * The browser part serves the build from builtApp() and opens a generated
 * dataset through the app's own file input, as a reader would.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { generateDataset } from '../synthetic';
import type { Dataset } from '../../src/model/schema';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents, filterRelations } from '../../src/query/filter';
import { deriveGraph } from '../../src/query/graph/derive';
import { layoutGraph } from '../../src/query/graph/layout';
import {
  drawsOnCanvas,
  labelBudget,
  layoutBox,
  layoutInputFor,
  nodeLooks,
} from '../../src/query/graph/scene';
import { fmt, measure, medianMs, printTable } from './measure';
import { builtApp } from './builtApp';
import { serveDist } from '../../tests/browser/server';
import { launchChromium } from '../../tests/browser/chromium';

const SIZES = [
  { events: 1_000, actors: 200 },
  { events: 10_000, actors: 2_000 },
];

function layoutInNode() {
  const rows: (string | number)[][] = [];
  for (const { events, actors } of SIZES) {
    const index = buildIndex(generateDataset({ events, actors, seed: 4 }) as Dataset);
    const shown = filterEvents(index, EMPTY_FILTERS);
    const relations = filterRelations(index, EMPTY_FILTERS);
    const derive = () => deriveGraph(index, shown, relations);
    const graph = derive();
    const canvas = drawsOnCanvas(graph);
    const looks = nodeLooks(graph, canvas, labelBudget(graph.nodes.length, 560, 330));
    const box = layoutBox(looks, 560, 330);
    const input = layoutInputFor(graph, looks, box.width, box.height);
    const first = measure(() => layoutGraph(input));
    // A re-layout after a filter change starts from the known positions.
    const previous = Object.fromEntries(
      first.result.ids.map((id, i) => [id, [first.result.x[i]!, first.result.y[i]!] as const]),
    );
    const again = measure(() => layoutGraph({ ...input, previous }));
    rows.push([
      `${events.toLocaleString('en')} events, ${actors.toLocaleString('en')} actors`,
      graph.nodes.length.toLocaleString('en'),
      graph.edges.length.toLocaleString('en'),
      input.links.length.toLocaleString('en'),
      canvas ? 'canvas' : 'SVG',
      fmt(medianMs(derive)),
      fmt(first.ms, 0),
      fmt(again.ms, 0),
    ]);
  }
  printTable(
    'Actor graph: derive and lay out (node, one thread)',
    [
      'dataset',
      'actors',
      'edges',
      'layout links',
      'drawn as',
      'derive ms (median)',
      'layout ms (fresh)',
      'layout ms (from known positions)',
    ],
    rows,
  );
}

// The page-side probes are plain strings: functions passed to page.evaluate would carry
// the bundler's helpers (such as __name) that do not exist in the page.
const START_PROBE = `(() => {
  window.__frames = [];
  window.__long = [];
  window.__stop = false;
  let last = performance.now();
  const tick = (t) => {
    window.__frames.push(t - last);
    last = t;
    if (!window.__stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push(e.duration);
  }).observe({ type: 'longtask' });
})()`;
const STOP_PROBE = `(() => {
  window.__stop = true;
  return { frames: window.__frames.slice(1), long: window.__long };
})()`;

/** Records every frame interval and long task in the page until stopped. */
const startFrameProbe = (page: Page) => page.evaluate(START_PROBE);
const stopFrameProbe = (page: Page) =>
  page.evaluate(STOP_PROBE) as Promise<{ frames: number[]; long: number[] }>;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};

async function panInBrowser() {
  const server = await serveDist(await builtApp());
  const browser = await launchChromium();
  const dir = mkdtempSync(join(tmpdir(), 'traceline-bench-'));
  const rows: (string | number)[][] = [];
  try {
    const cases = [{ name: 'seed report', file: null as string | null }];
    for (const { events, actors } of SIZES) {
      const file = join(dir, `synthetic-${events}-${actors}.json`);
      writeFileSync(file, JSON.stringify(generateDataset({ events, actors, seed: 4 })));
      cases.push({ name: `${events.toLocaleString('en')} events, ${actors} actors`, file });
    }
    for (const c of cases) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(server.url);
      await page
        .getByText(/\d+ of \d+ events/)
        .first()
        .waitFor();
      const graph = page.getByRole('region', { name: 'Actor graph' });
      let openMs = NaN;
      let longestTask = NaN;
      if (c.file) {
        await startFrameProbe(page);
        await page.getByLabel('Open a dataset').setInputFiles(c.file);
        await page
          .getByText(/\d+ of 10?,?000 events/)
          .first()
          .waitFor({ timeout: 120_000 });
        const loaded = Date.now();
        // The layout is done when the new graph is drawn and the panel is no longer busy.
        await graph.getByText(/^\d[\d,]* actors · [\d,]+ ties/).waitFor({ timeout: 120_000 });
        await graph.locator('.graph-svg, .graph-canvas').waitFor({ timeout: 120_000 });
        await page
          .locator('section[aria-label="Actor graph"][aria-busy="false"]')
          .waitFor({ timeout: 120_000 });
        openMs = Date.now() - loaded;
        const probe = await stopFrameProbe(page);
        longestTask = Math.max(0, ...probe.long);
      }
      const layoutMs = Number(await graph.getAttribute('data-layout-ms'));
      const where = await graph.getAttribute('data-layout-where');
      const drawing = graph.locator('.graph-svg, .graph-canvas');
      const kind = (await drawing.getAttribute('class'))?.includes('canvas') ? 'canvas' : 'SVG';
      const box = (await drawing.boundingBox())!;
      await page.waitForTimeout(300);
      await startFrameProbe(page);
      // Pan: three drags across the drawing, starting on its edge (never on an actor in SVG).
      const x0 = box.x + 4;
      const y0 = box.y + 4;
      for (let i = 0; i < 3; i++) {
        await page.mouse.move(x0, y0);
        await page.mouse.down();
        await page.mouse.move(x0 + box.width * 0.5, y0 + box.height * 0.4, { steps: 40 });
        await page.mouse.move(x0, y0, { steps: 40 });
        await page.mouse.up();
      }
      const { frames } = await stopFrameProbe(page);
      rows.push([
        c.name,
        kind,
        `${fmt(layoutMs, 0)} (${where})`,
        fmt(openMs, 0),
        fmt(longestTask, 0),
        frames.length,
        fmt(quantile(frames, 0.5)),
        fmt(quantile(frames, 0.95)),
        fmt(Math.max(...frames)),
      ]);
      await page.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await browser.close();
    await server.close();
  }
  printTable(
    'Actor graph in headless Chromium (1440×900, software rendering): layout after opening a dataset, and frame times while panning',
    [
      'dataset',
      'drawn as',
      'layout ms (where)',
      'events shown → graph drawn ms',
      'longest main-thread task while opening, whole app ms',
      'pan frames',
      'frame ms (median)',
      'frame ms (p95)',
      'frame ms (max)',
    ],
    rows,
  );
}

export async function run() {
  layoutInNode();
  await panInBrowser();
}
