// @vitest-environment jsdom
/**
 * useWindowLayout: a big model's layout for new options is made in slices, the last layout
 * moved to the new window meanwhile; the same options again (any re-render) cost nothing and
 * show nothing pending; a new width is laid out at once (nothing of that width to move).
 */
import { describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { generateDataset } from '../../scripts/synthetic';
import type { Dataset } from '../../src/model/schema';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents } from '../../src/query/filter';
import { buildModel, layoutTimeline, type LayoutOptions } from '../../src/query/timeline/layout';
import { viewDomain, zoomWindow } from '../../src/query/timeline/scale';
import { useWindowLayout } from '../../src/views/timeline/useWindowLayout';

describe('the layout of a window', () => {
  it('is made in slices for a big model, and only when the options change', async () => {
    const index = buildIndex(generateDataset({ events: 25_000, actors: 30, seed: 5 }) as Dataset);
    const model = buildModel(index, filterEvents(index, EMPTY_FILTERS), [], 'actor', false);
    const whole = viewDomain(null, index.span);
    const a: LayoutOptions = { domain: whole, range: [150, 900], maxRows: 6, maxLinks: 400 };
    const { result, rerender } = renderHook(({ opts }) => useWindowLayout(model, opts), {
      initialProps: { opts: a },
    });
    // Nothing laid out before: at once.
    expect(result.current.pending).toBe(false);
    const first = result.current.layout;
    expect(first).toEqual(layoutTimeline(model, a));
    // A re-render with equal options: the same layout, nothing pending, nothing laid out.
    rerender({ opts: { ...a } });
    expect(result.current.pending).toBe(false);
    expect(result.current.layout).toBe(first);

    // A new window: the last layout moved there while the window's own is made.
    const b = { ...a, domain: zoomWindow(whole, 4) };
    rerender({ opts: b });
    expect(result.current.pending).toBe(true);
    expect(result.current.laidFor).toEqual(a.domain);
    expect(result.current.layout.marks.length).toBe(first.marks.length);
    expect(result.current.layout.cells.length).toBe(first.cells.length);
    await waitFor(() => expect(result.current.pending).toBe(false), { timeout: 20_000 });
    expect(result.current.laidFor).toEqual(b.domain);
    const own = result.current.layout;
    expect(own).toEqual(layoutTimeline(model, b));
    rerender({ opts: { ...b } });
    expect(result.current.pending).toBe(false);
    expect(result.current.layout).toBe(own);

    // Another width: nothing of that width to move, so laid out at once, and kept.
    const c = { ...b, range: [150, 700] as const };
    rerender({ opts: c });
    expect(result.current.pending).toBe(false);
    expect(result.current.layout).toEqual(layoutTimeline(model, c));
    const wide = result.current.layout;
    rerender({ opts: { ...c } });
    expect(result.current.pending).toBe(false);
    expect(result.current.layout).toBe(wide);
  }, 40_000);
});
