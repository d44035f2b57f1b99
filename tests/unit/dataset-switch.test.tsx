// @vitest-environment jsdom
/**
 * Views that stay mounted while the dataset changes under them (the workspace remounts on
 * a new file, but a view must not rely on it): nothing computed for the old dataset may be
 * read against the new one, in either direction.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { EventsTable } from '../../src/views/table/EventsTable';
import { EventDetails } from '../../src/views/details/EventDetails';
import { SourceReader } from '../../src/views/reader/SourceReader';
import { FiltersPanel } from '../../src/views/filters/FiltersPanel';
import { INITIAL_DATA, useStore } from '../../src/store/store';
import { fixture, seed } from './helpers';
import { validateDataset } from '../../src/model/validate';

beforeEach(() => useStore.setState(INITIAL_DATA));
afterEach(cleanup);

const DATASETS = { seed: seed(), minimal: fixture() };

describe('a dataset change under mounted views', () => {
  for (const [from, to] of [
    ['seed', 'minimal'],
    ['minimal', 'seed'],
  ] as const) {
    it(`${from} → ${to}: the table, details, reader and filters keep working`, async () => {
      const { loadValidated, clearFilters, select } = useStore.getState();
      const loadDataset = (name: string, json: unknown) =>
        loadValidated(name, validateDataset(json));
      act(() => loadDataset(from, DATASETS[from]));
      act(() => clearFilters());
      render(
        <>
          <FiltersPanel />
          <EventsTable />
          <EventDetails />
          <SourceReader />
        </>,
      );
      const table = screen.getByRole('region', { name: 'Events' });
      // Sort by title, descending, and select the last event, so the table holds row numbers
      // of this dataset.
      const sortButton = within(table).getByRole('button', { name: /^Event/ });
      fireEvent.click(sortButton);
      fireEvent.click(sortButton);
      const ids = DATASETS[from].events.map((e) => e.id);
      act(() => select([ids.at(-1)!]));
      act(() => useStore.getState().focusPassage({ id: ids.at(-1)!, evidence: 0 }));

      await act(async () => loadDataset(to, DATASETS[to]));
      expect(screen.queryByText(/Something went wrong/)).toBeNull();
      const rows = within(screen.getByRole('region', { name: 'Events' })).getAllByRole('rowheader');
      const titles = new Set(DATASETS[to].events.map((e) => e.title));
      for (const row of rows) expect(titles.has(row.textContent!)).toBe(true);
      expect(useStore.getState().passage).toBeNull();
    });
  }
});
