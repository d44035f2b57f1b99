/**
 * The library: an ACLED export dropped on the page (preview, good rows imported) is kept
 * across a reload, listed in the Library, combined with the report (matching the TTP in the
 * "Match actors" dialog) so filtering by the TTP shows both datasets' events, exported as CSV
 * and JSON that read back; renamed and deleted; the `ds=` link reopens the view.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { drag, exportAs } from './fileActions';
import { validateDataset } from '../../src/model/validate';

const ACLED = resolve('tests/fixtures/import/acled.csv');
const TITLE = 'ACLED export: acled.csv';
const REPORT = 'Pakistan, the Afghan Taliban and the TTP';
const CLASH =
  'Armed clash: Military Forces of Pakistan (2018-2022) and TTP: Tehrik-i-Taliban Pakistan, Miran Shah';
const TALKS = 'Cease-fire talks between Pakistan and the TTP';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const counts = (page: Page) => page.locator('.dataset-counts').first();
const library = (page: Page) => page.getByRole('dialog', { name: 'Library' });
const rowHeader = (page: Page, title: string) =>
  region(page, 'Events').getByRole('rowheader', { name: title, exact: true });
const ready = (page: Page, total: number) =>
  page
    .getByText(new RegExp(`\\d+ of ${total} events`))
    .first()
    .waitFor();

async function importAcled(page: Page) {
  await page.getByLabel('Open a dataset').setInputFiles(ACLED);
  const preview = page.getByRole('dialog', { name: 'Import acled.csv' });
  await preview.getByText('Read as an ACLED export: 6 rows read, 4 good, 2 set aside.').waitFor();
  await preview.getByRole('button', { name: 'Import the 4 good rows' }).click();
  await ready(page, 4);
}

async function openLibrary(page: Page) {
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await library(page).waitFor();
  await library(page).getByRole('rowheader', { name: REPORT }).waitFor();
  return library(page);
}

describe('the library', () => {
  const b = useBrowser();

  it('keeps a dropped import across a reload, combines it with the report (TTP matched) and exports the view', async () => {
    await b.open();
    const { page } = b;
    // Dropped on the page: the preview sets two bad rows aside; the four good ones open.
    await drag(page, 'acled.csv', readFileSync(ACLED, 'utf8'), ['dragenter', 'dragover', 'drop']);
    const preview = page.getByRole('dialog', { name: 'Import acled.csv' });
    await preview.getByText('Read as an ACLED export: 6 rows read, 4 good, 2 set aside.').waitFor();
    await preview.getByRole('button', { name: 'Import the 4 good rows' }).click();
    await ready(page, 4);
    // It shows first; once kept (after the first paint), the link names it.
    const linked = () => new URL(page.url()).searchParams.get('ds');
    await expect.poll(linked).toMatch(/^acled-[a-z0-9]+$/);
    const id = linked();
    // Its events on the timeline, their notes in the reader.
    await region(page, 'Timeline').locator(`[aria-label^="${CLASH},"]`).first().waitFor();
    await rowHeader(page, CLASH).getByRole('button').click();
    await region(page, 'Source')
      .getByText(/military and police forces clashed with TTP militants near Miran Shah/)
      .first()
      .waitFor();

    // A reload reopens it from the library, and the Library lists it.
    await page.reload();
    await ready(page, 4);
    const dialog = await openLibrary(page);
    const row = dialog
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: TITLE }) });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '',
      'ACLED',
      '4',
      '2022-03-28 – 2025-05-31',
      expect.stringMatching(/^\d+ kB$/),
      expect.stringMatching(/^\d+ \w{3} 20\d\d, \d\d:\d\d$/),
      'OpenRenameDelete',
    ]);
    await b.expectNoAxeViolations();

    // Combine: the open one is selected; add the report.
    await dialog.getByRole('checkbox', { name: `Select ${REPORT} to combine` }).check();
    await dialog.getByRole('button', { name: 'Combine the 2 selected' }).click();
    const match = page.getByRole('dialog', { name: 'Match actors' });
    const ttp = match.getByRole('checkbox', {
      name: `TTP: Tehrik-i-Taliban Pakistan (${TITLE}) is Tehrik-e-Taliban Pakistan (${REPORT})`,
    });
    expect(await ttp.isChecked()).toBe(true);
    // A match the reader knows: ACLED's state forces are the report's Pakistani military
    // (suggested, but near names start unchecked). Two actors of one dataset are refused.
    const military = match.getByRole('checkbox', {
      name: `Military Forces of Pakistan (${TITLE}) is Pakistani military (${REPORT})`,
    });
    expect(await military.isChecked()).toBe(false);
    const rows = await match.getByRole('checkbox').count();
    await match.getByLabel('This actor').selectOption({ label: 'Police Forces of Pakistan' });
    await match.getByLabel('is the same as').selectOption({ label: 'Civilians (Pakistan)' });
    await match.getByRole('button', { name: 'Add the match' }).click();
    await match.getByRole('alert').getByText('Choose actors of two different datasets.').waitFor();
    await match.getByLabel('This actor').selectOption({ label: 'Military Forces of Pakistan' });
    await match.getByLabel('is the same as').selectOption({ label: 'Pakistani military' });
    await match.getByRole('button', { name: 'Add the match' }).click();
    expect(await military.isChecked()).toBe(true);
    expect(await match.getByRole('checkbox').count()).toBe(rows);
    await b.expectNoAxeViolations();
    await match.getByRole('button', { name: 'Combine', exact: true }).click();
    await ready(page, 23);
    expect(new URL(page.url()).searchParams.get('ds')).toBe(`seed,${id}`);
    // Back and forward walk between the views, each reopened from the library.
    await page.goBack();
    await ready(page, 4);
    await page.goForward();
    await ready(page, 23);

    // Filtering by the TTP shows the events of both datasets.
    await page.goto(`${page.url()}&from=..&to=..`);
    await ready(page, 23);
    await region(page, 'Filters')
      .getByRole('treeitem', { name: 'Tehrik-e-Taliban Pakistan', exact: true })
      .check();
    await expect.poll(() => counts(page).textContent()).toMatch(/^7 of 23 events/);
    await rowHeader(page, CLASH).waitFor();
    await rowHeader(page, TALKS).waitFor();
    // Details say which dataset each came from.
    await rowHeader(page, CLASH).getByRole('button').click();
    await region(page, 'Details').getByText(`From the dataset ${TITLE}`).waitFor();
    await region(page, 'Details').getByRole('button', { name: 'Pakistani military' }).waitFor();

    // The link reopens the same view.
    const link = page.url();
    await page.reload();
    await ready(page, 23);
    expect(page.url()).toBe(link);
    await expect.poll(() => counts(page).textContent()).toMatch(/^7 of 23 events/);
    await region(page, 'Details').getByRole('heading', { name: CLASH, level: 3 }).waitFor();

    // The view goes out as CSV and JSON, and both read back: every row names its dataset.
    const csv = await exportAs(page, /as CSV/);
    const exported = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8'), {
      header: true,
    });
    expect(exported.errors).toEqual([]);
    expect(exported.data).toHaveLength(7);
    expect(new Set(exported.data.map((r) => r.dataset))).toEqual(new Set([TITLE, REPORT]));
    expect(exported.data.find((r) => r.title === CLASH)!.quote).toMatch(/near Miran Shah/);
    const json = await exportAs(page, /as Traceline JSON/);
    const back = validateDataset(JSON.parse(json.bytes.toString('utf8')));
    expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(back.dataset!.events.map((e) => e.id).sort()).toEqual(
      exported.data.map((r) => r.id).sort(),
    );
    expect(back.dataset!.combines!.map((p) => p.title)).toEqual([REPORT, TITLE]);
    expect(b.errors).toEqual([]);
  }, 120_000); // one walk through import, reload, combine and reload: longer than most tests

  it('renames and deletes a kept dataset', async () => {
    await b.open();
    const { page } = b;
    await importAcled(page);
    let dialog = await openLibrary(page);
    await dialog.getByRole('button', { name: `Rename ${TITLE}` }).click();
    const input = dialog.getByRole('textbox', { name: `New title for ${TITLE}` });
    await input.fill('Pakistan, spring 2022 (ACLED)');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('rowheader', { name: 'Pakistan, spring 2022 (ACLED)' }).waitFor();
    // The open view takes the new name, and keeps it after a reload.
    await page.locator('.dataset-title').getByText('Pakistan, spring 2022 (ACLED)').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.reload();
    await ready(page, 4);
    await page.locator('.dataset-title').getByText('Pakistan, spring 2022 (ACLED)').waitFor();

    dialog = await openLibrary(page);
    await dialog.getByRole('button', { name: 'Delete Pakistan, spring 2022 (ACLED)' }).click();
    await dialog.getByText('Deleted “Pakistan, spring 2022 (ACLED)”.').waitFor();
    expect(await dialog.getByRole('rowheader').allTextContents()).toEqual([REPORT]);
    // It was open: the report takes its place, and a reload keeps it gone.
    await ready(page, 19);
    await page.reload();
    await ready(page, 19);
    expect(new URL(page.url()).searchParams.get('ds')).toBeNull();
  });

  it('without IndexedDB (private browsing) a file still opens, and the page says it is not kept', async () => {
    const { page } = b;
    await page.addInitScript(() =>
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }),
    );
    await b.open();
    await importAcled(page);
    const unavailable =
      'This browser keeps no local data here (IndexedDB is unavailable, e.g. in private browsing).';
    await page
      .getByText(
        `Could not keep “${TITLE}” in the library: ${unavailable} ${TITLE} is open, but will not be here after a reload.`,
      )
      .waitFor();
    expect(new URL(page.url()).searchParams.get('ds')).toBeNull();
    const dialog = await openLibrary(page);
    expect(await dialog.getByRole('alert').textContent()).toBe(
      `Could not read the library: ${unavailable}`,
    );
    expect(await dialog.getByRole('rowheader').allTextContents()).toEqual([REPORT]);
  });

  it('a full quota leaves nothing half-written, and says how to make room', async () => {
    const { page } = b;
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await b.open();
    await importAcled(page);
    await page
      .getByText(
        `Could not keep “${TITLE}” in the library: the browser's storage for this page is full (quota exceeded). Nothing was written; delete datasets from the Library to make room.`,
        { exact: false },
      )
      .waitFor();
    const dialog = await openLibrary(page);
    expect(await dialog.getByRole('rowheader').allTextContents()).toEqual([REPORT]);
    expect(await dialog.getByRole('alert').count()).toBe(0);
  });

  it('a link to a dataset this browser does not keep opens the report, and says so', async () => {
    await b.open('?ds=acled-zzzz');
    const { page } = b;
    await ready(page, 19);
    await page.getByText("Not opened: “acled-zzzz” is not in this browser's library.").waitFor();
  });
});
