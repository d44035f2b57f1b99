/**
 * The map: grouping the located events into places and clustering them (pure, in node),
 * then, in headless Chromium, the first draw after choosing the Map tab (the lazy chunk
 * with its atlas included) and the frame times of panning it, at 10,000 and 100,000 located
 * events (synthetic, every event with a place; the whole span shown). Panned twice: at the
 * fitted view, where the places aggregate into a few dozen count circles (SVG), and zoomed
 * in at the busiest circle until 1,000 marks or more are drawn on the canvas.
 *
 * Serves the build from builtApp() (TRACELINE_DIST, or a fresh build).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import type { Topology } from 'topojson-specification';
import { generateDataset } from '../synthetic';
import type { Dataset } from '../../src/model/schema';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents } from '../../src/query/filter';
import { placesOf, topCategory } from '../../src/query/map/places';
import { readAtlas } from '../../src/query/map/atlas';
import { fitProjection } from '../../src/query/map/projection';
import { mapItems, placesBounds } from '../../src/views/map/mapScene';
import { fmt, medianMs, printTable } from './measure';
import { builtApp } from './builtApp';
import { serveDist } from '../../tests/browser/server';
import { launchChromium } from '../../tests/browser/chromium';

const SIZES = [10_000, 100_000];
const ACTORS = 200;
const dataset = (events: number) =>
  generateDataset({ events, actors: ACTORS, seed: 5, located: true });

function inNode() {
  const atlas = readAtlas(
    JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology,
  );
  const rows: (string | number)[][] = [];
  for (const events of SIZES) {
    const index = buildIndex(dataset(events) as Dataset);
    const shown = filterEvents(index, EMPTY_FILTERS);
    const places = placesOf(index, shown, atlas);
    const projection = fitProjection(placesBounds(atlas, places), 800, 400);
    const items = (k: number) =>
      mapItems(atlas, projection, places, k, (ev) => topCategory(index, ev));
    rows.push([
      events.toLocaleString('en'),
      places.length.toLocaleString('en'),
      fmt(medianMs(() => placesOf(index, shown, atlas))),
      `${items(1).length} / ${items(8).length} / ${items(64).length}`,
      fmt(medianMs(() => items(1))),
      fmt(medianMs(() => items(64))),
    ]);
  }
  printTable(
    'Map: places and count circles (node)',
    [
      'located events',
      'places',
      'group into places ms',
      'marks at zoom 1 / 8 / 64',
      'cluster + scene ms (zoom 1)',
      'ms (zoom 64)',
    ],
    rows,
  );
}

const FRAMES = `(() => {
  window.__frames = [];
  window.__stop = false;
  let last = performance.now();
  const tick = (t) => {
    window.__frames.push(t - last);
    last = t;
    if (!window.__stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP = `(() => { window.__stop = true; return window.__frames.slice(1); })()`;
const TWO_FRAMES = `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};

const frameFigures = (frames: number[]) => {
  const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
  return [
    fmt(quantile(frames, 0.5)),
    fmt(quantile(frames, 0.95)),
    fmt(Math.max(...frames)),
    fmt(1000 / mean, 0),
  ];
};

async function pan(page: Page): Promise<number[]> {
  const box = (await page.locator('.map-body').boundingBox())!;
  await page.evaluate(FRAMES);
  const x0 = box.x + box.width * 0.3;
  const y0 = box.y + box.height * 0.3;
  for (let i = 0; i < 3; i++) {
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    await page.mouse.move(x0 + box.width * 0.4, y0 + box.height * 0.4, { steps: 40 });
    await page.mouse.move(x0, y0, { steps: 40 });
    await page.mouse.up();
  }
  return (await page.evaluate(STOP)) as number[];
}

/**
 * Zooms in, by wheel steps at the busiest count circle in view, until the map draws at
 * least 1,000 marks on the canvas (or after 12 steps): the dense view the canvas is for. Returns
 * the zoom steps taken.
 */
async function zoomIntoDensest(page: Page): Promise<number> {
  const map = page.locator('section[aria-label="Map"]');
  for (let step = 0; step < 12; step++) {
    const drawn = Number(await map.getAttribute('data-drawn'));
    if ((await map.getAttribute('data-mode')) === 'canvas' && drawn >= 1000) return step;
    const at = await page.evaluate(() => {
      let best: { x: number; y: number; n: number } | null = null;
      const view = document
        .querySelector('section[aria-label="Map"] .map-body')!
        .getBoundingClientRect();
      for (const el of document.querySelectorAll('section[aria-label="Map"] [data-place-key]')) {
        const n = Number(
          /([\d,]+) events?$/.exec(el.getAttribute('aria-label') ?? '')?.[1]?.replace(/,/g, ''),
        );
        const r = el.querySelector('.map-shape')!.getBoundingClientRect();
        const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
        const inside = x > view.x && y > view.y && x < view.right && y < view.bottom;
        if (inside && (!best || n > best.n))
          best = { x: r.x + r.width / 2, y: r.y + r.height / 2, n };
      }
      return best;
    });
    if (!at) return step;
    await page.mouse.move(at.x, at.y);
    // One wheel notch of -500 doubles the zoom (d3-zoom: 2^(-deltaY × 0.002)).
    await page.mouse.wheel(0, -500);
    await page
      .waitForFunction(
        (before) =>
          document.querySelector('section[aria-label="Map"]')?.getAttribute('data-drawn') !==
          before,
        await map.getAttribute('data-drawn'),
        { timeout: 60_000 },
      )
      .catch(() => undefined);
    await page.waitForTimeout(400);
  }
  return 12;
}

async function inBrowser() {
  const server = await serveDist(await builtApp());
  const browser = await launchChromium();
  const dir = mkdtempSync(join(tmpdir(), 'traceline-bench-map-'));
  const rows: (string | number)[][] = [];
  try {
    for (const events of SIZES) {
      const file = join(dir, `located-${events}.json`);
      writeFileSync(file, JSON.stringify(dataset(events)));
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(server.url);
      await page
        .getByText(/\d+ of \d+ events/)
        .first()
        .waitFor();
      await page.getByLabel('Open a dataset').setInputFiles(file);
      // The header writes plain numbers; the map's caption groups digits.
      const total = events.toLocaleString('en');
      await page
        .getByText(new RegExp(`of ${events} events`))
        .first()
        .waitFor({ timeout: 300_000 });
      // Every event on the map: the whole span (the default window may already be it).
      const whole = page.getByRole('button', { name: 'Whole span' });
      if (await whole.isEnabled()) await whole.click();
      await page
        .getByText(new RegExp(`^${events} of ${events} events`))
        .first()
        .waitFor({ timeout: 300_000 });
      await page.waitForTimeout(500);
      // First draw: from choosing the tab to two frames after the map's marks are in.
      const t0 = performance.now();
      await page.getByRole('tab', { name: 'Map' }).click();
      const map = page.locator('section[aria-label="Map"][data-drawn]');
      await map.waitFor({ timeout: 300_000 });
      await page.getByText(new RegExp(`${total} of ${total} events have a place`)).waitFor({
        timeout: 300_000,
      });
      await page.evaluate(TWO_FRAMES);
      const firstDraw = performance.now() - t0;
      const mode = await map.getAttribute('data-mode');
      const drawn = await map.getAttribute('data-drawn');
      await page.waitForTimeout(500);
      const frames = await pan(page);
      rows.push([
        total,
        'fitted',
        mode ?? '?',
        drawn ?? '?',
        fmt(firstDraw, 0),
        ...frameFigures(frames),
      ]);
      // Zoomed into the densest area: hundreds or thousands of marks, on the canvas.
      const steps = await zoomIntoDensest(page);
      await page.waitForTimeout(500);
      const dense = await pan(page);
      rows.push([
        total,
        `zoomed ×${2 ** steps}`,
        (await map.getAttribute('data-mode')) ?? '?',
        (await map.getAttribute('data-drawn')) ?? '?',
        '',
        ...frameFigures(dense),
      ]);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(
    'Map in headless Chromium: choose the Map tab → first draw, then three drags at the fitted view and again zoomed into the densest area (1440×900)',
    [
      'located events',
      'view',
      'drawn as',
      'marks',
      'first draw ms',
      'pan frame median ms',
      'p95 ms',
      'max ms',
      'fps',
    ],
    rows,
  );
}

export async function run() {
  inNode();
  await inBrowser();
}
