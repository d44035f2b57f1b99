import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { buildIndex } from '../../src/query/indexes';
import { handOver, joinIndex, type Slice } from '../../src/app/import/handOff';
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
    // Search texts stay in the worker: the text index answers every search.
    expect(got.some((s) => (s.key as string) === 'searchText')).toBe(false);
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
