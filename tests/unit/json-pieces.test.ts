import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonPieces } from '../../src/io/jsonPieces';

const written = (value: unknown) => [...jsonPieces(value)].join('');

describe('writing JSON in pieces', () => {
  it('gives the text JSON.stringify gives, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(written(v)).toBe(JSON.stringify(v));
      }),
    );
  });

  it('leaves out members without a JSON form and writes long arrays in batches', () => {
    const value = { a: undefined, b: [1, undefined, () => 1], c: new Date(0), d: 'x' };
    expect(written(value)).toBe(JSON.stringify(value));
    const long = Array.from({ length: 4500 }, (_, i) => ({ i }));
    const parts = [...jsonPieces(long)];
    expect(parts.length).toBe(5); // [, three batches, ]
    expect(parts.join('')).toBe(JSON.stringify(long));
  });
});
