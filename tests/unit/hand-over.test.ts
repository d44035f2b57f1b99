import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { buildIndex } from '../../src/query/indexes';
import { extentTable, handOver, joinIndex, type Slice } from '../../src/app/import/handOff';
import type { Extent } from '../../src/model/dates';
import { defaultFocus } from '../../src/query/focus';
import { seed } from './helpers';

describe('handOver (a worker sending an index to the page)', () => {
  it('sends every slice, waiting on some, and the page joins them into the same index', async () => {
    const index = buildIndex(validateDataset(seed()).dataset!);
    const got: Slice[] = [];
    let waited = 0;
    const { head, buffers } = await handOver(index, (s) => {
      got.push(s);
      return Promise.resolve().then(() => void waited++);
    });
    expect(got.length).toBe(head.slices);
    expect(waited).toBeGreaterThan(0);
    expect(buffers.length).toBeGreaterThan(0);
    const back = joinIndex(head, got);
    expect(back.dataset).toEqual(index.dataset);
    expect(back.extents).toEqual(index.extents);
    expect(back.textIndex).toEqual(index.textIndex);
    // The window the views open on is made in the worker, with the index.
    expect(back.focus).not.toBeNull();
    expect(back.focus).toEqual(defaultFocus(index));
    // The reader's passages go as columns, their buffers transferred.
    expect(back.passages).toEqual(index.passages);
    expect(buffers).toContain(index.passages.start.buffer);
    // Search texts stay in the worker: the text index answers every search.
    expect(got.some((s) => (s.key as string) === 'searchText')).toBe(false);
  });

  it('sends dates as columns: each distinct extent once, and numbers into them per basis', async () => {
    const index = buildIndex(validateDataset(seed()).dataset!);
    // The report has events with a known date, so the two bases differ.
    expect(index.dates.best).not.toBe(index.dates.text);
    const got: Slice[] = [];
    const { head } = await handOver(index, (s) => void got.push(s));
    const distinct = new Set([...index.extents, ...index.dates.best.extents]);
    const sent = got.filter((s) => s.key === 'dates').flatMap((s) => s.items);
    expect(sent).toHaveLength(distinct.size);
    expect(sent.length).toBeLessThan(2 * index.events.length);
    expect(head.extentCodes.text).toHaveLength(index.events.length);
    const back = joinIndex(head, got);
    expect(back.dates.text.extents).toEqual(index.dates.text.extents);
    expect(back.dates.best.extents).toEqual(index.dates.best.extents);
    expect(back.extents).toBe(back.dates.text.extents);
    // Events of one date share one extent on the page too.
    const byDate = new Map<string, unknown>();
    back.events.forEach((e, i) => {
      const x = back.extents[i];
      expect(byDate.get(e.when.edtf) ?? x).toBe(x);
      byDate.set(e.when.edtf, x);
    });
    expect(byDate.size).toBeLessThan(back.events.length);
  });

  it('numbers extents by identity, in order of first use, across columns', () => {
    const [a, b, c] = [{ edtf: 'a' }, { edtf: 'b' }, { edtf: 'c' }] as unknown as Extent[];
    const { table, codes } = extentTable([
      [a!, b!, a!],
      [c!, a!, b!],
    ]);
    expect(table).toEqual([a, b, c]);
    expect(codes.map((x) => [...x])).toEqual([
      [0, 1, 0],
      [2, 0, 1],
    ]);
  });

  it('says whether the page needs the edtf parser: only for dates beyond the fast path', async () => {
    const plain = validateDataset(seed()).dataset!;
    const { head } = await handOver(buildIndex(plain), () => {});
    expect(head.needsEdtfParser).toBe(false);
    // A season (2021-21, spring) is read only by the edtf grammar.
    const season = {
      ...plain,
      events: plain.events.map((e, i) =>
        i === 0 ? { ...e, when: { ...e.when, edtf: '2021-21' } } : e,
      ),
    };
    const second = await handOver(buildIndex(season), () => {});
    expect(second.head.needsEdtfParser).toBe(true);
  });
});
