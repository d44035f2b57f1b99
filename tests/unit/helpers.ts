import { readFileSync } from 'node:fs';
import type { DatasetInput } from '../../src/model/schema';

/** A fresh, deep copy of a JSON fixture, safe to mutate in a test. */
export function fixture(name = 'minimal'): DatasetInput {
  return JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')) as DatasetInput;
}

export function seed(): DatasetInput {
  return JSON.parse(readFileSync('data/pakistan-taliban/dataset.json', 'utf8')) as DatasetInput;
}

/** jsdom lays nothing out: every element reports this size (for views that measure theirs). */
export function giveElementsSize(width: number, height: number): void {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => width,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => height,
  });
}

/**
 * Filters that leave out one category (the first event's) of a big dataset, and how many
 * events they keep: a filter change that still leaves most events to model or count.
 */
export function allCategoriesButFirst<C>(dataset: { events: readonly { category: C }[] }): {
  categories: C[];
  kept: number;
} {
  const left = dataset.events[0]!.category;
  const categories = [...new Set(dataset.events.map((e) => e.category))].filter((c) => c !== left);
  const kept = dataset.events.filter((e) => e.category !== left).length;
  return { categories, kept };
}
