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
