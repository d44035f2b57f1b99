import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import edtf from 'edtf';
import { extentOf, tryExtent } from '../../src/model/dates';
import '../../src/model/edtfParser';
import { formatEdtf, formatUtc } from '../../src/model/formatDate';
import { timeTicks } from '../../src/query/timeline/ticks';

const utc = (s: string) => Date.parse(s);

describe('extentOf', () => {
  it('reads a day as that day', () => {
    const x = extentOf('2021-08-15');
    expect([x.start, x.end]).toEqual([
      utc('2021-08-15T00:00:00Z'),
      utc('2021-08-15T23:59:59.999Z'),
    ]);
    expect(x).toMatchObject({ kind: 'point', precision: 'day', fuzzy: false });
    expect([x.softStart, x.softEnd]).toEqual([x.start, x.end]);
  });

  it('reads a month and a year as the whole period', () => {
    expect(extentOf('2021-08')).toMatchObject({
      start: utc('2021-08-01T00:00:00Z'),
      end: utc('2021-08-31T23:59:59.999Z'),
      precision: 'month',
    });
    expect(extentOf('1947')).toMatchObject({
      start: utc('1947-01-01T00:00:00Z'),
      end: utc('1947-12-31T23:59:59.999Z'),
      precision: 'year',
    });
  });

  it('pads approximate and uncertain dates by one unit of their precision', () => {
    const x = extentOf('2022-05-24~');
    expect(x.fuzzy).toBe(true);
    expect(x.softStart).toBe(utc('2022-05-23T00:00:00Z'));
    expect(x.softEnd).toBe(utc('2022-05-25T23:59:59.999Z'));
    const y = extentOf('2021?');
    expect(y.lower.uncertain).toBe(true);
    expect(y.softStart).toBe(utc('2020-01-01T00:00:00Z'));
  });

  it('writes "last summer" as an approximate interval of months', () => {
    const x = extentOf('2021-06~/2021-08~');
    expect(x).toMatchObject({ kind: 'interval', fuzzy: true, precision: 'month' });
    expect(x.start).toBe(utc('2021-06-01T00:00:00Z'));
    expect(x.end).toBe(utc('2021-08-31T23:59:59.999Z'));
    expect(x.softStart).toBe(utc('2021-05-01T00:00:00Z'));
    expect(x.softEnd).toBe(utc('2021-09-30T23:59:59.999Z'));
  });

  it('reads open intervals as reaching to infinity', () => {
    expect(extentOf('1947/..')).toMatchObject({ openEnd: true, openStart: false, end: Infinity });
    expect(extentOf('../2021-08')).toMatchObject({
      openStart: true,
      start: -Infinity,
      end: utc('2021-08-31T23:59:59.999Z'),
    });
    expect(extentOf('/2021-08').openStart).toBe(true);
  });

  it('reads seasons, decades and unspecified digits through the parser', () => {
    expect(extentOf('2021-21')).toMatchObject({ precision: 'season' });
    expect(extentOf('198X')).toMatchObject({
      precision: 'decade',
      start: utc('1980-01-01T00:00:00Z'),
      end: utc('1989-12-31T23:59:59.999Z'),
    });
  });

  it('rejects invalid and reversed dates with a plain message', () => {
    expect(tryExtent('2021-13')).toMatch(/"2021-13" is not a valid EDTF date/);
    expect(tryExtent('2021-02-30')).toMatch(/not a valid EDTF date/);
    expect(tryExtent('2022/2021')).toBe(
      '"2022/2021" is a reversed interval: its end comes before its start',
    );
    expect(tryExtent('[1990,1991]')).toMatch(/set or list/);
  });

  it('matches the edtf parser exactly on the fast path', () => {
    const day = fc.record({
      y: fc.integer({ min: 1000, max: 2999 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
      precision: fc.constantFrom(1, 2, 3),
      q: fc.constantFrom('', '~', '?', '%'),
    });
    const text = ({
      y,
      m,
      d,
      precision,
      q,
    }: {
      y: number;
      m: number;
      d: number;
      precision: number;
      q: string;
    }) =>
      [String(y), String(m).padStart(2, '0'), String(d).padStart(2, '0')]
        .slice(0, precision)
        .join('-') + q;
    fc.assert(
      fc.property(day, day, (a, b) => {
        for (const input of [text(a), `${text(a)}/${text(b)}`, `${text(a)}/..`, `../${text(b)}`]) {
          let expected: { min: number; max: number } | null;
          try {
            const parsed = edtf(input);
            expected = { min: parsed.min, max: parsed.max };
          } catch {
            expected = null;
          }
          const ours = tryExtent(input);
          if (expected === null) expect(typeof ours).toBe('string');
          else {
            expect(typeof ours).toBe('object');
            if (typeof ours === 'object') {
              expect(
                Object.is(ours.start, expected.min) ||
                  (ours.start === -Infinity && !Number.isFinite(expected.min)),
              ).toBe(true);
              expect(
                Object.is(ours.end, expected.max) ||
                  (ours.end === Infinity && !Number.isFinite(expected.max)),
              ).toBe(true);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('formatEdtf', () => {
  it('labels dates for people', () => {
    expect(formatEdtf('2021-08')).toBe('August 2021');
    expect(formatEdtf('2021-08-15')).toBe('15 August 2021');
    expect(formatEdtf('2021-06~/2021-08~')).toBe('c. June 2021 – c. August 2021');
    expect(formatEdtf('1947/..')).toBe('1947 onward');
    expect(formatEdtf('../2021-08')).toBe('until August 2021');
    expect(formatEdtf('2021?')).toBe('2021?');
    expect(formatEdtf('not a date')).toBe('not a date');
  });
});

describe('years before 1000 and before the common era', () => {
  it('writes years as people do: no zero padding, BC for year 0 and below', () => {
    expect(formatUtc(Date.UTC(500, 0, 1), 'yyyy')).toBe('500');
    expect(formatUtc(Date.UTC(-44, 2, 15), 'd MMMM yyyy')).toBe('15 March 45 BC');
    expect(formatEdtf('-0043')).toBe('44 BC');
    expect(formatEdtf('0087/2063')).toBe('87 – 2063');
  });

  it('labels the ticks of an axis that reaches back before the common era', () => {
    const t = timeTicks([Date.UTC(-44, 2, 15), Date.UTC(2022, 4, 3)], 900);
    expect(t.ticks.map((x) => x.label)).not.toContain('0500');
    expect(t.ticks.every((x) => /^\d+( BC)?$/.test(x.label))).toBe(true);
  });
});
