// @vitest-environment jsdom
/**
 * The panels below the timeline load as chunks of their own: while one loads, its area
 * says so in a status line; then the panel itself shows, and the status line is gone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { EventsTable, PanelLoading } from '../../src/app/panels';
import { INITIAL_DATA, useStore } from '../../src/store/store';
import { validateDataset } from '../../src/model/validate';
import { seed } from './helpers';

beforeEach(() => {
  useStore.setState(INITIAL_DATA);
  useStore.getState().loadValidated('seed', validateDataset(seed()));
});
afterEach(cleanup);

describe('a panel loaded on use', () => {
  it('says it is loading, then shows the panel in its place', async () => {
    render(
      <PanelLoading what="the events table">
        <EventsTable />
      </PanelLoading>,
    );
    expect(screen.getByRole('status').textContent).toBe('Loading the events table…');
    expect(await screen.findByRole('table')).toBeTruthy();
    expect(screen.queryByText('Loading the events table…')).toBeNull();
  });
});
