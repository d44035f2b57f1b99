/**
 * npx tsx scripts/screenshot-combined.ts [--out docs/combined.png] [--dialogs /tmp/prefix]
 *
 * Serves dist/ (build first), imports the ACLED fixture, combines it with the report
 * through the Library and "Match actors" dialogs, filters by the TTP, selects the Miran
 * Shah clash, and saves the combined view (and, with --dialogs, the two dialogs).
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/browser/chromium';
import { serveDist } from '../tests/browser/server';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/combined.png' },
    dialogs: { type: 'string' },
  },
});

const server = await serveDist();
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 1000 },
    timezoneId: 'UTC',
  });
  const ready = (total: number) =>
    page
      .getByText(new RegExp(`\\d+ of ${total} events`))
      .first()
      .waitFor();
  await page.goto(server.url);
  await ready(19);
  await page.getByLabel('Open a dataset').setInputFiles(resolve('tests/fixtures/import/acled.csv'));
  await page.getByRole('button', { name: /^Import the \d+ good rows$/ }).click();
  await ready(4);
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  const library = page.getByRole('dialog', { name: 'Library' });
  await library.getByRole('checkbox', { name: /^Select Pakistan, the Afghan/ }).check();
  if (values.dialogs) await page.screenshot({ path: `${values.dialogs}-library.png` });
  await library.getByRole('button', { name: 'Combine the 2 selected' }).click();
  await page.getByRole('dialog', { name: 'Match actors' }).waitFor();
  if (values.dialogs) await page.screenshot({ path: `${values.dialogs}-match.png` });
  await page.getByRole('button', { name: 'Combine', exact: true }).click();
  await ready(23);
  await page.goto(`${page.url()}&from=2021-07-01&to=2022-06-30&actors=seed-ttp`);
  await ready(23);
  await page
    .getByRole('region', { name: 'Events', exact: true })
    .getByRole('button', { name: /^Armed clash: Military Forces/ })
    .click();
  // The click scrolled the table into view; the timeline and Details are the point.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('*')) if (el.scrollTop > 0) el.scrollTop = 0;
  });
  await page.waitForTimeout(800);
  await page.screenshot({ path: values.out });
  console.log(`wrote ${values.out}`);
} finally {
  await browser.close();
  await server.close();
}
