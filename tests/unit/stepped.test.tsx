// @vitest-environment jsdom
/**
 * Stepped work (query/steps.ts) and the hook that runs it a slice at a time
 * (views/useStepped.ts): the result is the one a single run gives, a small input shows it
 * at once, and steps that are replaced stop.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { useMemo } from 'react';
import { runSteps, stepFor, type Steps } from '../../src/query/steps';
import { useStepped } from '../../src/views/useStepped';
import { deriveGraph, deriveGraphSteps } from '../../src/query/graph/derive';
import { buildIndex } from '../../src/query/indexes';
import { filterEvents, filterRelations, EMPTY_FILTERS } from '../../src/query/filter';
import { generateDataset } from '../../scripts/synthetic';
import type { Dataset } from '../../src/model/schema';

afterEach(cleanup);

/** Sums 1…n, yielding after each number; counts the steps taken. */
function* sum(n: number, taken: { steps: number }): Steps<number> {
  let total = 0;
  for (let i = 1; i <= n; i++) {
    total += i;
    taken.steps++;
    yield;
  }
  return total;
}

describe('steps', () => {
  it('runSteps runs to the end; stepFor stops when its time is spent and goes on later', () => {
    expect(runSteps(sum(100, { steps: 0 }))).toBe(5050);
    let clock = 0;
    const taken = { steps: 0 };
    const steps = sum(100, taken);
    // Each reading of the clock advances it 1 ms: a 10 ms budget allows about ten steps.
    const now = () => clock++;
    expect(stepFor(steps, 10, now)).toEqual({ done: false });
    expect(taken.steps).toBeGreaterThan(0);
    expect(taken.steps).toBeLessThan(100);
    let r = stepFor(steps, 10, now);
    while (!r.done) r = stepFor(steps, 10, now);
    expect(r).toEqual({ done: true, value: 5050 });
    expect(taken.steps).toBe(100);
  });

  it('the actor graph derived a step at a time is the graph derived at once', () => {
    const dataset = generateDataset({ events: 5000, actors: 40, seed: 3 }) as Dataset;
    const index = buildIndex(dataset);
    const shown = filterEvents(index, EMPTY_FILTERS);
    const relations = filterRelations(index, EMPTY_FILTERS);
    const steps = deriveGraphSteps(index, shown, relations);
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(yields).toBeGreaterThan(1);
    expect(r.value).toStrictEqual(deriveGraph(index, shown, relations));
  });
});

function Sum({
  n,
  atOnce,
  taken,
  owner = 'a',
}: {
  n: number;
  atOnce: boolean;
  taken: { steps: number };
  owner?: string;
}) {
  const steps = useMemo(() => sum(n, taken), [n, taken]);
  const { value, pending, latest } = useStepped(steps, atOnce, owner);
  return (
    <p role="status">
      {pending ? `counting${latest === null ? '' : ` (was ${latest})`}` : `total ${value}`}
    </p>
  );
}

describe('useStepped', () => {
  it('shows a small input’s result in the first render', () => {
    render(<Sum n={10} atOnce taken={{ steps: 0 }} />);
    expect(screen.getByRole('status').textContent).toBe('total 55');
  });

  it('says it is pending, then shows the result once the slices have run', async () => {
    render(<Sum n={200_000} atOnce={false} taken={{ steps: 0 }} />);
    expect(screen.getByRole('status').textContent).toBe('counting');
    expect((await screen.findByText(/total/, {}, { timeout: 5000 })).textContent).toBe(
      `total ${(200_000 * 200_001) / 2}`,
    );
  });

  it('offers the last result it finished while new steps run', async () => {
    const { rerender } = render(<Sum n={20_000} atOnce={false} taken={{ steps: 0 }} />);
    await screen.findByText('total 200010000', {}, { timeout: 5000 });
    rerender(<Sum n={30_000} atOnce={false} taken={{ steps: 0 }} />);
    expect(screen.getByRole('status').textContent).toBe('counting (was 200010000)');
    await screen.findByText('total 450015000', {}, { timeout: 5000 });
    // Another owner (another dataset) is offered nothing stale.
    rerender(<Sum n={40_000} atOnce={false} taken={{ steps: 0 }} owner="b" />);
    expect(screen.getByRole('status').textContent).toBe('counting');
    await screen.findByText('total 800020000', {}, { timeout: 5000 });
  });

  it('stops stepping work that was replaced', async () => {
    const old = { steps: 0 };
    const { rerender } = render(<Sum n={5_000_000} atOnce={false} taken={old} />);
    rerender(<Sum n={1000} atOnce={false} taken={{ steps: 0 }} />);
    await screen.findByText('total 500500', {}, { timeout: 5000 });
    const stopped = old.steps;
    await new Promise((r) => setTimeout(r, 50));
    expect(old.steps).toBe(stopped);
    expect(old.steps).toBeLessThan(5_000_000);
  });
});
