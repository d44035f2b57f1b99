// @vitest-environment jsdom
/**
 * Above a few thousand events the graph's ties are counted a slice at a time: first the
 * panel says so; later, while new ties are counted, the last graph stays and says it is
 * being updated (visibly, not only with aria-busy).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { ActorGraph } from '../../src/views/graph/ActorGraph';
import { useStore, INITIAL_DATA } from '../../src/store/store';
import { generateDataset } from '../../scripts/synthetic';
import { validateDataset } from '../../src/model/validate';
import { allCategoriesButFirst, giveElementsSize } from './helpers';

beforeAll(() => {
  giveElementsSize(900, 600);
});
afterEach(() => {
  cleanup();
  useStore.setState(INITIAL_DATA);
});

const counting = () => screen.queryByText(/^Counting ties among [\d,]+ events…$/);

describe('the actor graph of a big dataset', () => {
  it('says it is counting ties, draws, and says so again over the last graph when the filters change', async () => {
    const dataset = generateDataset({ events: 8_000, actors: 30, seed: 3 });
    useStore.getState().loadValidated('big', validateDataset(dataset));
    useStore.getState().setFilters({ window: null });
    const { container } = render(<ActorGraph />);
    const section = () => container.querySelector('section[aria-label="Actor graph"]')!;
    expect(counting()?.textContent).toBe('Counting ties among 8,000 events…');
    await waitFor(() => expect(counting()).toBeNull(), { timeout: 20_000 });
    const drawn = screen.getByText(/^\d+ actors · [\d,]+ ties/).textContent;

    // Every category but one: still above the stepping threshold (2,000 events).
    const { categories, kept } = allCategoriesButFirst(dataset);
    expect(kept).toBeGreaterThan(5_000);
    act(() => useStore.getState().setFilters({ categories }));
    // The graph follows the filters once they settle (150 ms); then, while the new ties are
    // counted, the last graph is still drawn, busy, with a visible status naming the new count.
    // Checked in one go: the counting may end in any later task.
    const seen = await waitFor(() => {
      const status = counting()?.textContent;
      expect(status).toBe(`Counting ties among ${kept.toLocaleString('en')} events…`);
      return {
        busy: section().getAttribute('aria-busy'),
        caption: screen.getByText(/^\d+ actors · [\d,]+ ties/).textContent,
      };
    });
    expect(seen).toEqual({ busy: 'true', caption: drawn });
    await waitFor(() => expect(counting()).toBeNull(), { timeout: 20_000 });
    expect(section().getAttribute('aria-busy')).toBe('false');
  }, 40_000);
});
