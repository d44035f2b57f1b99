/**
 * The exploration loop, driven the way a person does: filter, select, read the passage,
 * click a passage, share the link, go back and forward, and survive a garbage link.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';

interface SeedEvent {
  id: string;
  title: string;
  participants: { actor: string }[];
  evidence: { quote: { exact: string } }[];
}
const seed = JSON.parse(readFileSync('data/pakistan-taliban/dataset.json', 'utf8')) as {
  events: SeedEvent[];
};
const byId = new Map(seed.events.map((e) => [e.id, e]));
const ttpEvents = seed.events.filter((e) => e.participants.some((p) => p.actor === 'ttp'));
const ALL = '?from=..&to=..';
const AIRSTRIKES = byId.get('airstrikes-on-ttp-in-afghanistan')!;
const ANTI_US = byId.get('khan-stokes-anti-americanism')!;
const CREATED = byId.get('pakistan-created')!;
const OUSTED = byId.get('imran-khan-ousted')!;

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const counts = (page: Page) => page.locator('.dataset-counts');
const table = (page: Page) => region(page, 'Events').getByRole('table');
const rowOf = (page: Page, title: string) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: title }) });
const detailsHeading = (page: Page, title: string) =>
  region(page, 'Details').getByRole('heading', { name: title, level: 3 });

describe('the exploration loop on the seed report', () => {
  const b = useBrowser();

  it('filters to the TTP: the checkbox, the count, the table, the timeline and the graph narrow', async () => {
    await b.open(ALL);
    const { page } = b;
    const filters = region(page, 'Filters');
    const ttp = filters.getByRole('treeitem', { name: 'Tehrik-e-Taliban Pakistan', exact: true });
    // The box says how many events it would show.
    expect(await ttp.getAttribute('aria-describedby')).toBeTruthy();
    const described = await page
      .locator(`[id="${await ttp.getAttribute('aria-describedby')}"]`)
      .textContent();
    expect(described).toBe(`${ttpEvents.length} events`);
    const timeline = region(page, 'Timeline');
    const ousted = timeline.locator(`[aria-label^="${OUSTED.title},"]`);
    await expect.poll(() => ousted.count()).toBeGreaterThan(0);
    const khanEdges = region(page, 'Actor graph').locator('[aria-label^="Imran Khan to"]');
    await expect.poll(() => khanEdges.count()).toBeGreaterThan(0);

    await ttp.check();
    await expect.poll(() => counts(page).textContent()).toMatch(`${ttpEvents.length} of 19 events`);
    // The table renders deferred and the graph once the filters settle: poll for them.
    await expect.poll(() => table(page).getByRole('row').count()).toBe(ttpEvents.length + 1);
    for (const e of ttpEvents) await rowOf(page, e.title).waitFor();
    // The other views meet the same filters in the store.
    await expect.poll(() => ousted.count()).toBe(0);
    await expect.poll(() => khanEdges.count()).toBe(0);
    // The link carries the filter.
    expect(new URL(page.url()).searchParams.get('actors')).toBe('ttp');
    await b.expectNoAxeViolations();

    await filters.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => counts(page).textContent()).toMatch('19 of 19 events');
    expect(await ttp.isChecked()).toBe(false);
  });

  it('searches words and categories, with counts that follow', async () => {
    await b.open(ALL);
    const { page } = b;
    const filters = region(page, 'Filters');
    await filters.getByRole('searchbox', { name: 'Search events' }).fill('cease-fire');
    await expect.poll(() => counts(page).textContent()).toMatch(/^[1-9] of 19 events/);
    const n = Number((await counts(page).textContent())!.split(' ')[0]);
    // The table renders deferred: poll until it has caught up.
    await expect.poll(() => table(page).getByRole('row').count()).toBe(n + 1);
    const assault = filters.getByRole('checkbox', { name: 'Assault', exact: true });
    await assault.check();
    await expect.poll(() => counts(page).textContent()).toMatch(/^[0-9] of 19 events/);
    expect(new URL(page.url()).searchParams.get('cat')).toBe('ASSAULT');
    expect(new URL(page.url()).searchParams.get('q')).toBe('cease-fire');
  });

  it('selecting an event highlights its passage and scrolls the reader to it', async () => {
    await b.open(ALL);
    const { page } = b;
    // The last passages of the report: the reader must scroll to show them.
    await rowOf(page, ANTI_US.title).getByRole('button', { name: ANTI_US.title }).click();
    await detailsHeading(page, ANTI_US.title).waitFor();
    expect(await rowOf(page, ANTI_US.title).getAttribute('aria-selected')).toBe('true');

    const reader = region(page, 'Source');
    const current = reader.locator('[aria-current="true"]');
    await current.first().waitFor();
    const text = (await current.allTextContents()).join('');
    expect(text).toBe(ANTI_US.evidence[0]!.quote.exact);
    const box = (await reader.locator('.reader-text').boundingBox())!;
    const mark = (await current.first().boundingBox())!;
    expect(mark.y).toBeGreaterThanOrEqual(box.y);
    expect(mark.y + mark.height).toBeLessThanOrEqual(box.y + box.height);
    expect(await reader.locator('.reader-text').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await b.expectNoAxeViolations();
  });

  it('walks the passages of the selection with previous and next', async () => {
    await b.open(`${ALL}&sel=${AIRSTRIKES.id}`);
    const { page } = b;
    const reader = region(page, 'Source');
    await reader.getByText('Passage 1 of 2').waitFor();
    const current = reader.locator('[aria-current="true"]');
    expect((await current.allTextContents()).join('')).toBe(AIRSTRIKES.evidence[0]!.quote.exact);
    await reader.getByRole('button', { name: 'Next passage' }).click();
    await reader.getByText('Passage 2 of 2').waitFor();
    expect((await current.allTextContents()).join('')).toBe(AIRSTRIKES.evidence[1]!.quote.exact);
    expect(await reader.getByRole('button', { name: 'Next passage' }).isDisabled()).toBe(true);
    // A quote in the details jumps the reader back to it.
    await region(page, 'Details')
      .getByRole('button', { name: AIRSTRIKES.evidence[0]!.quote.exact })
      .click();
    await reader.getByText('Passage 1 of 2').waitFor();
  });

  it('clicking a passage (or pressing Enter on it) selects its event', async () => {
    await b.open(ALL);
    const { page } = b;
    const reader = region(page, 'Source');
    const passage = reader.getByRole('button', {
      name: 'Islamabad deployed airstrikes',
      exact: true,
    });
    await passage.focus();
    await page.keyboard.press('Enter');
    await detailsHeading(page, AIRSTRIKES.title).waitFor();
    expect(await rowOf(page, AIRSTRIKES.title).getAttribute('aria-selected')).toBe('true');
    expect(await passage.getAttribute('aria-current')).toBe('true');
    expect(new URL(page.url()).searchParams.get('sel')).toBe(AIRSTRIKES.id);
  });

  it('offers a choice when several items share a passage, by mouse or keyboard', async () => {
    await b.open(ALL);
    const { page } = b;
    const reader = region(page, 'Source');
    // "Since its creation in 1947" supports the creation of Pakistan and a lasting relation.
    const shared = reader.getByRole('button', { name: 'Since its creation in 1947', exact: true });
    expect(await shared.getAttribute('aria-haspopup')).toBe('menu');
    await shared.click();
    const menu = reader.getByRole('menu');
    await menu.waitFor();
    const items = await menu.getByRole('menuitem').allTextContents();
    expect(items).toContain(`Event: ${CREATED.title}`);
    expect(items.some((t) => t.startsWith('Relation: '))).toBe(true);
    await b.expectNoAxeViolations();
    // Escape closes it and gives focus back to the passage.
    await page.keyboard.press('Escape');
    expect(await menu.count()).toBe(0);
    expect(await shared.evaluate((el) => el === document.activeElement)).toBe(true);
    // Enter opens it again; focus is on the first choice: the event.
    await page.keyboard.press('Enter');
    await menu.waitFor();
    await page.keyboard.press('Enter');
    await detailsHeading(page, CREATED.title).waitFor();
    expect(await rowOf(page, CREATED.title).getAttribute('aria-selected')).toBe('true');
  });

  it('a copied link reopens the same view', async () => {
    await b.open(ALL);
    const { page } = b;
    const filters = region(page, 'Filters');
    await filters.getByRole('treeitem', { name: 'Tehrik-e-Taliban Pakistan', exact: true }).check();
    await filters.getByRole('checkbox', { name: 'Include sub-actors' }).uncheck();
    await rowOf(page, AIRSTRIKES.title).getByRole('button', { name: AIRSTRIKES.title }).click();
    await detailsHeading(page, AIRSTRIKES.title).waitFor();
    const link = page.url();
    const header = await counts(page).textContent();

    const other = await page.context().newPage();
    await other.goto(link);
    await other
      .getByText(/\d+ of \d+ events/)
      .first()
      .waitFor();
    // The count and its reasons catch up once the link's filters apply (deferred render).
    await expect.poll(() => counts(other).textContent()).toBe(header);
    const otherFilters = region(other, 'Filters');
    expect(
      await otherFilters
        .getByRole('treeitem', { name: 'Tehrik-e-Taliban Pakistan', exact: true })
        .isChecked(),
    ).toBe(true);
    expect(
      await otherFilters.getByRole('checkbox', { name: 'Include sub-actors' }).isChecked(),
    ).toBe(false);
    await detailsHeading(other, AIRSTRIKES.title).waitFor();
    expect(await rowOf(other, AIRSTRIKES.title).getAttribute('aria-selected')).toBe('true');
    expect(await region(other, 'Source').locator('[aria-current="true"]').count()).toBeGreaterThan(
      0,
    );
    await other.close();
  });

  it('back and forward walk the selections', async () => {
    await b.open(ALL);
    const { page } = b;
    await rowOf(page, CREATED.title).getByRole('button', { name: CREATED.title }).click();
    await detailsHeading(page, CREATED.title).waitFor();
    await rowOf(page, OUSTED.title).getByRole('button', { name: OUSTED.title }).click();
    await detailsHeading(page, OUSTED.title).waitFor();

    await page.goBack();
    await detailsHeading(page, CREATED.title).waitFor();
    expect(await rowOf(page, CREATED.title).getAttribute('aria-selected')).toBe('true');
    expect(await rowOf(page, OUSTED.title).getAttribute('aria-selected')).toBe('false');
    await page.goBack();
    await region(page, 'Details')
      .getByText(/Nothing selected/)
      .waitFor();
    await page.goForward();
    await detailsHeading(page, CREATED.title).waitFor();
    await page.goForward();
    await detailsHeading(page, OUSTED.title).waitFor();
    expect(new URL(page.url()).searchParams.get('sel')).toBe(OUSTED.id);
  });

  it('a garbage link gets a dismissible notice naming what was ignored; the rest works', async () => {
    await b.open('?cat=NOPE&from=2021-13-45&foo=1&actors=ttp');
    const { page } = b;
    const notice = page.locator('.notice');
    await notice.waitFor();
    const text = (await notice.textContent())!;
    for (const part of ['"cat"', 'NOPE', '"from"', '2021-13-45', '"foo"']) {
      expect(text).toContain(part);
    }
    // What was good in the link applies; the page works.
    expect(
      await region(page, 'Filters')
        .getByRole('treeitem', { name: 'Tehrik-e-Taliban Pakistan', exact: true })
        .isChecked(),
    ).toBe(true);
    await table(page).waitFor();
    // The address is rewritten without the ignored parts.
    const params = new URL(page.url()).searchParams;
    expect([...params.keys()]).toEqual(['actors']);
    await b.expectNoAxeViolations();
    await notice.getByRole('button', { name: /^Dismiss/ }).click();
    expect(await notice.count()).toBe(0);
    expect(b.errors).toEqual([]);
  });

  it('sorts the table by a column, saying so with aria-sort', async () => {
    await b.open(ALL);
    const { page } = b;
    const t = table(page);
    const header = t.getByRole('columnheader', { name: /Event/ });
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const titles = await t.getByRole('rowheader').allTextContents();
    expect(titles).toEqual([...titles].sort((a, c) => a.localeCompare(c, 'en')));
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await t.getByRole('rowheader').first().textContent()).toBe(titles.at(-1));
    expect(
      await t.getByRole('columnheader', { name: /Date/ }).getAttribute('aria-sort'),
    ).toBeNull();
  });

  it('folds the side panels away and back with one button each', async () => {
    await b.open();
    const { page } = b;
    const hide = page.getByRole('button', { name: 'Hide filters' });
    expect(await hide.getAttribute('aria-expanded')).toBe('true');
    await hide.click();
    expect(await region(page, 'Filters').count()).toBe(0);
    const show = page.getByRole('button', { name: 'Show filters' });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    await b.expectNoAxeViolations();
    await show.click();
    await region(page, 'Filters').waitFor();
  });
});

describe('the explorer at 1024×768', () => {
  const b = useBrowser({ width: 1024, height: 768 });

  it('shows every view, and the reader still follows the selection', async () => {
    await b.open(ALL);
    const { page } = b;
    await b.expectNoAxeViolations();
    await rowOf(page, ANTI_US.title).getByRole('button', { name: ANTI_US.title }).click();
    await detailsHeading(page, ANTI_US.title).waitFor();
    await b.expectNoAxeViolations();
    for (const name of ['Filters', 'Timeline', 'Actor graph', 'Source', 'Details']) {
      const box = await region(page, name).boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.x + box!.width, name).toBeLessThanOrEqual(1024);
      expect(box!.y, name).toBeLessThan(768);
    }
    const reader = region(page, 'Source');
    const box = (await reader.locator('.reader-text').boundingBox())!;
    const mark = (await reader.locator('[aria-current="true"]').first().boundingBox())!;
    // In view: scrolled to the top, the mark may sit a fraction of a pixel above the box.
    expect(mark.y).toBeGreaterThanOrEqual(box.y - 1);
    expect(mark.y).toBeLessThan(box.y + box.height);
  });
});
