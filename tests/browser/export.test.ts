import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { useBrowser } from './harness';
import { exportAs as exportFrom } from './fileActions';
import { validateDataset } from '../../src/model/validate';

const tmp = mkdtempSync(join(tmpdir(), 'traceline-export-'));

describe('exporting the current view', () => {
  const b = useBrowser();

  const exportAs = (item: RegExp) => exportFrom(b.page, item);
  const shownCount = async () => {
    const text = await b.page
      .getByText(/\d+ of \d+ events/)
      .first()
      .textContent();
    return Number(/(\d+) of/.exec(text!)![1]);
  };

  it('exports the filtered view as CSV and JSON, and the JSON opens again as that view', async () => {
    await b.open('?actors=ttp');
    // The header's count follows the filters a moment late (it renders deferred): wait
    // until it gives the actor filter as a reason.
    await b.page
      .getByText(/hidden by the actor filter/)
      .first()
      .waitFor();
    const shown = await shownCount();
    expect(shown).toBeGreaterThan(2);

    const csv = await exportAs(/as CSV/);
    expect(csv.name).toBe('pakistan-taliban-view.csv');
    const rows = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8'), { header: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(shown);
    for (const row of rows.data) expect(row.actors).toMatch(/Tehrik-e-Taliban Pakistan/);

    const json = await exportAs(/as Traceline JSON/);
    const { dataset, problems } = validateDataset(JSON.parse(json.bytes.toString('utf8')));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset!.events).toHaveLength(shown);
    expect(dataset!.events.map((e) => e.id).sort()).toEqual(rows.data.map((r) => r.id).sort());

    // Read it back in the app: the view is the whole of the new dataset.
    const file = join(tmp, json.name);
    writeFileSync(file, json.bytes);
    await b.page.getByLabel('Open a dataset').setInputFiles(file);
    await b.page
      .getByText(new RegExp(`${shown} of ${shown} events`))
      .first()
      .waitFor();
  });

  it('exports TimelineJS JSON with a date for every slide', async () => {
    await b.open();
    const { bytes } = await exportAs(/TimelineJS/);
    const doc = JSON.parse(bytes.toString('utf8')) as {
      events: { start_date: { year: number }; text: { headline: string } }[];
    };
    expect(doc.events.length).toBe(await shownCount());
    for (const e of doc.events) expect(Number.isInteger(e.start_date.year)).toBe(true);
  });

  it('exports the timeline and the graph as pictures with title, window, legend and credit', async () => {
    await b.open('?from=2021-08-01&to=2022-05-31');
    const svg = (await exportAs(/Timeline as SVG/)).bytes.toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Pakistan, the Afghan Taliban and the TTP — timeline');
    expect(svg).toContain('Report: Pakistan’s support for the Taliban is failing');
    expect(svg).toContain('2021-08-01 to 2022-05-31');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(texts).toContain('Source: Report: Pakistan’s support for the Taliban is failing.');
    expect(texts).toContain('Made with Traceline.');
    expect(svg).toContain('>Assault</text>');
    // The marks are in it, drawn with the page's colours.
    expect(svg).toMatch(/aria-label="Airstrikes on TTP targets/);

    const png = (await exportAs(/Timeline as PNG/)).bytes;
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.readUInt32BE(16);
    expect(width).toBeGreaterThan(1000);

    await b.page.getByRole('region', { name: 'Actor graph' }).locator('svg.graph-svg').waitFor();
    const graph = (await exportAs(/Actor graph as SVG/)).bytes.toString('utf8');
    // The title wraps to the figure's width, so its words are read across its lines.
    const graphTexts = [...graph.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
      .map((m) => m[1])
      .join(' ');
    expect(graphTexts).toContain('Pakistan, the Afghan Taliban and the TTP — actor graph');
    expect(graph).toMatch(/Tehrik-e-Taliban Pakistan|TTP/);
    const graphPng = (await exportAs(/Actor graph as PNG/)).bytes;
    expect(graphPng.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(b.errors).toEqual([]);
  });

  it('exports the actor graph while the map is shown, by showing the graph first', async () => {
    await b.open('?view=map');
    await b.page.getByRole('region', { name: 'Map' }).waitFor();
    const graph = (await exportAs(/Actor graph as SVG/)).bytes.toString('utf8');
    expect(graph).toMatch(/Tehrik-e-Taliban Pakistan|TTP/);
    await expect
      .poll(() => b.page.getByRole('tab', { name: 'Graph' }).getAttribute('aria-selected'))
      .toBe('true');
    expect(b.errors).toEqual([]);
  });

  it('works from the keyboard and passes axe with the menu open', async () => {
    await b.open();
    const button = b.page.getByRole('button', { name: 'Export' });
    await button.focus();
    await b.page.keyboard.press('ArrowDown');
    const first = b.page.getByRole('menuitem', { name: /as Traceline JSON/ });
    await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
    await b.page.keyboard.press('End');
    const last = b.page.getByRole('menuitem', { name: /Actor graph as PNG/ });
    await expect.poll(() => last.evaluate((el) => el === document.activeElement)).toBe(true);
    await b.expectNoAxeViolations();
    await b.page.keyboard.press('Escape');
    await expect.poll(() => b.page.getByRole('menu').count()).toBe(0);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
