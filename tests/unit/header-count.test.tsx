// @vitest-environment jsdom
/**
 * The header's event count is deferred (a zoom changes the window every frame), but never
 * mixes two datasets: every count it shows, even for one commit, is the new dataset's own.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { DatasetHeader } from '../../src/app/DatasetHeader';
import { INITIAL_DATA, useStore } from '../../src/store/store';
import { validateDataset } from '../../src/model/validate';
import { generateDataset } from '../../scripts/synthetic';
import { seed } from './helpers';

beforeAll(() => {
  // jsdom has no ResizeObserver; the header's description watches its own width with one.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
afterEach(() => {
  cleanup();
  useStore.setState(INITIAL_DATA);
});

describe('the header’s event count', () => {
  it('never shows a new dataset counted under the last one’s window', async () => {
    const { loadValidated, setWindow } = useStore.getState();
    loadValidated('seed', validateDataset(seed()));
    // A narrow window on the report.
    setWindow([Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1)]);
    const { container } = render(<DatasetHeader />);
    const counts = () => container.querySelector('.dataset-counts span')?.textContent ?? '';
    expect(counts()).toMatch(/^\d+ of 19 events$/);
    expect(counts()).not.toBe('19 of 19 events');

    // Every text the count takes while the next dataset opens (each commit, not only the last).
    const shown: string[] = [];
    const observer = new MutationObserver(() => shown.push(counts()));
    observer.observe(container, { subtree: true, childList: true, characterData: true });
    const next = generateDataset({ events: 300, actors: 10, seed: 4 });
    await act(async () => {
      loadValidated('next', validateDataset(next));
    });
    observer.disconnect();
    expect(counts()).toBe('300 of 300 events');
    const of300 = shown.filter((t) => t.endsWith('of 300 events'));
    expect(of300.length).toBeGreaterThan(0);
    expect(new Set(of300)).toEqual(new Set(['300 of 300 events']));
  });
});
