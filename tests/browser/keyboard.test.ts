/**
 * Keyboard cost: the skip link, the landmark keys, the filter lists as one tab stop each,
 * the header's reason for its count, and no passage button made of a lone full stop.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBrowser } from './harness';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
/** Whether the focused element is `box` or inside it. */
const holdsFocus = (box: Locator) => box.evaluate((el) => el.contains(document.activeElement));
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const by = el?.getAttribute('aria-labelledby');
    const label = el instanceof HTMLInputElement ? el.labels?.[0] : null;
    const named = by ? document.getElementById(by) : (label ?? el);
    return named?.textContent?.trim() ?? '';
  });

describe('keyboard access', () => {
  const b = useBrowser();

  it('starts with a visible "Skip to timeline" link that moves the focus into the timeline', async () => {
    await b.open();
    const { page } = b;
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to timeline' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = (await skip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => holdsFocus(region(page, 'Timeline'))).toBe(true);
    expect(b.errors).toEqual([]);
  });

  it('moves the focus into each landmark with Alt+Shift+1…6, named in the shortcuts help', async () => {
    await b.open();
    const { page } = b;
    const landmarks = ['Filters', 'Timeline', 'Actor graph', 'Source', 'Details', 'Events'];
    for (const [k, name] of landmarks.entries()) {
      await page.keyboard.press(`Alt+Shift+Digit${k + 1}`);
      await expect.poll(() => holdsFocus(region(page, name)), { message: name }).toBe(true);
    }
    // A folded side panel opens to take the focus.
    await page.getByRole('button', { name: 'Hide filters' }).click();
    await page.keyboard.press('Alt+Shift+Digit1');
    await expect.poll(() => holdsFocus(region(page, 'Filters'))).toBe(true);

    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    for (const [k, name] of landmarks.entries()) {
      const label =
        name === 'Events' ? 'Events table' : name === 'Actor graph' ? 'Actor graph or map' : name;
      await help.getByText(`Alt+Shift+${k + 1}`, { exact: true }).waitFor();
      await help.getByText(`Go to ${label}`, { exact: true }).waitFor();
    }
    await b.expectNoAxeViolations();
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
  });

  it('makes the actor tree one tab stop, with arrows inside it and Space to filter', async () => {
    await b.open();
    const { page } = b;
    const filters = region(page, 'Filters');
    const tree = filters.getByRole('tree', { name: 'Actors' });
    await filters.getByRole('checkbox', { name: 'Include sub-actors' }).focus();
    await page.keyboard.press('Tab');
    expect(await holdsFocus(tree)).toBe(true);
    expect(await focusedName(page)).toBe('Pakistan');
    // One more Tab leaves the tree, for the category list (itself one stop).
    await page.keyboard.press('Tab');
    expect(await holdsFocus(tree)).toBe(false);
    const categories = filters.getByRole('list').filter({ has: page.getByRole('checkbox') });
    expect(await holdsFocus(categories)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await holdsFocus(categories)).toBe(false);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe('Pakistan');

    const pakistan = tree.getByRole('treeitem', { name: 'Pakistan', exact: true });
    const government = tree.getByRole('treeitem', { name: 'Government of Pakistan' });
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('Government of Pakistan');
    // ← closes an open row, then goes to its parent.
    await page.keyboard.press('ArrowLeft');
    expect(await government.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedName(page)).toBe('Government of Pakistan');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedName(page)).toBe('Pakistan');
    await page.keyboard.press('ArrowLeft');
    expect(await pakistan.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).not.toMatch(/Pakistan$/);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await pakistan.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe('Government of Pakistan');
    await page.keyboard.press('End');
    const items = await tree.getByRole('treeitem').all();
    expect(await focusedName(page)).toBe(
      (await items
        .at(-1)!
        .getAttribute('aria-labelledby')
        .then((id) => page.locator(`[id="${id}"]`).textContent()))!.trim(),
    );

    // Type-ahead to the TTP, and Space checks it: the filter applies.
    await page.keyboard.press('Home');
    for (let k = 0; k < 20 && (await focusedName(page)) !== 'Tehrik-e-Taliban Pakistan'; k++) {
      await page.keyboard.press('t');
    }
    const ttp = tree.getByRole('treeitem', { name: 'Tehrik-e-Taliban Pakistan', exact: true });
    expect(await ttp.getAttribute('aria-checked')).toBe('false');
    await page.keyboard.press(' ');
    expect(await ttp.getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => new URL(page.url()).searchParams.get('actors')).toBe('ttp');
    await b.expectNoAxeViolations();
    await page.keyboard.press(' ');
    await expect.poll(() => new URL(page.url()).searchParams.get('actors')).toBeNull();
  });

  it('moves through the categories with the arrows, Space checking one', async () => {
    await b.open('?from=..&to=..');
    const { page } = b;
    const filters = region(page, 'Filters');
    const boxes = await filters.getByRole('checkbox').all();
    const first = filters.getByRole('list').getByRole('checkbox').first();
    await first.focus();
    const name0 = await focusedName(page);
    await page.keyboard.press('ArrowDown');
    const name1 = await focusedName(page);
    expect(name1).not.toBe(name0);
    await page.keyboard.press(' ');
    const checked = filters.getByRole('checkbox', { name: name1, exact: true });
    expect(await checked.isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.get('cat')).toBe(name1.toUpperCase());
    expect(boxes.length).toBeGreaterThan(2);
  });

  it('says why the count is N of M for a window', async () => {
    await b.open('?from=2021-09-01&to=2021-12-31');
    const counts = b.page.locator('.dataset-counts');
    const text = (await counts.textContent())!;
    const [, shown, total, hidden] =
      /^(\d+) of (\d+) events \((\d+) outside the time window\)/.exec(text)!;
    expect(Number(shown) + Number(hidden)).toBe(Number(total));
    expect(Number(hidden)).toBeGreaterThan(0);
    // With the whole span nothing is hidden, and nothing is said.
    await b.open('?from=..&to=..');
    await expect.poll(() => counts.textContent()).toMatch(/^19 of 19 events ·/);
  });

  it('reads the dataset description in full on demand, as text', async () => {
    await b.open();
    const more = b.page.getByRole('button', { name: 'More about the dataset' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    const less = b.page.getByRole('button', { name: 'Less about the dataset' });
    expect(await less.getAttribute('aria-expanded')).toBe('true');
    await b.page.getByText(/dates known from elsewhere are kept apart/).waitFor();
  });

  it('has no passage button in the source without a letter or digit', async () => {
    await b.open('?from=..&to=..');
    const buttons = region(b.page, 'Source').getByRole('button');
    await buttons.first().waitFor();
    const texts = await buttons.allTextContents();
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((t) => !/[\p{L}\p{N}]/u.test(t))).toEqual([]);
  });
});
