import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { addUtcDays, addUtcMonths, formatUtcPattern } from '../../src/model/utc';

// The app's own UTC code replaced date-fns (a large part of the first download); date-fns,
// still installed, is the oracle here.
const instant = fc.integer({
  min: Date.UTC(-3000, 0, 1),
  max: Date.UTC(3000, 11, 31, 23, 59, 59, 999),
});
// Month ends are where adding months differs from adding days: draw them often.
const monthEnd = fc
  .record({ year: fc.integer({ min: -3000, max: 3000 }), month: fc.integer({ min: 0, max: 11 }) })
  .map(({ year, month }) => {
    const d = new Date(0);
    d.setUTCFullYear(year, month + 1, 0);
    return d.getTime();
  });

const PATTERNS = [
  'd MMMM y HH:mm',
  'd MMMM y',
  'MMMM y',
  'QQQ y',
  "y 'BC'",
  'MMM y',
  'y-MM',
  'd',
  'd MMM',
  'MMM',
  'dd.MM.y',
];

describe('formatUtcPattern', () => {
  it('writes what date-fns writes for the patterns the app uses', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...PATTERNS), (t, pattern) => {
        expect(formatUtcPattern(t, pattern)).toBe(format(new UTCDate(t), pattern));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes known dates', () => {
    expect(formatUtcPattern(Date.UTC(2021, 7, 5, 9, 3), 'd MMMM y HH:mm')).toBe(
      '5 August 2021 09:03',
    );
    expect(formatUtcPattern(Date.UTC(2021, 10, 1), 'QQQ y')).toBe('Q4 2021');
    expect(formatUtcPattern(Date.UTC(2021, 8, 1), 'MMM')).toBe('Sep');
  });

  it('throws on a letter it does not know', () => {
    expect(() => formatUtcPattern(0, 'EEEE')).toThrow(/unsupported/);
  });
});

describe('addUtcMonths', () => {
  it('moves as date-fns addMonths does, month ends and BC years included', () => {
    fc.assert(
      fc.property(
        fc.oneof(instant, monthEnd),
        fc.integer({ min: -1300, max: 1300 }),
        (t, months) => {
          expect(addUtcMonths(t, months)).toBe(addMonths(new UTCDate(t), months).getTime());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps the last day of a shorter month', () => {
    expect(addUtcMonths(Date.UTC(2024, 0, 31, 12), 1)).toBe(Date.UTC(2024, 1, 29, 12));
    expect(addUtcMonths(Date.UTC(2023, 0, 31), 1)).toBe(Date.UTC(2023, 1, 28));
  });
});

describe('addUtcDays', () => {
  it('adds 24 hours a day', () => {
    expect(addUtcDays(Date.UTC(2021, 2, 27), 2)).toBe(Date.UTC(2021, 2, 29));
    expect(addUtcDays(Date.UTC(2021, 0, 1), -1)).toBe(Date.UTC(2020, 11, 31));
  });
});
