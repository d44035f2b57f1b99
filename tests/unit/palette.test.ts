import { describe, expect, it } from 'vitest';
import { PLOVER_CATEGORIES } from '../../src/model/schema';
import {
  CATEGORY_COLOURS,
  NODE_FILL,
  QUAD_COLOURS,
  QUAD_FAMILIES,
  QUAD_OF,
  RELATION_COLOUR,
  paletteCss,
} from '../../src/views/palette';
import {
  contrast,
  deltaE2000,
  difference,
  parseHex,
  simulate,
  toLab,
} from '../../src/views/colourMath';

const WHITE = parseHex('#ffffff');

describe('colour arithmetic', () => {
  it('gives the WCAG contrast of black on white and of a mid grey', () => {
    expect(contrast(parseHex('#000000'), WHITE)).toBeCloseTo(21, 5);
    expect(contrast(parseHex('#767676'), WHITE)).toBeCloseTo(4.54, 2);
  });

  // Test pairs 1, 7 and 17 of Sharma, Wu & Dalal (2005), table 1.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
  ] as const)('computes CIEDE2000 of %j and %j as %f', (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
  });

  it('converts sRGB white to L* 100 and leaves greys grey under every simulation', () => {
    expect(toLab(WHITE)[0]).toBeCloseTo(100, 3);
    for (const d of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      const [r, g, b] = simulate([128, 128, 128], d);
      expect(Math.abs(r - g) + Math.abs(g - b)).toBeLessThan(2);
    }
  });

  it('makes red and green close for a deuteranope and far for normal vision', () => {
    expect(difference('#d62728', '#2ca02c')).toBeGreaterThan(50);
    expect(difference('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(
      difference('#d62728', '#2ca02c') / 2,
    );
  });
});

describe('the category palette', () => {
  const categories = Object.keys(CATEGORY_COLOURS);

  it('has one colour per PLOVER category and puts each in exactly one quad class', () => {
    expect(categories.sort()).toEqual([...PLOVER_CATEGORIES].sort());
    const listed = QUAD_FAMILIES.flatMap((f) => f.categories);
    expect(listed.sort()).toEqual([...PLOVER_CATEGORIES].sort());
    // As the PLOVER README's quad table has them.
    expect(QUAD_OF.SANCTION).toBe('verbal-conflict');
    expect(QUAD_OF.PROTEST).toBe('material-conflict');
    expect(QUAD_OF.CONCEDE).toBe('verbal-cooperation');
    expect(QUAD_OF.RETREAT).toBe('material-cooperation');
  });

  it('keeps every colour at 3:1 contrast or more on white', () => {
    const all = [...Object.values(CATEGORY_COLOURS), ...Object.values(QUAD_COLOURS)];
    for (const hex of [...all, RELATION_COLOUR]) {
      expect(contrast(parseHex(hex), WHITE), hex).toBeGreaterThanOrEqual(3);
    }
  });

  it('tells twins of a family apart with normal vision, protanopia and deuteranopia', () => {
    for (const family of QUAD_FAMILIES) {
      for (const [i, a] of family.categories.entries()) {
        for (const b of family.categories.slice(i + 1)) {
          for (const vision of ['normal', 'protanopia', 'deuteranopia'] as const) {
            const d = difference(CATEGORY_COLOURS[a], CATEGORY_COLOURS[b], vision);
            expect(d, `${a} / ${b} (${vision})`).toBeGreaterThanOrEqual(12);
          }
        }
      }
    }
  });

  it('tells any two categories apart with normal vision', () => {
    for (const [i, a] of categories.entries()) {
      for (const b of categories.slice(i + 1)) {
        const d = difference(CATEGORY_COLOURS[a as 'AGREE'], CATEGORY_COLOURS[b as 'AGREE']);
        expect(d, `${a} / ${b}`).toBeGreaterThanOrEqual(15);
      }
    }
  });

  it('keeps the graph’s neutral actor fill apart from every tie colour', () => {
    for (const hex of [...Object.values(QUAD_COLOURS), RELATION_COLOUR]) {
      for (const vision of ['normal', 'protanopia', 'deuteranopia'] as const) {
        expect(difference(NODE_FILL, hex, vision), `${hex} (${vision})`).toBeGreaterThanOrEqual(12);
      }
    }
  });

  it('writes one --cat rule per category for the CSS views', () => {
    const css = paletteCss();
    expect(css).toContain(`.cat-ASSAULT{--cat:${CATEGORY_COLOURS.ASSAULT}}`);
    expect(css.split('\n')).toHaveLength(PLOVER_CATEGORIES.length + 1);
  });
});
