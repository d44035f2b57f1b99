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

  it('lists every event of the seed', async () => {
    // The default focus is the dense period; open the whole span.
    await b.open('?from=..&to=..');
    const list = b.page.getByRole('region', { name: 'Events in time order' });
    for (const e of seed.events) {
      await list.getByRole('heading', { name: e.title, exact: true }).waitFor();
    }
    expect(
      await b.page.getByText(`${seed.events.length} of ${seed.events.length} events`).count(),
    ).toBe(1);
  });

  it('has no axe violations', async () => {
    await b.open();
    await b.expectNoAxeViolations();
  });
});
