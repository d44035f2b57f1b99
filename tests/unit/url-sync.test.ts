/** Which store changes the address waits for (src/store/urlSync.ts): a window-only change. */
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/query/filter';
import { onlyWindowChanged } from '../../src/store/urlSync';
import type { UrlFields } from '../../src/store/urlState';

const base: UrlFields = {
  filters: { ...EMPTY_FILTERS, window: [0, 100] },
  selection: [],
  laneGrouping: 'actor',
  collapseActors: false,
  mainView: 'graph',
  datasets: ['seed'],
};
const withWindow = (w: readonly [number, number] | null): UrlFields => ({
  ...base,
  filters: { ...base.filters, window: w },
});

describe('onlyWindowChanged', () => {
  it('is true when a zoom or pan moved the window and nothing else', () => {
    expect(onlyWindowChanged(withWindow([10, 90]), base)).toBe(true);
    expect(onlyWindowChanged(withWindow(null), base)).toBe(true);
  });

  it('is false when nothing changed or something besides the window did', () => {
    expect(onlyWindowChanged(base, base)).toBe(false);
    const moved = withWindow([10, 90]);
    expect(onlyWindowChanged({ ...moved, selection: ['x'] }, base)).toBe(false);
    expect(onlyWindowChanged({ ...moved, laneGrouping: 'category' }, base)).toBe(false);
    expect(onlyWindowChanged({ ...moved, collapseActors: true }, base)).toBe(false);
    expect(onlyWindowChanged({ ...moved, mainView: 'map' }, base)).toBe(false);
    expect(onlyWindowChanged({ ...moved, datasets: ['seed', 'acled'] }, base)).toBe(false);
    const filtered = { ...moved, filters: { ...moved.filters, text: 'khost' } };
    expect(onlyWindowChanged(filtered, base)).toBe(false);
  });
});
