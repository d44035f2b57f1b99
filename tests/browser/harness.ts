/**
 * Shared set-up for browser tests: one Chromium per test file, a fresh page per test,
 * the app opened at a query string, and axe for accessibility checks.
 */
import { afterAll, beforeAll, beforeEach, afterEach, expect, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium } from './chromium';

export interface Harness {
  page: Page;
  /** Opens the app at `query` (e.g. "?actors=ttp") and waits for the explorer to be ready. */
  open(query?: string, opts?: { waitReady?: boolean }): Promise<void>;
  /** Runs axe on the page and fails with the list of violations, if any. */
  expectNoAxeViolations(): Promise<void>;
  /** Errors the page logged or threw; a test may assert there are none. */
  errors: string[];
}

export function useBrowser(viewport = { width: 1440, height: 900 }): Harness {
  let browser: Browser;
  let context: BrowserContext;
  const harness = { errors: [] as string[] } as unknown as Harness;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport, timezoneId: 'UTC', locale: 'en-GB' });
    const page = await context.newPage();
    harness.errors = [];
    page.on('pageerror', (e) => harness.errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') harness.errors.push(m.text());
    });
    harness.page = page;
  });
  afterEach(async () => {
    await context?.close();
  });

  harness.open = async (query = '', opts = {}) => {
    await harness.page.goto(new URL(query, inject('appUrl')).href);
    if (opts.waitReady !== false) {
      await harness.page
        .getByText(/\d+ of \d+ events/)
        .first()
        .waitFor();
    }
  };
  harness.expectNoAxeViolations = async () => {
    const results = await new AxeBuilder({ page: harness.page }).analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
    );
    expect(summary).toEqual([]);
  };
  return harness;
}
