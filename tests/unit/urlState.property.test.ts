/** Reading a link never throws, and whatever it ignores is named in a notice. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_FILTERS } from '../../src/query/filter';
import { parseUrl, readQuery, URL_PARAMS, type UrlFields } from '../../src/store/urlState';

const BASE: UrlFields = {
  filters: EMPTY_FILTERS,
  selection: [],
  laneGrouping: 'actor',
  collapseActors: false,
  mainView: 'graph',
  datasets: ['seed'],
};
const known = { actor: (id: string) => id === 'ttp', item: (id: string) => id === 'talks' };

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);
const key = fc.oneof(
  fc.constantFrom(...PROTO_NAMES, ...Object.keys(URL_PARAMS)),
  fc.string({ maxLength: 12 }),
);
const value = fc.oneof(
  fc.constantFrom('1', '0', 'ttp', 'ttp,isi', '..', '2021-02-29', '2021-08-01', 'ASSAULT', ''),
  fc.string({ maxLength: 20 }),
);
/** A part with a broken escape: a truncated or non-UTF-8 percent sequence. */
const broken = fc.constantFrom('%E0%A4%A', '%', '%zz', '%C3', '%FF', 'a%2');
const part = fc.oneof(
  fc.tuple(key, value).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
  fc.tuple(key, broken).map(([k, b]) => `${encodeURIComponent(k)}=${b}`),
  fc.tuple(broken, value).map(([b, v]) => `${b}=${encodeURIComponent(v)}`),
  fc.string({ maxLength: 16 }),
);
const query = fc.array(part, { maxLength: 8 }).map((parts) => `?${parts.join('&')}`);

describe('reading a link', () => {
  it('never throws, on any query string', () => {
    fc.assert(
      fc.property(fc.oneof(query, fc.string()), (q) => {
        expect(() => parseUrl(q, BASE, known)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('names every part it does not apply', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { params, problems } = readQuery(q);
        const parts = q.slice(1).split('&').filter(Boolean);
        // Every part is either read once or reported.
        expect(params.length + problems.length).toBe(parts.length);
        const { problems: all } = parseUrl(q, BASE, known);
        const unknown = params.filter(([k]) => !Object.hasOwn(URL_PARAMS, k));
        for (const [k] of unknown) {
          expect(all.some((p) => p.includes('unknown link parameter'))).toBe(true);
          expect(all.join(' ')).toContain(k.slice(0, 39));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reports Object.prototype names as unknown parameters', () => {
    for (const name of PROTO_NAMES) {
      const { state, problems } = parseUrl(`?${name}=1`, BASE, known);
      expect(problems, name).toEqual([`Ignored the unknown link parameter "${name}".`]);
      expect(state).toEqual(BASE);
    }
  });

  it('keeps the first of repeated keys and says so', () => {
    const { state, problems } = parseUrl('?actors=ttp&actors=isi', BASE, known);
    expect(state.filters.actors).toEqual(['ttp']);
    expect(problems).toEqual([
      'Ignored a repeated link parameter "actors": the first "actors" applies.',
    ]);
  });

  it('does not turn a broken escape into search text', () => {
    const { state, problems } = parseUrl('?q=%E0%A4%A', BASE, known);
    expect(state.filters.text).toBe('');
    expect(problems).toEqual([
      'Ignored the link parameter "q=%E0%A4%A": it has a broken % escape.',
    ]);
    expect(parseUrl('?q=a+b%20c', BASE, known).state.filters.text).toBe('a b c');
  });
});
