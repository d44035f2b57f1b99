/** The bad-input corpus (tests/fixtures/bad/): one file per kind of fault. */
import { readFileSync } from 'node:fs';

export type Outcome = 'error' | 'warning' | 'accepted';

export interface Expectation {
  file: string;
  /** What is wrong with the file, in words. */
  fault: string;
  outcome: Outcome;
  /** Where the problem must be reported (formatPath), for errors and warnings. */
  path?: string;
  /** Words the problem's message must contain. */
  message?: string;
}

/** A case: a fault made from the minimal fixture (as JSON) or as raw bytes. */
export interface Case extends Omit<Expectation, 'file'> {
  name: string;
  make: (d: Fixture) => Fixture | Uint8Array | string;
}

// The fixture is mutated freely by each case, so it is loosely typed here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Fixture = any;

export const fresh = (): Fixture =>
  JSON.parse(readFileSync('tests/fixtures/minimal.json', 'utf8')) as Fixture;

export const MANIFEST = 'tests/fixtures/bad/manifest.json';
export const DIR = 'tests/fixtures/bad';
