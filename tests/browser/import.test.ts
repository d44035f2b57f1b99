/**
 * Opening an ACLED export through "Open a dataset": the preview of the rows set aside, the
 * choice to import the good ones or cancel, the download of the bad rows, and the imported
 * events with their notes in the reader.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';

const ACLED = resolve('tests/fixtures/import/acled.csv');
const CLASH =
  'Armed clash: Military Forces of Pakistan (2018-2022) and TTP: Tehrik-i-Taliban Pakistan, Miran Shah';
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function openAcled(page: Page) {
  await page.getByLabel('Open a dataset').setInputFiles(ACLED);
  const dialog = page.getByRole('dialog', { name: 'Import acled.csv' });
  await dialog.waitFor();
  return dialog;
}

describe('importing an ACLED export', () => {
  const b = useBrowser();

  it('previews the rows set aside, then imports the good ones with their notes', async () => {
    await b.open();
    const { page } = b;
    const dialog = await openAcled(page);
    await dialog.getByText('Read as an ACLED export: 6 rows read, 4 good, 2 set aside.').waitFor();
    const bad = await dialog
      .getByRole('list', { name: 'Rows set aside' })
      .getByRole('listitem')
      .allTextContents();
    expect(bad).toEqual([
      "row 5, event_date: '31/02/2022' is not a date",
      "row 7, event_type: '=cmd|' /C calc'!A0' is not an ACLED event type",
    ]);
    await b.expectNoAxeViolations();

    await dialog.getByRole('button', { name: 'Import the 4 good rows' }).click();
    await page
      .getByText(/\d+ of 4 events/)
      .first()
      .waitFor();
    expect(await dialog.isVisible()).toBe(false);

    // Every event is one click from its words: the row's notes, in the reader.
    const row = region(page, 'Events')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: CLASH }) });
    await row.getByRole('button', { name: CLASH }).click();
    await region(page, 'Source')
      .getByText(/military and police forces clashed with TTP militants near Miran Shah/)
      .first()
      .waitFor();
    expect(b.errors).toEqual([]);
  });

  it('cancel leaves the open dataset as it was', async () => {
    await b.open();
    const { page } = b;
    const before = await page.locator('.dataset-counts').first().textContent();
    const dialog = await openAcled(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('.dataset-counts').first().textContent()).toBe(before);
    // The same file can be chosen again.
    await (await openAcled(page)).getByRole('button', { name: 'Cancel' }).click();
  });

  it('downloads the rows set aside as CSV, formulas neutralised', async () => {
    await b.open();
    const { page } = b;
    const dialog = await openAcled(page);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download the rows set aside (CSV)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('acled-set-aside.csv');
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(
      /^"event_id_cnty","event_date",.*"import_row","import_problems"$/,
    );
    expect(csv).toContain(`"'=cmd|' /C calc'!A0"`);
    expect(csv).toContain(`"row 5, event_date: '31/02/2022' is not a date"`);
  });
});
