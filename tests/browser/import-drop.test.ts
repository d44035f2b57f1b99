/**
 * Files dropped on the page, and big files: a real drop (a DataTransfer holding a File,
 * built in the page) of an ACLED export with bad rows opens the same preview as the "Open a
 * dataset" button, and the good rows reach the timeline; a big ACLED-shaped CSV shows the
 * progress bar, and Cancel stops it with the open dataset untouched.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { drag } from './fileActions';
import { acledCsv } from '../../scripts/acled-csv';

const tmp = mkdtempSync(join(tmpdir(), 'traceline-drop-'));
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline', exact: true });

describe('dropping a file on the page', () => {
  const b = useBrowser();

  it('opens an ACLED export with bad rows: the preview, then its events on the timeline', async () => {
    await b.open();
    const { page } = b;
    const text = readFileSync('tests/fixtures/import/acled.csv', 'utf8');
    await drag(page, 'acled.csv', text, ['dragenter', 'dragover']);
    const overlay = page.getByText(/^Drop to open the file/);
    await overlay.waitFor();
    await drag(page, 'acled.csv', text, ['drop']);
    await overlay.waitFor({ state: 'hidden' });

    const dialog = page.getByRole('dialog', { name: 'Import acled.csv' });
    await dialog.getByText('Read as an ACLED export: 6 rows read, 4 good, 2 set aside.').waitFor();
    await dialog.getByRole('button', { name: 'Import the 4 good rows' }).click();
    await page.locator('section.timeline[data-dataset="acled"]').waitFor();
    await page
      .getByText(/\d+ of 4 events/)
      .first()
      .waitFor();
    // The imported events are marks on the timeline, named by their titles.
    await timeline(page)
      .getByRole('button', { name: /^Armed clash: Military Forces of Pakistan/ })
      .first()
      .waitFor();
    expect(b.errors).toEqual([]);
  });

  it('hides the overlay when the file is dragged away again', async () => {
    await b.open();
    const { page } = b;
    await drag(page, 'x.csv', 'a,b\n', ['dragenter']);
    await page.getByText(/^Drop to open the file/).waitFor();
    await drag(page, 'x.csv', 'a,b\n', ['dragleave']);
    await page.getByText(/^Drop to open the file/).waitFor({ state: 'hidden' });
    await page.locator('section.timeline[data-dataset="pakistan-taliban"]').waitFor();
  });
});

describe('opening a big file', () => {
  const b = useBrowser();

  it('shows rows, MB and rows/s while it works, and Cancel keeps the open dataset', async () => {
    const file = join(tmp, 'acled-big.csv');
    writeFileSync(file, acledCsv({ rows: 100_000 }));
    await b.open();
    const { page } = b;
    const before = await page.locator('.dataset-counts').first().textContent();
    await page.getByLabel('Open a dataset').setInputFiles(file);
    const bar = page.getByRole('progressbar', { name: 'Opening acled-big.csv' });
    await bar.waitFor();
    const status = page.getByRole('group', { name: 'Opening acled-big.csv' });
    // The parse reports rows, megabytes and a rate as it goes.
    await status
      .getByText(/^Parsing: [\d,]+ rows · [\d.]+ of 3\d\.\d MB · [\d,]+ rows\/s$/)
      .waitFor();
    await b.expectNoAxeViolations();
    const value = Number(await bar.getAttribute('value'));
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(100);

    await status.getByRole('button', { name: 'Cancel' }).click();
    await bar.waitFor({ state: 'hidden' });
    // Nothing arrives later: the worker was stopped, and the seed is still the open dataset.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1500)));
    await page.locator('section.timeline[data-dataset="pakistan-taliban"]').waitFor();
    expect(await page.locator('.dataset-counts').first().textContent()).toBe(before);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(b.errors).toEqual([]);
    // Generating, reading and axe on a loaded machine: more than the default minute.
  }, 150_000);
});
