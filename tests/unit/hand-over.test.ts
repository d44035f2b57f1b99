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
    expect(back.searchText).toEqual(index.searchText);
  });
});
