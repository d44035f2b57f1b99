/**
 * Dates in the browser: the "Dates" switch drives the table, the timeline's names and the
 * link; a participant identified from outside the text is flagged; and no window, however
 * odd, shows "NaN" anywhere on the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline', exact: true });
const rows = (page: Page) =>
  page.getByRole('region', { name: 'Events', exact: true }).getByRole('row');

/** A small deterministic random source (the test must be the same every run). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('the date basis', () => {
  const b = useBrowser();

  it('switches between best known and as the text says, in the table, names and link', async () => {
    await b.open('?actors=ttp&from=2021-06-01&to=2021-12-31');
    // Best known: the Kabul talks (16 May 2022) are outside 2021; the header has 5 rows.
    await expect.poll(() => rows(b.page).count()).toBe(5 + 1);
    const air = timeline(b.page).getByRole('button', {
      name: /^Airstrikes on TTP targets in Afghanistan, December 2021 – 16 April 2022 \(known; the text: August 2021 – c\. May 2022\)$/,
    });
    await air.waitFor();

    await timeline(b.page).getByRole('combobox', { name: 'Dates' }).selectOption('text');
    await expect.poll(() => rows(b.page).count()).toBe(6 + 1);
    expect(new URL(b.page.url()).searchParams.get('dates')).toBe('text');
    await timeline(b.page)
      .getByRole('button', {
        name: /^Airstrikes on TTP targets in Afghanistan, August 2021 – c\. May 2022 \(as the text says; known: December 2021 – 16 April 2022\)$/,
      })
      .waitFor();
    const known = await b.page
      .getByRole('region', { name: 'Events', exact: true })
      .getByRole('columnheader', { name: 'Known' })
      .count();
    expect(known).toBe(1);
  });

  it('shows April 2022 alone with only what is known or stated to fall in it', async () => {
    await b.open('?from=2022-04-01&to=2022-04-30');
    await expect.poll(() => rows(b.page).count()).toBe(10 + 1);
    const table = b.page.getByRole('region', { name: 'Events', exact: true });
    expect(await table.getByRole('rowheader', { name: /cease-fire talks/i }).count()).toBe(0);
  });

  it('flags a participant identified from outside the text, and stays clean for axe', async () => {
    await b.open('?sel=former-isi-chief-kabul-talks');
    const details = b.page.getByRole('region', { name: 'Details', exact: true });
    const flag = details.getByText('identified from outside the text');
    await flag.click();
    await details.getByText(/on the delegation to Kabul/).waitFor();
    await b.expectNoAxeViolations();
  });
});

describe('no NaN on the page', () => {
  const b = useBrowser();

  it('for the window that once read "(2022–NaN)" and for random windows', async () => {
    const random = lcg(8);
    const lo = Date.parse('1940-01-01');
    const hi = Date.parse('2030-01-01');
    const windows: [string, string, string][] = [['2021-09-01', '2021-12-31', 'best']];
    windows.push(['2021-09-01', '2021-12-31', 'text']);
    while (windows.length < 32) {
      const a = lo + random() * (hi - lo);
      // Widths from a day to decades, weighted to short windows.
      const w = 86_400_000 * Math.exp(random() * Math.log(30 * 365));
      windows.push([isoDay(a), isoDay(Math.min(hi, a + w)), random() < 0.5 ? 'best' : 'text']);
    }
    for (const [from, to, dates] of windows) {
      await b.open(`?from=${from}&to=${to}&dates=${dates}`);
      await timeline(b.page).locator('.tl-plot').waitFor();
      const text = await b.page.locator('body').innerText();
      expect(text, `${from} – ${to} (${dates})`).not.toMatch(/NaN|Infinity/);
      const names = await b.page
        .locator('[aria-label]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).join('\n'));
      expect(names, `${from} – ${to} (${dates})`).not.toMatch(/NaN|Infinity/);
    }
    expect(b.errors).toEqual([]);
  });
});
