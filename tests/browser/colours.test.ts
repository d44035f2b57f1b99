/**
 * One colour code: a category has the same colour in the timeline, the details, the
 * filters, the table and the source reader (read from computed styles), and the graph's
 * ties use the quad-class colours while its actors stay neutral.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBrowser } from './harness';
import { CATEGORY_COLOURS, NODE_FILL, QUAD_COLOURS } from '../../src/views/palette';
import { parseHex } from '../../src/views/colourMath';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

const rgb = (hex: string) => `rgb(${parseHex(hex).join(', ')})`;
const style = (l: Locator, prop: string) =>
  l.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p).trim(), prop);

// Three events of three quad classes: an assault, a consultation and a protest.
const CASES = [
  { id: 'airstrikes-on-ttp-in-afghanistan', title: /^Airstrikes on TTP targets/, cat: 'ASSAULT' },
  { id: 'cease-fire-talks', title: /^Cease-fire talks between/, cat: 'CONSULT' },
  { id: 'taliban-demonstrations', title: /^Taliban demonstrations/, cat: 'PROTEST' },
] as const;

describe('one colour code', () => {
  const b = useBrowser();

  it.each(CASES)(
    'gives $cat the same colour in the timeline, details, filters, table and source',
    async ({ id, title, cat }) => {
      await b.open(`?sel=${id}`);
      const expected = rgb(CATEGORY_COLOURS[cat]);
      const mark = region(b.page, 'Timeline').locator(`.tl-mark[data-id="${id}"]`);
      await mark.waitFor();
      expect(await style(mark, 'color')).toBe(expected);
      // The mark's glyphs draw in that colour (each of these has the text's span behind it).
      expect(await style(mark.locator('.tl-whisker rect').first(), 'fill')).toBe(expected);

      const details = region(b.page, 'Details');
      await details.getByRole('heading', { name: title, level: 3 }).waitFor();
      expect(await style(details.locator('.detail-kind .cat-swatch'), 'background-color')).toBe(
        expected,
      );

      const filterSwatch = region(b.page, 'Filters').locator(`.category-list .cat-${cat}`);
      expect(await style(filterSwatch, 'background-color')).toBe(expected);

      const row = region(b.page, 'Events')
        .getByRole('row')
        .filter({ hasText: new RegExp(title.source.slice(1)) });
      expect(await style(row.locator('.cat-swatch'), 'background-color')).toBe(expected);

      const passage = region(b.page, 'Source').locator('mark.passage.is-selected').first();
      await passage.waitFor();
      const passageCat = await passage.evaluate((el) =>
        [...el.classList].find((c) => c.startsWith('cat-'))!.slice(4),
      );
      expect(await style(passage, '--cat')).toBe(
        CATEGORY_COLOURS[passageCat as keyof typeof CATEGORY_COLOURS],
      );
      expect(b.errors).toEqual([]);
    },
  );

  it('colours graph ties by quad class and draws every actor in the neutral fill', async () => {
    await b.open();
    const graph = region(b.page, 'Actor graph');
    const assault = graph.getByRole('button', { name: 'Pakistan to TTP: 1 assault' });
    await assault.waitFor();
    expect(await style(assault.locator('.edge-line'), 'stroke')).toBe(
      rgb(QUAD_COLOURS['material-conflict']),
    );
    const fills = await graph
      .locator('.graph-node .node-mark')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).fill));
    expect(fills.length).toBe(17);
    for (const fill of fills) expect([rgb(NODE_FILL), 'rgb(255, 255, 255)']).toContain(fill);
  });

  it('opens the timeline legend beside the lanes, not over them, and stays clean for axe', async () => {
    await b.open();
    const timeline = region(b.page, 'Timeline');
    const lanes = timeline.locator('.tl-scroll');
    const before = (await lanes.boundingBox())!;
    await timeline.getByText('Legend', { exact: true }).click();
    const legend = timeline.getByRole('group', { name: 'Legend' });
    await legend.getByText(/PLOVER event categories/).waitFor();
    // Every glyph is explained, and every category has its swatch.
    for (const glyph of [
      /known day/,
      /Period known/,
      /whisker|the text itself gives/,
      /Open end/,
      /Approximate/,
      /Link from/,
      /Link over/,
      /lasting relation/,
      /cell with its count/,
    ]) {
      await legend.getByText(glyph).first().waitFor();
    }
    expect(await legend.locator('.tl-cat-dot').count()).toBe(Object.keys(CATEGORY_COLOURS).length);
    expect(await style(legend.locator('.tl-cat-dot.cat-ASSAULT'), 'background-color')).toBe(
      rgb(CATEGORY_COLOURS.ASSAULT),
    );
    // The lanes narrow to make room: the legend's box lies to their right.
    await expect.poll(async () => (await lanes.boundingBox())!.width).toBeLessThan(before.width);
    const after = (await lanes.boundingBox())!;
    const box = (await legend.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(after.x + after.width - 1);
    await b.expectNoAxeViolations();
  });
});
