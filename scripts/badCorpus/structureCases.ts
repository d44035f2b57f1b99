/** Faults in a file's JSON structure: deep nesting, repeated and prototype keys, odd numbers. */
import type { Case, Fixture } from './types';

const json = (d: Fixture) => JSON.stringify(d, null, 2);
const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

export const STRUCTURE_CASES: Case[] = [
  {
    name: 'deep-array-top',
    fault: 'arrays nested 6,000 deep instead of a dataset',
    outcome: 'error',
    path: '$',
    make: () => deep(6000),
  },
  {
    name: 'deep-array-field',
    fault: 'arrays nested 6,000 deep in an unknown field',
    outcome: 'warning',
    path: '$.extra',
    message: 'unknown field',
    make: (d) => json({ ...d, extra: 0 }).replace('"extra": 0', `"extra": ${deep(6000)}`),
  },
  {
    name: 'deep-object-description',
    fault: 'objects nested 6,000 deep in the description',
    outcome: 'error',
    path: '$.description',
    make: (d) =>
      json({ ...d, description: 0 }).replace(
        '"description": 0',
        `"description": ${'{"a":'.repeat(6000)}1${'}'.repeat(6000)}`,
      ),
  },
  {
    name: 'duplicate-key-top',
    fault: 'the key "title" written twice',
    outcome: 'warning',
    path: '$.title',
    message: 'written 2 times',
    make: (d) =>
      json(d).replace(
        '"title": "A minimal dataset"',
        '"title": "First", "title": "A minimal dataset"',
      ),
  },
  {
    name: 'duplicate-key-known',
    fault: 'the key "edtf" written twice in a known date',
    outcome: 'warning',
    path: '$.events[0].known.edtf',
    message: 'last value applies',
    make: (d) =>
      json(d).replace('"edtf": "2022-03-14"', '"edtf": "2022-03-15", "edtf": "2022-03-14"'),
  },
  {
    name: 'duplicate-key-offset',
    fault: 'the key "start" written twice in a position',
    outcome: 'warning',
    path: '$.events[0].evidence[0].position.start',
    message: 'written 2 times',
    make: (d) => json(d).replace('"start": 0', '"start": 7, "start": 0'),
  },
  {
    name: 'proto-key',
    fault: 'a "__proto__" key at the top',
    outcome: 'warning',
    path: '$.__proto__',
    message: 'unknown field',
    make: (d) => json(d).replace('{', '{ "__proto__": { "polluted": true },'),
  },
  {
    name: 'constructor-key',
    fault: 'a "constructor" key in an event',
    outcome: 'warning',
    path: '$.events[0].constructor',
    message: 'unknown field',
    make: (d) => {
      d.events[0].constructor = { prototype: { polluted: true } };
      return d;
    },
  },
  {
    name: 'huge-integer-offset',
    fault: 'an offset above 2^53',
    outcome: 'error',
    path: '$.events[0].evidence[0].position.end',
    make: (d) => json(d).replace('"end": 38', '"end": 90071992547409930'),
  },
  {
    name: 'negative-zero-offset',
    fault: 'an offset written -0',
    outcome: 'accepted',
    make: (d) => json(d).replace('"start": 0', '"start": -0'),
  },
  {
    name: 'exponent-offset',
    fault: 'an offset written 3.8e1',
    outcome: 'accepted',
    make: (d) => json(d).replace('"end": 38', '"end": 3.8e1'),
  },
];
