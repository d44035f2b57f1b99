/**
 * The timeline in a real browser: zoom and pan move the window, the brush sets it, clicks
 * and keys select, 1947 is one action away, axe finds nothing, and 10,000 events draw on a
 * canvas with accessible marks kept.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { generateDataset } from '../../scripts/synthetic';
import { SETTLE_MS } from '../../src/views/timeline/gestureWriter';
import { useBrowser } from './harness';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

async function windowOf(page: Page): Promise<[number, number]> {
  const plot = timeline(page).locator('.tl-plot');
  return [
    Date.parse((await plot.getAttribute('data-from'))!),
    Date.parse((await plot.getAttribute('data-to'))!),
  ];
}

/** Waits until the window differs from `before`, and returns it. */
async function windowChange(page: Page, before: [number, number]): Promise<[number, number]> {
  for (let i = 0; i < 50; i++) {
    const now = await windowOf(page);
    if (now[0] !== before[0] || now[1] !== before[1]) return now;
    await page.waitForTimeout(40);
  }
  throw new Error('the time window did not change');
}

/** Clicks a mark near its left end (the middle of a long bar may be under another link). */
async function clickMark(page: Page, mark: Locator) {
  await mark.scrollIntoViewIfNeeded();
  const box = (await mark
    .locator('.tl-tint, .tl-point circle, .tl-known-diamond')
    .first()
    .boundingBox())!;
  await page.mouse.click(box.x + Math.min(12, box.width / 2), box.y + box.height / 2);
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      cls: el?.getAttribute('class') ?? '',
      key: el?.getAttribute('data-key') ?? null,
      x: Number(el?.getAttribute('data-x')),
      lane: Number(el?.getAttribute('data-lane')),
      pressed: el?.getAttribute('aria-pressed') ?? null,
      ring: el ? getComputedStyle(el.querySelector('.tl-ring') ?? el).stroke : '',
    };
  });

const year = (t: number) => new Date(t).getUTCFullYear();

describe('the timeline', () => {
  const b = useBrowser();

  it('is a landmark region named Timeline that opens on the dense period', async () => {
    await b.open();
    const region = timeline(b.page);
    await region.waitFor();
    const [from, to] = await windowOf(b.page);
    expect(year(from)).toBeGreaterThanOrEqual(2021);
    expect(year(to)).toBeLessThanOrEqual(2022);
    expect(await region.getAttribute('data-mode')).toBe('svg');
    expect(b.errors).toEqual([]);
  });

  it('zooms with the wheel and pans with a drag, changing the window', async () => {
    await b.open();
    const before = await windowOf(b.page);
    const box = (await timeline(b.page).locator('.tl-scroll').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + Math.min(60, box.height / 2);
    await b.page.mouse.move(cx, cy);
    await b.page.mouse.wheel(0, -300);
    await windowChange(b.page, before);
    // The wheel's window reaches the store once the gesture settles; the drag starts after.
    await b.page.waitForTimeout(SETTLE_MS + 200);
    const zoomed = await windowOf(b.page);
    expect(zoomed[1] - zoomed[0]).toBeLessThan((before[1] - before[0]) * 0.9);

    // Dragging to the left shows later times, keeping the width.
    await b.page.mouse.move(cx, cy);
    await b.page.mouse.down();
    await b.page.mouse.move(cx - 80, cy, { steps: 4 });
    await b.page.mouse.move(cx - 160, cy, { steps: 4 });
    await b.page.mouse.up();
    const panned = await windowChange(b.page, zoomed);
    expect(panned[0]).toBeGreaterThan(zoomed[0]);
    expect(Math.abs(panned[1] - panned[0] - (zoomed[1] - zoomed[0]))).toBeLessThan(60_000);
    // The window is the store's: the link follows it.
    await expect.poll(() => new URL(b.page.url()).searchParams.get('from')).not.toBeNull();
  });

  it('draws a wheel gesture off the store, which gets the final window when it settles', async () => {
    await b.open();
    const before = await windowOf(b.page);
    // A wheel step a frame (as the benchmark does); each frame records what the store holds
    // (data-from/to), the window drawn live, and a hash of each canvas.
    const frames = await b.page.evaluate(async () => {
      const region = document.querySelector('section.timeline')!;
      const plot = region.querySelector('.tl-plot')!;
      const scroll = region.querySelector('.tl-scroll')!;
      const hash = (canvas: HTMLCanvasElement) => {
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let h = 0;
        for (let k = 3; k < data.length; k += 4 * 7) h = (h * 31 + data[k]!) | 0;
        return h;
      };
      const r = scroll.getBoundingClientRect();
      const out = [];
      let last = await new Promise<number>((res) => requestAnimationFrame(res));
      for (let i = 0; i < 12; i++) {
        scroll.dispatchEvent(
          new WheelEvent('wheel', {
            deltaY: -100,
            clientX: r.left + r.width / 2,
            clientY: r.top + 60,
            bubbles: true,
            cancelable: true,
          }),
        );
        const now = await new Promise<number>((res) => requestAnimationFrame(res));
        out.push({
          dt: now - last,
          store: [plot.getAttribute('data-from')!, plot.getAttribute('data-to')!],
          live: [region.getAttribute('data-live-from'), region.getAttribute('data-live-to')],
          gesture: region.hasAttribute('data-gesture'),
          marks: hash(region.querySelector<HTMLCanvasElement>('canvas.tl-canvas')!),
          axis: hash(region.querySelector<HTMLCanvasElement>('canvas.tl-axis-canvas')!),
        });
        last = now;
      }
      return out;
    });
    // The store's window did not move during the gesture, while what is drawn did. (Only a
    // frame that came a settle's pause after the one before may find the store moved: a
    // starved machine pauses the gesture too.)
    let stored = before.map((t) => new Date(t).toISOString());
    for (const f of frames) {
      if (f.store.join() !== stored.join()) expect(f.dt).toBeGreaterThanOrEqual(SETTLE_MS);
      stored = f.store;
      expect(f.gesture).toBe(true);
    }
    expect(frames.filter((f) => f.dt < SETTLE_MS).length).toBeGreaterThan(frames.length / 2);
    expect(new Set(frames.map((f) => f.live.join())).size).toBe(frames.length);
    expect(new Set(frames.map((f) => f.marks)).size).toBeGreaterThan(frames.length / 2);
    expect(new Set(frames.map((f) => f.axis)).size).toBeGreaterThan(frames.length / 2);
    // After the pause the store has the gesture's last window, and the SVG is back.
    const region = timeline(b.page);
    await expect.poll(() => region.getAttribute('data-gesture')).toBeNull();
    const settled = await windowOf(b.page);
    expect(settled.map((t) => new Date(t).toISOString())).toEqual(frames.at(-1)!.live);
    expect(settled[1] - settled[0]).toBeLessThan((before[1] - before[0]) * 0.5);
    for (const part of ['.tl-marks', '.tl-axis']) {
      expect(await region.locator(part).evaluate((el) => getComputedStyle(el).visibility)).toBe(
        'visible',
      );
    }
    await expect.poll(() => new URL(b.page.url()).searchParams.get('from')).not.toBeNull();
    // Marks laid out for the settled window answer the pointer again.
    const shape = region.locator('.tl-mark').locator('.tl-point circle, .tl-known-diamond').first();
    const box = (await shape.boundingBox())!;
    await b.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => region.getByRole('tooltip').count()).toBe(1);
    expect(b.errors).toEqual([]);
  });

  it('zooms with the buttons and the keyboard', async () => {
    await b.open();
    const region = timeline(b.page);
    const before = await windowOf(b.page);
    await region.getByRole('button', { name: 'Zoom in' }).click();
    const inward = await windowChange(b.page, before);
    expect(inward[1] - inward[0]).toBeLessThan(before[1] - before[0]);
    await b.page.keyboard.press('-');
    const out = await windowChange(b.page, inward);
    expect(out[1] - out[0]).toBeGreaterThan(inward[1] - inward[0]);
    await region.getByRole('button', { name: 'Show all' }).click();
    const all = await windowChange(b.page, out);
    expect(year(all[0])).toBeLessThanOrEqual(1947);
  });

  it('selects an event on click (aria-pressed) and shows a tooltip on hover', async () => {
    await b.open();
    const mark = timeline(b.page).getByRole('button', {
      name: 'Imran Khan ousted as Prime Minister, 10 April 2022 (known; the text: April 2022)',
    });
    expect(await mark.getAttribute('aria-pressed')).toBe('false');
    await clickMark(b.page, mark);
    await expect.poll(() => mark.getAttribute('aria-pressed')).toBe('true');
    expect(new URL(b.page.url()).searchParams.get('sel')).toBe('imran-khan-ousted');
    const tip = timeline(b.page).getByRole('tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/Imran Khan ousted as Prime Minister/);
    expect(await tip.textContent()).toMatch(/Known: 10 April 2022/);
  });

  it('works from the keyboard: Tab in, arrows in time order, Enter selects, Escape clears', async () => {
    await b.open();
    await timeline(b.page).getByRole('button', { name: 'Show all' }).focus();
    let f = await focused(b.page);
    for (let i = 0; i < 6 && !f.cls.includes('tl-mark'); i++) {
      await b.page.keyboard.press('Tab');
      f = await focused(b.page);
    }
    expect(f.cls).toContain('tl-mark');
    // The focus ring is visible on the SVG mark.
    expect(f.ring).not.toBe('none');
    const order = [f];
    for (let i = 0; i < 4; i++) {
      await b.page.keyboard.press('ArrowRight');
      order.push(await focused(b.page));
    }
    for (let i = 1; i < order.length; i++) {
      expect(order[i]!.key).not.toBe(order[i - 1]!.key);
      expect(order[i]!.x).toBeGreaterThanOrEqual(order[i - 1]!.x);
    }
    // Down from the first mark (in the top lane) moves to a lane below.
    await b.page.keyboard.press('Home');
    const first = await focused(b.page);
    await b.page.keyboard.press('ArrowDown');
    const down = await focused(b.page);
    expect(down.lane).toBeGreaterThan(first.lane);

    await b.page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(b.page)).pressed).toBe('true');
    await b.page.keyboard.press('Escape');
    await expect.poll(async () => (await focused(b.page)).pressed).toBe('false');
  });

  it('pans to the next event outside the view when the arrows run out of marks', async () => {
    await b.open();
    const before = await windowOf(b.page);
    await timeline(b.page).locator('.tl-mark[tabindex="0"]').focus();
    await b.page.keyboard.press('Home');
    await b.page.keyboard.press('ArrowLeft');
    const after = await windowChange(b.page, before);
    expect(after[0]).toBeLessThan(before[0]);
    await expect.poll(async () => (await focused(b.page)).key).toBe('e:pakistan-created');
  });

  it('sets the window by brushing the overview', async () => {
    // A narrow window first: the default one fills the dense part of the strip, where a drag
    // would move the brush rather than draw a new one.
    await b.open('?from=2022-05-01&to=2022-06-15');
    const before = await windowOf(b.page);
    const overview = timeline(b.page).locator('svg.tl-overview');
    const box = (await overview.boundingBox())!;
    const overlay = (await overview.locator('.tl-brush .overlay').boundingBox())!;
    const y = box.y + box.height / 2;
    await b.page.mouse.move(overlay.x + overlay.width * 0.1, y);
    await b.page.mouse.down();
    await b.page.mouse.move(overlay.x + overlay.width * 0.2, y, { steps: 3 });
    await b.page.mouse.move(overlay.x + overlay.width * 0.3, y, { steps: 3 });
    await b.page.mouse.up();
    // The overview gives the dense period most of the strip (1947 sits in a stub behind a
    // break), so 10–30% of it is a few months of 2021, not decades.
    const [from, to] = await windowChange(b.page, before);
    expect(year(from)).toBe(2021);
    expect(to - from).toBeLessThan(200 * 86_400_000);
    expect(to - from).toBeGreaterThan(30 * 86_400_000);
    await expect
      .poll(() => new URL(b.page.url()).searchParams.get('from')?.slice(0, 4))
      .toBe('2021');
  });

  it('reaches the 1947 event in one action from the default focus', async () => {
    await b.open();
    const created = timeline(b.page).getByRole('button', { name: /^Creation of Pakistan, .*1947/ });
    expect(await created.count()).toBe(0);
    await timeline(b.page)
      .getByRole('button', { name: /1 earlier event|earlier events/ })
      .click();
    await created.waitFor();
    const [from] = await windowOf(b.page);
    expect(year(from)).toBeLessThanOrEqual(1947);
  });

  it('groups lanes by category or collapses actors', async () => {
    await b.open('?from=..&to=..');
    const labels = () => timeline(b.page).locator('.tl-lane-label').allTextContents();
    expect(await labels()).toEqual(expect.arrayContaining([expect.stringContaining('ISI')]));
    await timeline(b.page).getByLabel('Top-level actors').check();
    await expect.poll(labels).not.toEqual(expect.arrayContaining([expect.stringContaining('ISI')]));
    await timeline(b.page).getByRole('combobox', { name: 'Lanes' }).selectOption('category');
    await expect
      .poll(labels)
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Consult/),
          expect.stringMatching(/^Support/),
        ]),
      );
    expect(new URL(b.page.url()).searchParams.get('lanes')).toBe('category');
  });

  it('has no axe violations', async () => {
    await b.open();
    const results = await new AxeBuilder({ page: b.page })
      .include('section[aria-label="Timeline"]')
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it('draws 10,000 events on a canvas and keeps the marks in view accessible', async () => {
    await b.open();
    const dir = mkdtempSync(join(tmpdir(), 'traceline-timeline-'));
    const file = join(dir, 'synthetic.json');
    writeFileSync(file, JSON.stringify(generateDataset({ events: 10_000, actors: 100, seed: 1 })));
    await b.page.getByLabel('Open a dataset').setInputFiles(file);
    const region = b.page.locator('section.timeline[data-dataset="synthetic-10000-100-1"]');
    await region.waitFor({ timeout: 30_000 });
    expect(await region.getAttribute('data-mode')).toBe('canvas');
    expect(await region.locator('canvas.tl-canvas').count()).toBe(1);
    // Accessible marks remain, for what is in view only. They follow the first drawing in a
    // render of their own (Timeline.tsx), so they are awaited.
    const count = () => region.locator('.tl-mark, .tl-cell').count();
    await expect.poll(count).toBeGreaterThan(10);
    const marks = await count();
    expect(marks).toBeLessThan(Number(await region.getAttribute('data-drawn')));
    expect(b.errors).toEqual([]);
  });
});
