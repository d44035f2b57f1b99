/**
 * The TimelineJS spreadsheet (its published template's columns) as slides, so the sheet and
 * the JSON share one adapter. `Type` marks the title row and era rows; `Tag` is accepted for
 * `Group`. Row numbers are the sheet's.
 */
import { byName, type Table } from './table';
import type { Slide } from './timelinejs';

/** Sheet columns by the slide path they fill, so a problem names the sheet's column. */
const COLUMN: Record<string, string> = {
  'start_date.year': 'Year',
  'start_date.month': 'Month',
  'start_date.day': 'Day',
  'end_date.year': 'End Year',
  'end_date.month': 'End Month',
  'end_date.day': 'End Day',
  'text.text': 'Text',
  'text.headline': 'Headline',
};

export const sheetColumn = (path: string) => COLUMN[path] ?? path;

export function sheetSlides(table: Table): {
  slides: Slide[];
  title?: Record<string, unknown>;
  eras: unknown[];
} {
  const slides: Slide[] = [];
  const eras: unknown[] = [];
  let title: Record<string, unknown> | undefined;
  const reader = byName(table.header);
  for (const { row, cells } of table.rows) {
    const get = reader(cells);
    const text = { headline: get('Headline'), text: get('Text') };
    const type = get('Type').toLowerCase();
    if (type === 'title') {
      title = { text };
      continue;
    }
    const value: Record<string, unknown> = {
      start_date: { year: get('Year'), month: get('Month'), day: get('Day') },
      text,
      group: get('Group') || get('Tag'),
      display_date: get('Display Date'),
      media: { url: get('Media'), credit: get('Media Credit'), caption: get('Media Caption') },
    };
    if (get('End Year'))
      value.end_date = { year: get('End Year'), month: get('End Month'), day: get('End Day') };
    if (type === 'era') eras.push(value);
    else slides.push({ row, value });
  }
  return { slides, ...(title ? { title } : {}), eras };
}
