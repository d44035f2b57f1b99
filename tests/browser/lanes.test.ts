/**
 * Lanes that fit and follow, in a real browser at 1440×900: every key actor's lane in view on
 * first load, a selection from the link brought into view (panning if needed), Shift+wheel
 * scrolling the lanes (not zooming), the grip and "Fit lanes" by keyboard, and the overview
 * brush clamped to the data.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBrowser } from './harness';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const lanesBox = async (page: Page) => (await timeline(page).locator('.tl-scroll').boundingBox())!;
const laneLabel = (page: Page, name: string) =>
  timeline(page)
    .locator('text.tl-lane-label')
    .filter({ hasText: new RegExp(`^(└ )?${name}`) });

/** Whether an element's box lies inside the lanes' visible area (and the plot, if asked). */
async function inView(page: Page, el: Locator) {
  const box = await el.boundingBox();
  const view = await lanesBox(page);
  if (!box) return false;
  return (
    box.y >= view.y - 1 &&
    box.y + box.height <= view.y + view.height + 1 &&
    box.x >= view.x - 1 &&
    box.x + box.width <= view.x + view.width + 1
  );
}

async function windowOf(page: Page): Promise<[number, number]> {
  const plot = timeline(page).locator('.tl-plot');
  return [
    Date.parse((await plot.getAttribute('data-from'))!),
    Date.parse((await plot.getAttribute('data-to'))!),
  ];
}

const scrollTop = (page: Page) =>
  timeline(page)
    .locator('.tl-scroll')
    .evaluate((el) => el.scrollTop);

describe('lanes that fit and follow', () => {
  const b = useBrowser();

  it('shows the TTP and Afghan Taliban lanes, and every lane, on first load', async () => {
    await b.open();
    for (const name of ['TTP', 'Afghan Taliban']) {
      const label = laneLabel(b.page, name);
      await expect.poll(() => inView(b.page, label.first())).toBe(true);
    }
    // Every lane fits: nothing to scroll.
    await expect
      .poll(() =>
        timeline(b.page)
          .locator('.tl-scroll')
          .evaluate((el) => el.scrollHeight - el.clientHeight),
      )
      .toBeLessThanOrEqual(1);
    expect(b.errors).toEqual([]);
  });

  it('brings a selection from the link into view', async () => {
    await b.open('?sel=former-isi-chief-kabul-talks');
    const mark = timeline(b.page).getByRole('button', { name: /^Former ISI chief visits Kabul/ });
    await expect.poll(() => mark.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => inView(b.page, mark.locator('.tl-ring'))).toBe(true);
  });

  it('pans the window to a selection outside it', async () => {
    await b.open('?sel=pakistan-created');
    const mark = timeline(b.page).getByRole('button', { name: /^Creation of Pakistan/ });
    await mark.waitFor();
    const [from, to] = await windowOf(b.page);
    expect(from).toBeLessThan(Date.UTC(1947, 7, 14));
    expect(to).toBeGreaterThan(Date.UTC(1947, 7, 15));
    await expect.poll(() => inView(b.page, mark.locator('.tl-point, .tl-span').first())).toBe(true);
  });

  it('resizes the lanes with the grip by keyboard, and fits them with Fit lanes', async () => {
    await b.open();
    const grip = timeline(b.page).getByRole('separator', { name: 'Resize the lanes' });
    const now = async () => Number(await grip.getAttribute('aria-valuenow'));
    await expect.poll(now).toBeGreaterThan(100);
    const before = await now();
    await grip.focus();
    await b.page.keyboard.press('ArrowUp');
    await b.page.keyboard.press('ArrowUp');
    await expect.poll(now).toBeLessThan(before - 30);
    await b.page.keyboard.press('Home');
    await expect.poll(now).toBe(Number(await grip.getAttribute('aria-valuemin')));
    // Small: the lanes overflow. Fit lanes makes them fit again.
    const overflow = () =>
      timeline(b.page)
        .locator('.tl-scroll')
        .evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(await overflow()).toBeGreaterThan(50);
    await timeline(b.page).getByRole('button', { name: 'Fit lanes' }).click();
    await expect.poll(overflow).toBeLessThanOrEqual(1);
  });

  it('scrolls the lanes with Shift+wheel, without zooming', async () => {
    await b.open();
    const grip = timeline(b.page).getByRole('separator', { name: 'Resize the lanes' });
    await grip.focus();
    await b.page.keyboard.press('Home');
    const min = Number(await grip.getAttribute('aria-valuemin'));
    await expect.poll(async () => Number(await grip.getAttribute('aria-valuenow'))).toBe(min);
    const before = await windowOf(b.page);
    const view = await lanesBox(b.page);
    await b.page.mouse.move(view.x + view.width / 2, view.y + view.height / 2);
    await b.page.keyboard.down('Shift');
    await b.page.mouse.wheel(0, 120);
    await b.page.keyboard.up('Shift');
    await expect.poll(() => scrollTop(b.page)).toBeGreaterThan(0);
    expect(await windowOf(b.page)).toEqual(before);
    // A plain wheel over the lane names scrolls them too (a trackpad's vertical swipe).
    const top = await scrollTop(b.page);
    await b.page.mouse.move(view.x + 40, view.y + view.height / 2);
    await b.page.mouse.wheel(0, 60);
    await expect.poll(() => scrollTop(b.page)).toBeGreaterThan(top);
    expect(await windowOf(b.page)).toEqual(before);
  });

  it('never brushes a window beyond the data and a margin', async () => {
    await b.open();
    const overview = timeline(b.page).locator('svg.tl-overview');
    const overlay = (await overview.locator('.tl-brush .overlay').boundingBox())!;
    const y = overlay.y + overlay.height / 2;
    const before = await windowOf(b.page);
    await b.page.mouse.move(overlay.x + overlay.width * 0.7, y);
    await b.page.mouse.down();
    await b.page.mouse.move(overlay.x + overlay.width * 0.9, y, { steps: 3 });
    await b.page.mouse.move(overlay.x + overlay.width + 80, y, { steps: 3 });
    await b.page.mouse.up();
    await expect.poll(async () => (await windowOf(b.page))[0]).not.toBe(before[0]);
    const [from, to] = await windowOf(b.page);
    // The seed's last date is in mid 2022: the window ends within a month or two of it.
    expect(to).toBeLessThan(Date.UTC(2022, 9, 1));
    expect(from).toBeGreaterThan(Date.UTC(2021, 6, 1));
    // The break: the overview says 1947 is compressed.
    expect(await overview.getAttribute('aria-label')).toMatch(
      /1947.*compressed behind axis breaks/,
    );
  });
});
