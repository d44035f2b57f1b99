/** The lane-name gutter (src/query/timeline/gutter.ts): as wide as the names, within bounds. */
import { describe, expect, it } from 'vitest';
import { GUTTER_MAX, GUTTER_MIN, gutterWidth } from '../../src/query/timeline/gutter';

const lane = (label: string, depth = 0) => ({ label, depth });

describe('gutterWidth', () => {
  it('keeps the narrowest gutter for short names', () => {
    expect(gutterWidth([lane('TTP'), lane('US')], 1440)).toBe(GUTTER_MIN);
  });

  it('widens for a long or deeply indented name, so it is not cut', () => {
    const w = gutterWidth([lane('Government of Pakistan', 1)], 1440);
    expect(w).toBeGreaterThan(GUTTER_MIN);
    expect(w).toBeLessThanOrEqual(GUTTER_MAX);
    // 8 + 10 indent, 14 for the tree glyph, 22 characters at 6.4 px, 6 px to spare.
    expect(w).toBe(Math.ceil(8 + 10 + 14 + 22 * 6.4 + 6));
  });

  it('caps the gutter, and gives a narrow view no more than the minimum', () => {
    const long = [lane('Military Forces of Pakistan (2018-2022) Punjab Provincial Police', 2)];
    expect(gutterWidth(long, 1440)).toBe(GUTTER_MAX);
    expect(gutterWidth(long, 400)).toBe(GUTTER_MIN);
    expect(gutterWidth(long, 800)).toBe(200);
  });
});
