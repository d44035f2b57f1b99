import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useBrowser } from './harness';

const seed = JSON.parse(readFileSync('data/pakistan-taliban/dataset.json', 'utf8')) as {
  title: string;
  events: { title: string }[];
};

describe('the app shell on the seed report', () => {
  const b = useBrowser();

  it('has a language, a main landmark and the dataset heading', async () => {
    await b.open();
    expect(await b.page.getAttribute('html', 'lang')).toBe('en');
    await b.page.getByRole('main').waitFor();
    await b.page.getByRole('heading', { name: 'Traceline', level: 1 }).waitFor();
    await b.page.getByText(seed.title).first().waitFor();
    expect(b.errors).toEqual([]);
  });

  it('lists every event of the seed in the Events table', async () => {
    // The default focus is the dense period (2021–2022); open the whole span for 1947.
    await b.open('?from=..&to=..');
    const table = b.page.getByRole('region', { name: 'Events' }).getByRole('table');
    for (const e of seed.events) {
      await table.getByRole('rowheader', { name: e.title, exact: true }).waitFor();
    }
    // One header row plus one row per event.
    await expect.poll(() => table.getByRole('row').count()).toBe(seed.events.length + 1);
    expect(
      await b.page.getByText(`${seed.events.length} of ${seed.events.length} events`).count(),
    ).toBe(1);
  });

  it('opens on the dense period, with the earlier events one action away', async () => {
    await b.open();
    const counts = b.page.locator('.dataset-counts');
    expect(await counts.textContent()).toMatch(/^1[0-8] of 19 events/);
    await b.page.getByRole('button', { name: 'Whole span' }).click();
    await expect.poll(() => counts.textContent()).toMatch(/^19 of 19 events/);
  });

  it('has no axe violations', async () => {
    await b.open();
    await b.expectNoAxeViolations();
  });
});
