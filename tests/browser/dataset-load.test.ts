import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser } from './harness';
import { fixture } from '../unit/helpers';

const tmp = mkdtempSync(join(tmpdir(), 'traceline-load-'));
function writeJson(name: string, json: unknown) {
  const file = join(tmp, name);
  writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json));
  return file;
}

describe('opening a dataset file', () => {
  const b = useBrowser();

  it('shows the problems of an invalid dataset, located, instead of a blank page', async () => {
    const bad = fixture();
    bad.events[0]!.participants[0]!.actor = 'ghosts';
    bad.events[1]!.evidence[0]!.quote.exact = 'words that are nowhere in the report';
    await b.open();
    await b.page.getByLabel('Open a dataset').setInputFiles(writeJson('bad.json', bad));
    const problems = b.page.getByRole('region', { name: /cannot be shown: 2 problems/ });
    await problems.waitFor();
    const items = await problems.getByRole('listitem').allTextContents();
    expect(items).toEqual([
      'error at $.events[0].participants[0].actor: unknown actor "ghosts"',
      'error at $.events[1].evidence[0].quote.exact: the quote "words that are nowhere in the report" is not in the text of "report"',
    ]);
    await b.expectNoAxeViolations();
  });

  it('says when a file is not JSON', async () => {
    await b.open();
    await b.page.getByLabel('Open a dataset').setInputFiles(writeJson('broken.json', '{"format":'));
    await b.page.getByText(/the file is not valid JSON/).waitFor();
  });

  it('shows markup in dataset text as text and never runs it', async () => {
    const d = fixture();
    d.title = '<img src=x onerror="window.__pwned=1">';
    d.events[0]!.title = '<script>window.__pwned=1</script>Shelling';
    d.description = '<b onmouseover="window.__pwned=1">Bold</b> claims';
    await b.open();
    await b.page.getByLabel('Open a dataset').setInputFiles(writeJson('markup.json', d));
    await b.page.getByText('<script>window.__pwned=1</script>Shelling').first().waitFor();
    await b.page.getByText('<img src=x onerror="window.__pwned=1">').first().waitFor();
    // The header's description too.
    await b.page.getByText('<b onmouseover="window.__pwned=1">Bold</b> claims').waitFor();
    expect(await b.page.locator('header b').count()).toBe(0);
    expect(await b.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await b.page.locator('main script, main img[src="x"]').count()).toBe(0);
  });
});
