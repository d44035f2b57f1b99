/** Why the header's count is "N of M" (src/query/countBreakdown.ts), on the seed report. */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents, type Filters } from '../../src/query/filter';
import { countBreakdown, describeHidden } from '../../src/query/countBreakdown';
import { seed } from './helpers';

const index = buildIndex(validateDataset(seed()).dataset!);
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
/** The window of ?from=2021-09-01&to=2021-12-31 (the last day whole). */
const autumn = [day('2021-09-01'), day('2021-12-31') + 86_399_999] as const;
const breakdown = (f: Partial<Filters>) => countBreakdown(index, { ...EMPTY_FILTERS, ...f });
const sum = (b: ReturnType<typeof breakdown>) => b.hidden.reduce((n, h) => n + h.count, 0);

describe('countBreakdown on the seed', () => {
  it('hides nothing without filters', () => {
    const b = breakdown({});
    expect(b).toEqual({ shown: 19, total: 19, hidden: [] });
    expect(describeHidden(b)).toBe('');
  });

  it('puts every event a window alone hides under the window', () => {
    const b = breakdown({ window: autumn });
    expect(b.shown).toBe(filterEvents(index, { ...EMPTY_FILTERS, window: autumn }).length);
    expect(b.hidden).toEqual([{ reason: 'window', count: 19 - b.shown }]);
    expect(describeHidden(b)).toBe(`${19 - b.shown} outside the time window`);
  });

  it('follows the date basis: the text’s own spans reach into more windows', () => {
    const best = breakdown({ window: autumn });
    const text = breakdown({ window: autumn, dates: 'text' });
    expect(text.shown).toBeGreaterThan(best.shown);
  });

  it('counts an event several rules hide once, so the parts add up', () => {
    const b = breakdown({ window: autumn, actors: ['ttp'] });
    expect(sum(b)).toBe(b.total - b.shown);
    expect(b.hidden.map((h) => h.reason)).toEqual(['window', 'actors', 'several']);
    // The actor filter alone hides exactly the events of the window that lack the TTP.
    const inWindow = filterEvents(index, { ...EMPTY_FILTERS, window: autumn }).length;
    expect(b.hidden.find((h) => h.reason === 'actors')!.count).toBe(inWindow - b.shown);
    expect(describeHidden(b)).toMatch(/hidden by the actor filter, \d+ hidden by more than one/);
  });

  it('names categories and the search', () => {
    const b = breakdown({ categories: ['ASSAULT'] });
    expect(b.hidden).toEqual([{ reason: 'categories', count: 19 - b.shown }]);
    const khost = breakdown({ text: 'Khost' });
    expect(describeHidden(khost)).toBe(`${19 - khost.shown} not matching the search`);
  });

  it('tells events only possibly in the window from those outside it', () => {
    const f = { window: autumn, dates: 'text' as const };
    const strict = breakdown({ ...f, includePossible: false });
    const loose = breakdown(f);
    const possible = strict.hidden.find((h) => h.reason === 'possible')?.count ?? 0;
    expect(possible).toBe(loose.shown - strict.shown);
    expect(sum(strict)).toBe(19 - strict.shown);
  });
});
