import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { utf8Length } from '../../src/persist/libraryRecord';

const encoded = (s: string) => new TextEncoder().encode(s).length;

describe('utf8Length', () => {
  it('counts the bytes TextEncoder makes, for any string (lone surrogates too)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(utf8Length(s)).toBe(encoded(s));
      }),
    );
    // Code units chosen by hand: ASCII, two- and three-byte, a pair, and halves alone.
    for (const s of ['', 'a', 'é', '€', '😀', '\ud83d', '\ude00', '\ude00\ud83d', 'a\ud83db']) {
      expect(utf8Length(s)).toBe(encoded(s));
    }
  });
});
