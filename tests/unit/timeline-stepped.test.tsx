// @vitest-environment jsdom
/**
 * A big filtered set is modelled a slice at a time (useTimelineModel → useStepped): the
 * timeline says it is laying out, then draws, and only the drawn timeline names its dataset.
 * A big model's layout for a new window is made in slices too (useWindowLayout), the last
 * layout moved to the window meanwhile.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { Timeline } from '../../src/views/timeline/Timeline';
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

describe('the timeline of a big dataset', () => {
  it('says it is laying out the events, then draws them', async () => {
    const dataset = generateDataset({ events: 25_000, actors: 30, seed: 2 });
    useStore.getState().loadValidated('big', validateDataset(dataset));
    const { container } = render(<Timeline />);
    expect(screen.getByRole('status').textContent).toBe('Laying out 25,000 events…');
    expect(container.querySelector('section[data-dataset]')).toBeNull();
    const drawn = await waitFor(
      () => {
        const s = container.querySelector('section[data-dataset="synthetic-25000-30-2"]');
        expect(s).not.toBeNull();
        return s!;
      },
      { timeout: 20_000 },
    );
    expect(drawn.getAttribute('aria-busy')).toBe('false');
    expect(Number(drawn.getAttribute('data-drawn'))).toBeGreaterThan(0);
    expect(screen.queryByText(/Laying out/)).toBeNull();

    // New filters: the drawn timeline stays while its new model is built, and says so.
    const { categories, kept } = allCategoriesButFirst(dataset);
    expect(kept).toBeGreaterThan(20_000);
    act(() => useStore.getState().setFilters({ categories }));
    // Read in one go: the building may end in any later task.
    const seen = await waitFor(() => {
      const status = screen.getByRole('status');
      const section = container.querySelector('section[data-dataset="synthetic-25000-30-2"]');
      return { status: status.textContent, busy: section?.getAttribute('aria-busy') };
    });
    expect(seen).toEqual({
      status: `Laying out ${kept.toLocaleString('en')} events…`,
      busy: 'true',
    });
    await waitFor(() => expect(screen.queryByText(/Laying out/)).toBeNull(), { timeout: 20_000 });
    expect(drawn.getAttribute('aria-busy')).toBe('false');
  }, 40_000);

  it('lays a new window out in slices, showing the last layout moved there meanwhile', async () => {
    const dataset = generateDataset({ events: 25_000, actors: 30, seed: 4 });
    useStore.getState().loadValidated('big', validateDataset(dataset));
    const { container } = render(<Timeline />);
    const section = await waitFor(
      () => {
        const s = container.querySelector<HTMLElement>('section[data-dataset][aria-busy="false"]');
        expect(s).not.toBeNull();
        return s!;
      },
      { timeout: 20_000 },
    );
    const plot = () => container.querySelector<HTMLElement>('.tl-plot')!;
    const whole = [plot().dataset.from, plot().dataset.to];
    expect(section.dataset.laidFrom).toBe(whole[0]);
    const drawnWhole = Number(section.dataset.drawn);

    // A thousandth of the span, in its middle.
    const [a, b] = whole.map((t) => Date.parse(t!)) as [number, number];
    const mid = (a + b) / 2;
    const half = (b - a) / 2000;
    const zoomed: [number, number] = [mid - half, mid + half];
    act(() => useStore.getState().setWindow(zoomed));
    const iso = zoomed.map((t) => new Date(t).toISOString());
    // At once: the axis shows the new window, the marks are still the last layout's, moved.
    expect([plot().dataset.from, plot().dataset.to]).toEqual(iso);
    expect(section.getAttribute('aria-busy')).toBe('true');
    expect([section.dataset.laidFrom, section.dataset.laidTo]).toEqual(whole);
    expect(Number(section.dataset.drawn)).toBe(drawnWhole);
    expect(screen.getByRole('status').textContent).toBe('Laying out 25,000 events…');

    // Then the window's own layout: fewer marks, laid out for it.
    await waitFor(() => expect(section.getAttribute('aria-busy')).toBe('false'), {
      timeout: 20_000,
    });
    expect([section.dataset.laidFrom, section.dataset.laidTo]).toEqual(iso);
    expect(Number(section.dataset.drawn)).toBeLessThan(drawnWhole);
    expect(screen.queryByText(/Laying out/)).toBeNull();
  }, 40_000);
});
