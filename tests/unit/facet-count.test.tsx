// @vitest-environment jsdom
/**
 * The filters' counts are deferred (a zoom changes the window every frame), but never mix
 * two datasets: every count an actor of a new dataset shows, even for one commit, is
 * counted under that dataset's own filters.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { FiltersPanel } from '../../src/views/filters/FiltersPanel';
import { INITIAL_DATA, useStore } from '../../src/store/store';
import { validateDataset } from '../../src/model/validate';
import { generateDataset } from '../../scripts/synthetic';
import { seed } from './helpers';

afterEach(() => {
  cleanup();
  useStore.setState(INITIAL_DATA);
});

describe('the filters’ counts', () => {
  it('never show a new dataset’s actors counted under the last one’s window', async () => {
    const { loadValidated, setWindow } = useStore.getState();
    loadValidated('seed', validateDataset(seed()));
    setWindow([Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1)]);
    const { container } = render(<FiltersPanel />);
    const next = generateDataset({ events: 300, actors: 10, seed: 4 });
    const actor = next.actors[0]!.id;
    const count = () =>
      container.querySelector(`[data-actor="${actor}"] .actor-row`)?.lastElementChild
        ?.textContent ?? null;
    // Every text the actor's count takes while the next dataset opens (each commit).
    const shown: string[] = [];
    const observer = new MutationObserver(() => {
      const c = count();
      if (c !== null) shown.push(c);
    });
    observer.observe(container, { subtree: true, childList: true, characterData: true });
    await act(async () => {
      loadValidated('next', validateDataset(next));
    });
    observer.disconnect();
    const final = count();
    expect(final).toMatch(/\d/);
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([final]));
  });
});
