/** The reader's source picker: every source up to the cap; past it, the first ones plus the shown and selected. */
import { describe, expect, it } from 'vitest';
import { pickSources } from '../../src/views/reader/pickSources';

const sources = Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}` }));
const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);

describe('pickSources', () => {
  it('lists every source up to the cap, as they are', () => {
    const few = sources.slice(0, 5);
    expect(pickSources(few, 's3', [], 5)).toBe(few);
  });

  it('past the cap, lists the first ones, the shown source and the selection’s, in order', () => {
    const picked = pickSources(sources, 's700', ['s950', 's2', 's950'], 3);
    expect(ids(picked)).toEqual(['s0', 's1', 's2', 's700', 's950']);
  });
});
