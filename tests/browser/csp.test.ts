/**
 * The page's Content-Security-Policy: it is in the built page, it forbids eval, and
 * exercising every view (and every export, and a canvas-sized dataset) violates it nowhere.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { generateDataset } from '../../scripts/synthetic';

const tmp = mkdtempSync(join(tmpdir(), 'traceline-csp-'));
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Collects every securitypolicyviolation the page reports, from before any script runs. */
async function listen(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('the Content-Security-Policy', () => {
  const b = useBrowser();

  it('is strict in the built page and refuses inline scripts', async () => {
    await listen(b.page);
    await b.open();
    const policy = await b.page.evaluate(
      () =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '',
    );
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("worker-src 'self'");
    // Inline styles are allowed (the figure export inlines computed styles); scripts never.
    const scriptSrc = /script-src [^;]*/.exec(policy)![0];
    expect(scriptSrc).toBe("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    // An injected inline script is refused, and the refusal is reported.
    await b.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = 1';
      document.head.append(script);
    });
    expect(await b.page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
    expect(await violations(b.page)).toEqual([
      expect.stringMatching(/^script-src-elem blocked inline/),
    ]);
  });

  it('sees no violation while every view is exercised', async () => {
    await listen(b.page);
    await b.open();
    const page = b.page;
    // Filters: a word, an actor, a category, then clear.
    const filters = region(page, 'Filters');
    await filters.getByRole('searchbox', { name: 'Search events' }).fill('talks');
    await filters.getByRole('treeitem', { name: 'Tehrik-e-Taliban Pakistan', exact: true }).check();
    await filters.getByRole('button', { name: 'Clear all filters' }).click();
    // Table: sort, select; details and the reader follow.
    const table = region(page, 'Events');
    await table.getByRole('columnheader', { name: /Event/ }).getByRole('button').click();
    await table.getByRole('rowheader').first().getByRole('button').click();
    await region(page, 'Details').getByRole('heading', { level: 3 }).first().waitFor();
    const reader = region(page, 'Source');
    await reader.getByRole('button', { name: 'Next passage' }).click();
    // Timeline: zoom, show all, hover a mark.
    const timeline = region(page, 'Timeline');
    await timeline.getByRole('button', { name: 'Zoom in' }).click();
    await timeline.getByRole('button', { name: 'Show all' }).click();
    await timeline.getByRole('combobox', { name: 'Lanes' }).selectOption('category');
    // Graph: hover and click an actor, open the ties as text.
    const graph = region(page, 'Actor graph');
    const node = graph.getByRole('button', { name: /^Pakistan, state, \d+ events/ });
    await node.hover();
    await node.click();
    await graph.getByText('Ties as text').click();
    // Every export (files, SVG and PNG figures drawn through images and canvases).
    await page.getByRole('button', { name: 'Export' }).click();
    const items = await page.getByRole('menuitem').allTextContents();
    await page.keyboard.press('Escape');
    for (const item of items) {
      await page.getByRole('button', { name: 'Export' }).click();
      await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: item, exact: true }).click(),
      ]);
    }
    await timeline.getByRole('combobox', { name: 'Lanes' }).selectOption('actor');
    // A dataset big enough for the canvas timeline and the graph's worker layout.
    const big = join(tmp, 'big.json');
    writeFileSync(big, JSON.stringify(generateDataset({ events: 10000, actors: 100, seed: 1 })));
    await page.getByLabel('Open a dataset').setInputFiles(big);
    await page.locator('section.timeline[data-dataset="synthetic-10000-100-1"]').waitFor();
    await page.locator('section.timeline[data-mode="canvas"]').waitFor();
    await expect.poll(() => graph.getAttribute('aria-busy'), { timeout: 30000 }).toBe('false');
    expect(await violations(page)).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
