/**
 * The map, driven as a person does: the Graph | Map tab (in the link and remembered), the
 * seed's places at their precision, linking both ways through the store, the box that
 * becomes the place filter, the keyboard path and axe.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { generateDataset } from '../../scripts/synthetic';

const tmp = mkdtempSync(join(tmpdir(), 'traceline-map-'));
/** 6,000 synthetic events, every one placed: about 980 places around 25 hubs. */
const DENSE = 6000;
function denseFile(): string {
  const file = join(tmp, 'dense.json');
  writeFileSync(
    file,
    JSON.stringify(generateDataset({ events: DENSE, actors: 40, seed: 5, located: true })),
  );
  return file;
}

const ALL = '?view=map&from=..&to=..';
const KABUL_TALKS = 'former-isi-chief-kabul-talks';
const KABUL_TITLE = /^Former ISI chief/;

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const mapOf = (page: Page) => region(page, 'Map');
const place = (page: Page, name: string) => mapOf(page).getByRole('button', { name, exact: true });
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const counts = (page: Page) => page.locator('.dataset-counts').textContent();
const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

describe('the map', () => {
  const b = useBrowser();

  it('draws the seed’s places at their precision, named for screen readers, and axe is clean', async () => {
    await b.open(ALL);
    const { page } = b;
    expect(await page.getByRole('tab', { name: 'Map' }).getAttribute('aria-selected')).toBe('true');
    await place(page, 'Pakistan, country, 6 events').waitFor();
    await place(page, 'Afghanistan, country, 4 events').waitFor();
    await place(page, 'Pakistan-Afghanistan border, border, 2 events').waitFor();
    await place(page, 'Kabul, point, 1 event').waitFor();
    // A country is shaded and the border drawn as its line: areas, not pins.
    expect(await mapOf(page).locator('path.map-area.is-country').count()).toBe(2);
    expect(await mapOf(page).locator('path.map-area.is-border').count()).toBe(1);
    await mapOf(page).getByText('4 places · 13 of 19 events have a place').waitFor();
    // The legend explains every encoding.
    const legend = await mapOf(page)
      .getByRole('list', { name: 'How well a place is known' })
      .getByRole('listitem')
      .allTextContents();
    expect(legend).toHaveLength(7);
    expect(legend.join(' ')).toMatch(/border line/);
    await b.expectNoAxeViolations();
    expect(b.errors).toEqual([]);
  });

  it('is a tab beside the graph: the graph by default, the map chosen in the link and remembered', async () => {
    await b.open();
    const { page } = b;
    expect(await page.getByRole('tab', { name: 'Graph' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await region(page, 'Actor graph').waitFor();
    expect(await mapOf(page).count()).toBe(0);
    await page.getByRole('tab', { name: 'Map' }).click();
    await mapOf(page).waitFor();
    await expect.poll(() => param(page, 'view')).toBe('map');
    // A link without view= opens on the tab last chosen here.
    await b.open('?');
    await mapOf(page).waitFor();
    await expect.poll(() => param(page, 'view')).toBe('map');
    // Arrow keys move between the tabs.
    await page.getByRole('tab', { name: 'Map' }).focus();
    await page.keyboard.press('ArrowLeft');
    await region(page, 'Actor graph').waitFor();
    await expect.poll(() => param(page, 'view')).toBeNull();
  });

  it('hovering a place lights its events on the timeline; clicking selects them', async () => {
    await b.open(ALL);
    const { page } = b;
    const kabul = place(page, 'Kabul, point, 1 event');
    // The dot itself (the button's box also holds the place's name beside it).
    await kabul.locator('.map-shape').hover();
    const mark = region(page, 'Timeline').locator(`.tl-mark[data-id="${KABUL_TALKS}"]`);
    await expect.poll(() => mark.getAttribute('class')).toMatch(/is-hot/);
    await page.mouse.move(5, 5);
    await expect.poll(() => mark.getAttribute('class')).not.toMatch(/is-hot/);

    await kabul.locator('.map-shape').click();
    await expect.poll(() => param(page, 'sel')).toBe(KABUL_TALKS);
    await region(page, 'Details').getByRole('heading', { name: KABUL_TITLE, level: 3 }).waitFor();
    await region(page, 'Details').getByText('Where: Kabul (point)').waitFor();
    expect(await kabul.getAttribute('aria-pressed')).toBe('true');
    // The source follows the selection: its passage is current in the reader.
    await expect
      .poll(() => region(page, 'Source').locator('[aria-current="true"]').count())
      .toBeGreaterThan(0);
    // A country-level place selects all its events.
    await place(page, 'Afghanistan, country, 4 events').locator('.map-shape').click();
    await region(page, 'Details').getByText('4 items selected', { exact: false }).waitFor();
  });

  it('selecting an event elsewhere marks its place and pans the map to it', async () => {
    await b.open(ALL);
    const { page } = b;
    const kabul = place(page, 'Kabul, point, 1 event');
    await kabul.waitFor();
    // Zoom far in, around the middle of Pakistan: Kabul leaves the view.
    for (let i = 0; i < 7; i++) {
      await mapOf(page).getByRole('button', { name: 'Zoom in' }).click();
    }
    const body = mapOf(page).locator('.map-body');
    const inView = async () => {
      const box = await body.boundingBox();
      const mark = await kabul.boundingBox();
      if (!box || !mark) return false;
      const cx = mark.x + mark.width / 2;
      const cy = mark.y + mark.height / 2;
      return cx > box.x && cx < box.x + box.width && cy > box.y && cy < box.y + box.height;
    };
    await expect.poll(inView).toBe(false);
    // Select the Kabul talks in the events table.
    const table = region(page, 'Events');
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: KABUL_TITLE }) });
    await row.getByRole('button', { name: KABUL_TITLE }).click();
    await expect.poll(() => kabul.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(inView).toBe(true);
    const [lon, lat] = (await mapOf(page).getAttribute('data-center'))!.split(',').map(Number);
    expect(Math.abs(lon! - 69.2)).toBeLessThan(0.5);
    expect(Math.abs(lat! - 34.55)).toBeLessThan(0.5);
  });

  it('a box drawn on the map becomes the place filter, in the link and the filters panel, cleared from there', async () => {
    await b.open(ALL);
    const { page } = b;
    const kabul = (await place(page, 'Kabul, point, 1 event').locator('.map-shape').boundingBox())!;
    const cx = kabul.x + kabul.width / 2;
    const cy = kabul.y + kabul.height / 2;
    const toggle = mapOf(page).getByRole('button', { name: 'Select area' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.mouse.move(cx - 18, cy - 18);
    await page.mouse.down();
    await page.mouse.move(cx, cy, { steps: 4 });
    await page.mouse.move(cx + 18, cy + 18, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => param(page, 'bbox')).toMatch(/^[\d.]+,[\d.]+,[\d.]+,[\d.]+$/);
    const [w, s, e, n] = param(page, 'bbox')!.split(',').map(Number);
    expect(w! < 69.2 && 69.2 < e! && s! < 34.55 && 34.55 < n!).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    // Only the Kabul talks are left, everywhere; the header says why.
    await expect.poll(() => counts(page)).toMatch(/^1 of 19 events/);
    await expect.poll(() => counts(page)).toMatch(/18 outside the map area/);
    await expect.poll(() => place(page, 'Pakistan, country, 6 events').count()).toBe(0);
    const filters = region(page, 'Filters');
    await filters.getByText(/^Map area: [\d.]+° N to [\d.]+° N/).waitFor();
    await b.expectNoAxeViolations();

    await filters.getByRole('button', { name: 'Clear map area' }).click();
    await expect.poll(() => param(page, 'bbox')).toBeNull();
    await expect.poll(() => counts(page)).toMatch(/^19 of 19 events/);
    await filters.getByText(/^Anywhere\./).waitFor();
    // A link carries the box back.
    await b.open(`${ALL}&bbox=68.5,34,70,35`);
    await expect.poll(() => counts(page)).toMatch(/^1 of 19 events/);
  });

  it('walks the places by keyboard: the landmark key, arrows to the nearest place, Enter selects', async () => {
    await b.open(ALL);
    const { page } = b;
    await place(page, 'Kabul, point, 1 event').waitFor();
    await page.keyboard.press('Alt+Shift+Digit3');
    await expect.poll(() => focusedName(page)).toBe('Pakistan, country, 6 events');
    // Focus lights the place's events elsewhere, as hovering does.
    await expect
      .poll(() => region(page, 'Timeline').locator('.tl-mark.is-hot').count())
      .toBeGreaterThan(0);
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(() => focusedName(page))
      .toBe('Pakistan-Afghanistan border, border, 2 events');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedName(page)).toBe('Kabul, point, 1 event');
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'sel')).toBe(KABUL_TALKS);
    // The text alternative lists every place, each a button.
    await mapOf(page).getByText('Places as text (4)').click();
    const list = mapOf(page).getByRole('button', { name: 'Afghanistan (country): 4 events' });
    await list.click();
    await expect.poll(() => param(page, 'sel')?.split(',').length).toBe(4);
    await b.expectNoAxeViolations();
    expect(b.errors).toEqual([]);
  });

  it('refits to what the filters leave, unless the map was moved by hand since the last fit', async () => {
    await b.open(ALL);
    const { page } = b;
    await place(page, 'Kabul, point, 1 event').waitFor();
    const center = async () =>
      (await mapOf(page).getAttribute('data-center'))!.split(',').map(Number) as [number, number];
    const near = async ([lon, lat]: [number, number]) => {
      const [x, y] = await center();
      return Math.abs(x - lon) < 0.3 && Math.abs(y - lat) < 0.3;
    };
    const whole = await center();
    const kabulCentre: [number, number] = [69.2, 34.55];
    expect(await near(kabulCentre)).toBe(false);
    const search = region(page, 'Filters').getByRole('searchbox', { name: 'Search events' });
    // Filtering to the Kabul talks frames Kabul.
    await search.fill('Former ISI chief');
    await expect.poll(() => counts(page)).toMatch(/^1 of 19 events/);
    await expect.poll(() => near(kabulCentre)).toBe(true);
    // Clearing it frames every place again.
    await search.fill('');
    await expect.poll(() => counts(page)).toMatch(/^19 of 19 events/);
    await expect.poll(() => near(whole)).toBe(true);
    // Dragged by hand: the person's view stays through a filter change.
    const box = (await mapOf(page)
      .getByRole('group', { name: /^Places on the map/ })
      .boundingBox())!;
    const [x0, y0] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    await page.mouse.move(x0 + 120, y0 - 60, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => near(whole)).toBe(false);
    const dragged = await center();
    await search.fill('Former ISI chief');
    await expect.poll(() => counts(page)).toMatch(/^1 of 19 events/);
    await expect.poll(() => place(page, 'Pakistan, country, 6 events').count()).toBe(0);
    expect(await near(dragged)).toBe(true);
    // "Fit" frames what is shown, and refitting is back on.
    await mapOf(page).getByRole('button', { name: 'Fit' }).click();
    await expect.poll(() => near(kabulCentre)).toBe(true);
    await search.fill('');
    await expect.poll(() => near(whole)).toBe(true);
  });

  it('zoomed into dense data, draws by canvas and its places still name, select and light up', async () => {
    await b.open('?view=map');
    const { page } = b;
    await page.getByLabel('Open a dataset').setInputFiles(denseFile());
    // Reading and indexing 6,000 events takes a few seconds on a loaded machine.
    await page
      .getByText(new RegExp(`of ${DENSE} events`))
      .first()
      .waitFor({ timeout: 60_000 });
    const whole = page.getByRole('button', { name: 'Whole span' });
    if (await whole.isEnabled()) await whole.click();
    await mapOf(page)
      .getByText(/of 6,000 events have a place/)
      .waitFor();
    // Zoom in at the busiest count circle until the marks are too many for SVG.
    const marks = mapOf(page).getByRole('group', { name: /^Places on the map: [\d,]+ marks$/ });
    const markCount = async () =>
      Number((await marks.getAttribute('aria-label'))!.replace(/\D/g, ''));
    const circles = mapOf(page).getByRole('button', { name: /places around .*, [\d,]+ events$/ });
    for (let i = 0; i < 8 && (await markCount()) <= 400; i++) {
      const view = (await marks.boundingBox())!;
      // The busiest circle in view (on SVG, circles off the view are in the DOM too).
      const busiest = await circles.evaluateAll((els, v) => {
        let best = { n: -1, x: 0, y: 0 };
        for (const el of els) {
          const r = el.querySelector('.map-shape')!.getBoundingClientRect();
          const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
          const n = Number(/([\d,]+) events$/.exec(el.ariaLabel ?? '')![1]!.replace(/,/g, ''));
          const inside = x > v.x && y > v.y && x < v.x + v.width && y < v.y + v.height;
          if (inside && n > best.n) best = { n, x, y };
        }
        return best;
      }, view);
      const before = await markCount();
      await page.mouse.move(busiest.x, busiest.y);
      await page.mouse.wheel(0, -500);
      await expect.poll(markCount, { timeout: 20_000 }).not.toBe(before);
    }
    expect(await markCount()).toBeGreaterThan(400);
    // The marks are painted on a canvas; the buttons above it are hit areas with names.
    expect(await mapOf(page).locator('canvas.map-canvas').count()).toBe(1);
    const single = mapOf(page).getByRole('button', { name: /^Place \d+, point, 1 event$/ });
    expect(await single.count()).toBeGreaterThan(0);
    // The text alternative lists places and counts as before.
    await mapOf(page)
      .getByText(/^Places as text \(\d{3}\)$/)
      .click();
    expect(
      await mapOf(page)
        .getByRole('button', { name: /^Place \d+ \(\w[\w ]*\): [\d,]+ events?$/ })
        .count(),
    ).toBeGreaterThan(100);
    await mapOf(page)
      .getByText(/^Places as text/)
      .click();

    // Hovering a place on the canvas lights its event on the timeline.
    const target = single.first();
    const name = (await target.getAttribute('aria-label'))!.split(',')[0]!;
    const box = (await target.locator('.map-shape').boundingBox())!;
    const timelineHot = () => region(page, 'Timeline').locator('.is-hot').count();
    expect(await timelineHot()).toBe(0);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(timelineHot).toBeGreaterThan(0);
    // Clicking it there selects the event; the details follow.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => param(page, 'sel')).toMatch(/^[^,]+$/);
    await expect.poll(() => target.getAttribute('aria-pressed')).toBe('true');
    await region(page, 'Details').getByText(`Where: ${name} (point)`).waitFor();
    expect(b.errors).toEqual([]);
  });
});
