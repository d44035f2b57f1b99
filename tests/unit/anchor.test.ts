import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorQuote } from '../../src/model/anchor';

const text = 'Alpha beta gamma. Delta beta gamma. Epsilon zeta.';

describe('anchorQuote', () => {
  it('trusts a position that selects the quote', () => {
    expect(anchorQuote(text, { exact: 'beta gamma', start: 6, end: 16 })).toEqual({
      status: 'ok',
      start: 6,
      end: 16,
    });
  });

  it('prefers the occurrence whose context matches, over the nearer one', () => {
    const a = anchorQuote(text, { exact: 'beta gamma', prefix: 'Delta ', start: 0, end: 10 });
    expect(a).toMatchObject({ status: 'moved', start: 24, end: 34, candidates: 2 });
  });

  it('falls back to the nearest occurrence when no context is given', () => {
    const a = anchorQuote(text, { exact: 'beta gamma', start: 20, end: 30 });
    expect(a).toMatchObject({ status: 'moved', start: 24 });
  });

  it('finds a quote with small differences approximately', () => {
    const a = anchorQuote(text, { exact: 'Epsilon zetta.', start: 0, end: 14 });
    expect(a).toMatchObject({ status: 'fuzzy', errors: 1, found: 'Epsilon zeta.' });
  });

  it('says when a quote is missing', () => {
    expect(anchorQuote(text, { exact: 'omega', start: 0, end: 5 })).toEqual({ status: 'missing' });
  });

  it('always re-finds a quote cut from the text, whatever the stale position', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 20, maxLength: 200 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: -50, max: 50 }),
        (t, a, b, drift) => {
          const start = a % (t.length - 1);
          const end = start + 1 + (b % (t.length - start));
          const exact = t.slice(start, end);
          const found = anchorQuote(t, {
            exact,
            prefix: t.slice(Math.max(0, start - 8), start),
            suffix: t.slice(end, end + 8),
            start: start + drift,
            end: end + drift,
          });
          expect(found.status === 'ok' || found.status === 'moved').toBe(true);
          if (found.status === 'ok' || found.status === 'moved') {
            expect(t.slice(found.start, found.end)).toBe(exact);
          }
        },
      ),
    );
  });
});
