// @vitest-environment jsdom
/** The details panel spells out a date's provenance and lists every selected item. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within, fireEvent } from '@testing-library/react';
import { EventDetails } from '../../src/views/details/EventDetails';
import { INITIAL_DATA, useStore } from '../../src/store/store';
import { seed } from './helpers';
import { validateDataset } from '../../src/model/validate';

beforeEach(() => {
  useStore.setState(INITIAL_DATA);
  useStore.getState().loadValidated('seed', validateDataset(seed()));
});
afterEach(cleanup);

describe('EventDetails', () => {
  it('says how to select when nothing is selected', () => {
    render(<EventDetails />);
    expect(screen.getByText(/Nothing selected/)).toBeTruthy();
  });

  it('spells out what the text says, what it resolves to, against what, and what is known', () => {
    useStore.getState().select(['taliban-take-afghanistan']);
    render(<EventDetails />);
    const region = screen.getByRole('region', { name: 'Details' });
    const get = (term: string) => within(region).getByText(term).nextElementSibling!.textContent;
    expect(get('The text says')).toBe('in August of last year');
    expect(get('Read as')).toBe('August 2021 2021-08');
    expect(get('Against publication')).toMatch(/^25 May 2022 – 30 June 2022 \(inferred\)/);
    expect(get('Basis')).toMatch(/^resolved/);
    expect(get('Note')).toMatch(/last year/);
    expect(get('Known from outside')).toMatch(/15 August 2021/);
  });

  it('lists every item of a multiple selection, and participants toggle the actor filter', () => {
    useStore.getState().select(['cease-fire-talks', 'pakistan-supports-taliban']);
    render(<EventDetails />);
    expect(screen.getByText('2 items selected', { exact: false })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(2);
    const ttp = screen.getAllByRole('button', { name: 'Tehrik-e-Taliban Pakistan' })[0]!;
    expect(ttp.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(ttp);
    expect(useStore.getState().filters.actors).toEqual(['ttp']);
  });
});
