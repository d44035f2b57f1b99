/**
 * Hostile and unlucky input in the browser: switching datasets in every direction keeps
 * every view alive; links with Object.prototype names, repeated keys and broken escapes
 * give notices (also through back/forward); warnings are shown; the problem page's shell
 * command is quoted.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { generateDataset } from '../../scripts/synthetic';

const tmp = mkdtempSync(join(tmpdir(), 'traceline-hostile-'));
const SEED = 'data/pakistan-taliban/dataset.json';
const MINIMAL = 'tests/fixtures/minimal.json';
const SYNTHETIC = join(tmp, 'synthetic.json');
writeFileSync(SYNTHETIC, JSON.stringify(generateDataset({ events: 3000, actors: 60, seed: 3 })));
const idOf = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { id: string }).id;

const REGIONS = ['Timeline', 'Actor graph', 'Source', 'Details', 'Filters', 'Events'];

/** Every view is on the page and none shows its error box. */
async function expectAlive(page: Page, datasetId: string) {
  await page.locator(`section[aria-label="Timeline"][data-dataset="${datasetId}"]`).waitFor();
  for (const name of REGIONS) {
    await page.getByRole('region', { name, exact: true }).first().waitFor();
  }
  expect(await page.getByText(/Something went wrong/).count()).toBe(0);
}

/** Leaves state in the views that a new dataset must not trip over: a sort and a selection. */
async function stirUp(page: Page) {
  const table = page.getByRole('region', { name: 'Events', exact: true });
  await table.getByRole('columnheader', { name: /Event/ }).getByRole('button').click();
  const first = table.getByRole('rowheader').first().getByRole('button');
  if ((await first.count()) > 0) await first.click();
}

describe('switching datasets', () => {
  const b = useBrowser();

  it('keeps every view alive, between the seed, the minimal fixture and a synthetic dataset, both ways', async () => {
    await b.open();
    const open = (file: string) => b.page.getByLabel('Open a dataset').setInputFiles(file);
    // Every ordered pair: seed→minimal→synthetic→seed→synthetic→minimal→seed.
    for (const file of [MINIMAL, SYNTHETIC, SEED, SYNTHETIC, MINIMAL, SEED]) {
      await stirUp(b.page);
      await open(file);
      await expectAlive(b.page, idOf(file));
    }
    expect(b.errors).toEqual([]);
  });

  it('shows the warnings a dataset loads with in a dismissible notice', async () => {
    await b.open();
    await b.page
      .getByLabel('Open a dataset')
      .setInputFiles('tests/fixtures/bad/drifted-offsets.json');
    await expectAlive(b.page, 'minimal');
    const notice = b.page.locator('.notice').filter({ hasText: 'loaded with 1 warning' });
    await notice.waitFor();
    expect(await notice.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(
        /^warning: \$\.events\[0\]\.evidence\[0\]\.position: position 1–39 .* found at 0–38/,
      ),
    ]);
    await notice.getByRole('button', { name: /^Dismiss/ }).click();
    expect(await notice.count()).toBe(0);
  });

  it('quotes the file name in the shell command it suggests', async () => {
    await b.open();
    const file = join(tmp, 'report$(touch pwned).json');
    writeFileSync(file, readFileSync('tests/fixtures/bad/feb-29-non-leap.json'));
    await b.page.getByLabel('Open a dataset').setInputFiles(file);
    await b.page.getByText(/cannot be shown/).waitFor();
    await b.page.getByText("npm run validate -- 'report$(touch pwned).json'").waitFor();
    await b.page.getByText(/"2021-02-29" is not a real day/).waitFor();
  });
});

describe('hostile links', () => {
  const b = useBrowser();

  it('Object.prototype names, repeated keys and broken escapes give a notice, never a blank page', async () => {
    await b.open('?constructor=1&__proto__=1&toString=x&actors=ttp&actors=isi&q=%E0%A4%A');
    const notice = b.page.locator('.notice');
    await notice.waitFor();
    const text = (await notice.textContent())!;
    for (const part of [
      '"constructor"',
      '"__proto__"',
      '"toString"',
      'repeated link parameter "actors"',
      'broken % escape',
    ]) {
      expect(text).toContain(part);
    }
    expect(await b.page.getByRole('searchbox', { name: 'Search events' }).inputValue()).toBe('');
    expect(b.errors).toEqual([]);
  });

  it('back and forward to such a link reports it too', async () => {
    await b.open();
    await b.page.evaluate(() => {
      history.pushState(null, '', '?valueOf=1&hasOwnProperty=x');
      history.pushState(null, '', '?sel=');
      history.back();
    });
    await b.page.locator('.notice').filter({ hasText: '"hasOwnProperty"' }).waitFor();
    await expectAlive(b.page, 'pakistan-taliban');
    expect(b.errors).toEqual([]);
  });
});
