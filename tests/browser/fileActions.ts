/**
 * What a person does with files in the page, for the browser tests: drop one on the page
 * (a real DataTransfer holding a File, with the drag events a browser fires), and take a
 * download from the Export menu.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Builds a DataTransfer holding the file in the page and fires the drag events on the body. */
export async function drag(page: Page, name: string, text: string, events: string[]) {
  const transfer = await page.evaluateHandle(
    ([name, text]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'text/csv' }));
      return dt;
    },
    [name, text] as const,
  );
  for (const type of events) {
    await page.evaluate(
      ([type, dataTransfer]) =>
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true }),
        ),
      [type, transfer] as const,
    );
  }
}

/** Chooses an Export menu item and returns the downloaded file's name and bytes. */
export async function exportAs(page: Page, item: RegExp) {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}
