/**
 * The workbench journey (issue #11): paste a short report, select a sentence with the
 * keyboard, make an event with two actors and the suggested date, add a second passage as
 * evidence, undo and redo, reload and find the work, export, and validate the export with
 * `npm run validate`. Also: an HTML file is read as text only.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';

const REPORT = [
  'Islamabad, 12 March 2023.',
  'The Pakistan Army launched airstrikes on TTP hideouts in North Waziristan on Tuesday.',
  'The TTP said it would answer the strikes.',
  'Talks between the two sides had collapsed in November 2022.',
].join(' ');

const bar = (page: Page) => page.getByRole('region', { name: 'Workbench' });
const form = (page: Page, name: string) => page.getByRole('dialog', { name });
const text = (page: Page) => page.getByRole('region', { name: /^Report text/ });

async function newReport(page: Page) {
  await page.getByRole('button', { name: 'Workbench', exact: true }).click();
  await page.getByRole('button', { name: 'New from a report' }).click();
  const dialog = form(page, 'New dataset from a report');
  await dialog.getByLabel('Title').fill('Strikes in North Waziristan');
  await dialog.getByLabel(/^Published/).fill('2023-03-12');
  await dialog.getByText('12 March 2023', { exact: true }).waitFor();
  await dialog.getByLabel('Text', { exact: true }).fill(REPORT);
  await dialog.getByRole('button', { name: 'Start' }).click();
  await bar(page).getByText('Saved in this browser').waitFor();
}

/** The events table's row header for an event, by title. */
const eventRow = (page: Page, name: RegExp | string) =>
  page.getByRole('region', { name: 'Events' }).getByRole('rowheader', { name });

/** The History summary's count. */
const historyCount = async (page: Page) =>
  Number(
    /\((\d+)\)/.exec(
      (await bar(page)
        .getByText(/^History/)
        .textContent()) ?? '',
    )?.[1],
  );

describe('the workbench', () => {
  const b = useBrowser();

  it('turns a pasted report into a dataset that survives a reload and exports valid JSON', async () => {
    await b.open();
    const { page } = b;
    await newReport(page);
    await page.getByText('0 of 0 events').first().waitFor();

    // A name from the text becomes an actor with one click.
    await bar(page)
      .getByText(/^Names in the text/)
      .click();
    await bar(page).getByRole('button', { name: 'Add TTP' }).click();
    await bar(page).getByText('Added the actor TTP.').waitFor();

    // The keyboard selects sentences: ↓ the first, ↓ the next; Enter opens "New event".
    await text(page).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const selectionBar = page.getByRole('toolbar', { name: 'Selected words' });
    await selectionBar.getByText(/Selected: “The Pakistan Army launched airstrikes/).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.getSelection()?.toString()))
      .toBe(
        'The Pakistan Army launched airstrikes on TTP hideouts in North Waziristan on Tuesday.',
      );
    await page.keyboard.press('Enter');

    const event = form(page, 'New event');
    await event.waitFor();
    // Filled from the words: the title, the category, the TTP (named in them), a date.
    expect(await event.getByLabel('Title').inputValue()).toBe(
      'The Pakistan Army launched airstrikes on TTP hideouts in North Waziristan on Tuesday',
    );
    expect(await event.getByLabel('Category (PLOVER)').inputValue()).toBe('ASSAULT');
    expect(await event.getByLabel('Actor 1').inputValue()).toBe('ttp');
    const suggested = await event.getByLabel('Date (EDTF)', { exact: true }).inputValue();
    expect(suggested).toBe('2023-03-07');
    await event.getByRole('radio', { checked: true }).first().waitFor();

    // A second actor, new, made in the form.
    await event.getByText('New actor').click();
    await event.getByLabel('Name', { exact: true }).fill('Pakistan Army');
    await event.getByLabel('Kind').selectOption('military');
    await event.getByRole('button', { name: 'Add actor' }).click();
    await event.getByLabel('Role of TTP').selectOption('target');
    await event.getByLabel('Role of Pakistan Army (new)').selectOption('initiator');
    await b.expectNoAxeViolations();
    await event.getByRole('button', { name: 'Save event' }).click();
    await event.waitFor({ state: 'detached' });
    await page.getByText('1 of 1 events').first().waitFor();
    expect(await historyCount(page)).toBe(2);

    // The next sentence, as more evidence for it.
    await text(page).focus();
    await page.keyboard.press('ArrowDown');
    await selectionBar.getByText('Selected: “The TTP said it would answer the strikes.”').waitFor();
    await selectionBar.getByRole('button', { name: 'Add as evidence to…' }).click();
    const evidence = form(page, 'Add as evidence');
    expect(await evidence.getByLabel('Evidence for').inputValue()).toBe(
      'the-pakistan-army-launched-airstrikes-on-ttp',
    );
    await evidence.getByRole('button', { name: 'Add evidence' }).click();
    await evidence.waitFor({ state: 'detached' });
    expect(await historyCount(page)).toBe(3);

    // Undo (Ctrl+Z) and redo (the button): the passage goes and comes back.
    const passages = page.locator('.reader-text mark.passage');
    await expect.poll(() => passages.count()).toBe(2);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => passages.count()).toBe(1);
    expect(await historyCount(page)).toBe(2);
    await bar(page).getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => passages.count()).toBe(2);
    await bar(page).getByText('Saved in this browser').waitFor();
    await b.expectNoAxeViolations();

    // A reload finds the work, its history and its passages.
    await page.reload();
    await bar(page).getByText('Saved in this browser').waitFor();
    await page.getByText('1 of 1 events').first().waitFor();
    expect(await historyCount(page)).toBe(3);
    await expect.poll(() => passages.count()).toBe(2);

    // The Library lists the draft, to resume it from a link that does not name it.
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    const library = page.getByRole('dialog', { name: 'Library' });
    await library
      .getByRole('region', { name: 'Drafts in the workbench' })
      .getByRole('button', { name: 'Resume Strikes in North Waziristan' })
      .waitFor();
    await page.keyboard.press('Escape');
    await library.waitFor({ state: 'detached' });

    // A relation from the last sentence: Home selects the first sentence, ↓ moves on.
    await text(page).focus();
    await page.keyboard.press('Home');
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowDown');
    await selectionBar.getByText(/Selected: “Talks between the two sides/).waitFor();
    await selectionBar.getByRole('button', { name: 'New relation' }).click();
    const relation = form(page, 'New relation');
    await relation.getByLabel('Kind of relation').selectOption('opposes');
    await relation.getByLabel('From', { exact: true }).selectOption('ttp');
    await relation.getByLabel('To', { exact: true }).selectOption('pakistan-army');
    await relation.getByLabel('Title').fill('The TTP and the army stop talking');
    await relation.getByRole('button', { name: 'Save relation' }).click();
    await relation.waitFor({ state: 'detached' });
    await page.getByText('1 of 1 events · 1 relations').first().waitFor();

    // Exported, and checked by the command-line validator.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      bar(page).getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'traceline-wb-')), download.suggestedFilename());
    await download.saveAs(file);
    const run = spawnSync('npx', ['tsx', 'scripts/validate.ts', file], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    });
    expect(run.stdout + run.stderr).toMatch(/0 error\(s\)/);
    expect(run.status).toBe(0);
    const dataset = JSON.parse(
      (await import('node:fs')).readFileSync(file, 'utf8'),
    ) as import('../../src/model/schema').Dataset;
    const [made] = dataset.events;
    expect(made!.when.edtf).toBe(suggested);
    expect(made!.participants).toEqual([
      { actor: 'ttp', role: 'target' },
      { actor: 'pakistan-army', role: 'initiator' },
    ]);
    expect(made!.evidence.map((e) => e.quote.exact)).toEqual([
      'The Pakistan Army launched airstrikes on TTP hideouts in North Waziristan on Tuesday.',
      'The TTP said it would answer the strikes.',
    ]);
    expect(dataset.relations.map((r) => [r.kind, r.from, r.to, r.when?.edtf])).toEqual([
      ['opposes', 'ttp', 'pakistan-army', '2022-11'],
    ]);
    // The selected event can be deleted, and the deletion undone.
    await eventRow(page, /^The Pakistan Army launched airstrikes/).click();
    await bar(page)
      .getByRole('button', { name: /^Delete “The Pakistan Army launched airstrikes/ })
      .click();
    await page.getByText('0 of 0 events').first().waitFor();
    await bar(page).getByRole('button', { name: 'Undo' }).click();
    await page.getByText('1 of 1 events').first().waitFor();

    // And edited: the form comes back with its fields; a new title is one more command.
    await eventRow(page, /^The Pakistan Army launched airstrikes/).click();
    await bar(page)
      .getByRole('button', { name: /^Edit “The Pakistan Army launched airstrikes/ })
      .click();
    const edit = page.getByRole('dialog', { name: /^Edit the event/ });
    expect(await edit.getByLabel('Date (EDTF)', { exact: true }).inputValue()).toBe(suggested);
    expect(await edit.getByLabel('Role of Pakistan Army').inputValue()).toBe('initiator');
    await edit.getByLabel('Title').fill('Army airstrikes on TTP hideouts');
    // Its second passage is let go; the first stays.
    await edit.getByRole('checkbox', { name: /^Keep “The TTP said it would answer/ }).uncheck();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await eventRow(page, 'Army airstrikes on TTP hideouts').waitFor();
    await bar(page)
      .getByText(/^History/)
      .click();
    await bar(page).getByText('Change event “Army airstrikes on TTP hideouts”').waitFor();
    // Three passages were marked (two for the event, one for the relation); two are left.
    await expect.poll(() => passages.count()).toBe(2);
    expect(b.errors).toEqual([]);
  });

  it('reads an HTML file as its text only', async () => {
    await b.open();
    const { page } = b;
    await page.getByRole('button', { name: 'Workbench', exact: true }).click();
    await page.getByRole('button', { name: 'New from a report' }).click();
    const dialog = form(page, 'New dataset from a report');
    const html = join(mkdtempSync(join(tmpdir(), 'traceline-wb-')), 'report.html');
    writeFileSync(
      html,
      '<!doctype html><html><head><title>A hostile page</title><script>window.hacked=1</script></head>' +
        '<body><h1>A hostile page</h1><p>First <b>paragraph</b><img src=x onerror="window.hacked=2">.</p><p>Second.</p></body></html>',
    );
    await dialog.getByLabel('Open a .txt, .md or .html file').setInputFiles(html);
    await dialog.getByText(/^Read report\.html as HTML/).waitFor();
    expect(await dialog.getByLabel('Title').inputValue()).toBe('A hostile page');
    const body = await dialog.getByLabel('Text', { exact: true }).inputValue();
    expect(body).toContain('First paragraph.\n\nSecond.');
    expect(body).not.toMatch(/[<>]/);
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
    // A start without a date says what is missing, where.
    await dialog.getByRole('button', { name: 'Start' }).click();
    await dialog
      .getByRole('alert')
      .getByText(/^Published: /)
      .waitFor();
  });
});
