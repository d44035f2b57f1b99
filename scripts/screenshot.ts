/**
 * npm run screenshot -- [--query "?actors=ttp"] [--out docs/app.png] [--width 1440] [--height 900]
 *   [--full] [--selector "[aria-label=Timeline]"] [--open tests/fixtures/import/acled.csv]
 *
 * Builds nothing: serves dist/ (run `npm run build` first) and saves a PNG of the page,
 * so that anyone can look at what a view really shows. --open opens a file with "Open a
 * dataset" first, and waits for what it brings (a dataset, its problems or an import preview).
 */
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/browser/chromium';
import { serveDist } from '../tests/browser/server';

const { values } = parseArgs({
  options: {
    query: { type: 'string', default: '' },
    out: { type: 'string', default: 'screenshot.png' },
    width: { type: 'string', default: '1440' },
    height: { type: 'string', default: '900' },
    full: { type: 'boolean', default: false },
    selector: { type: 'string' },
    open: { type: 'string' },
  },
});

const server = await serveDist();
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: Number(values.width), height: Number(values.height) },
    timezoneId: 'UTC',
  });
  await page.goto(new URL(values.query, server.url).href);
  await page
    .getByText(/\d+ of \d+ events|cannot be shown/)
    .first()
    .waitFor();
  if (values.open) {
    await page.getByLabel('Open a dataset').setInputFiles(values.open);
    await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 120_000 });
  }
  await page.waitForTimeout(500);
  const target = values.selector ? page.locator(values.selector).first() : page;
  await target.screenshot({ path: values.out, fullPage: values.full });
  console.log(`wrote ${values.out}`);
} finally {
  await browser.close();
  await server.close();
}
