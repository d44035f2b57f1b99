import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatBadRow, importText } from '../../src/io/import';
import { ucdpWhen } from '../../src/io/import/dates';

const result = importText(readFileSync('tests/fixtures/import/ucdp-ged.csv', 'utf8'), {
  file: 'ged.csv',
});
const dataset = result.dataset!;
const event = (id: string) => dataset.events.find((e) => e.id === id)!;
const sourceOf = (id: string) =>
  dataset.sources.find((s) => s.id === event(id).evidence[0]!.source)!;

describe('UCDP GED import', () => {
  it('reads the rows and reports the bad ones by row and column', () => {
    expect(result.format).toBe('ucdp-ged');
    expect(result.rowsRead).toBe(6);
    expect(result.goodRows).toBe(4);
    expect(result.badRows.map(formatBadRow)).toEqual([
      "row 6, date_end: '2022-05-08 00:00:00.000' is before date_start",
      "row 7, date_prec: '9' is not 1–5",
    ]);
  });

  it('keeps date_start/date_end at the precision date_prec gives', () => {
    expect(event('ucdp-445566').when.edtf).toBe('2022-05-03'); // 1: the day
    expect(event('ucdp-445567').when.edtf).toBe('2022-06'); // 4: a known month
    expect(event('ucdp-445568').when.edtf).toBe('2022-07-10/2022-07-14'); // 2: a span
    expect(event('ucdp-445569').when.edtf).toBe('2021'); // 5: a known year
    const d = (y: number, m: number, day: number) => ({ y, m, d: day });
    // A week (3) is the span UCDP gives, not a single day.
    expect(ucdpWhen(d(2022, 5, 2), d(2022, 5, 8), 3)).toBe('2022-05-02/2022-05-08');
    // A month-precise range that is not a whole month stays a range.
    expect(ucdpWhen(d(2022, 5, 20), d(2022, 6, 10), 4)).toBe('2022-05-20/2022-06-10');
  });

  it('makes source_article the passage, titled by the headline, from the office and date', () => {
    const s = sourceOf('ucdp-445566');
    // Two cited articles, each in its own quotes: one per line.
    expect(s.text).toBe(
      'Dawn,2022-05-04,Six soldiers martyred in North Waziristan attack\nExpress Tribune,2022-05-04,Militants attack check post',
    );
    expect(s.title).toBe('Six soldiers martyred in North Waziristan attack');
    expect(s.publisher).toBe('Dawn;Express Tribune');
    expect(s.published.edtf).toBe('2022-05-04');
    expect(event('ucdp-445566').evidence[0]!.quote.exact).toBe(s.text);
    expect(event('ucdp-445566').origin).toMatchObject({ format: 'ucdp-ged', id: '445566' });
  });

  it('keeps free text with a line break and its own quotes', () => {
    const s = sourceOf('ucdp-445567');
    expect(s.text).toBe(
      'Dawn, 2022-07-01: "Tribal elders say\nmilitants killed two villagers in June."',
    );
    expect(s.title).toBe('UCDP GED event 445567');
  });

  it('says so when UCDP has no source (number_of_sources −1): the record stands in', () => {
    const e = event('ucdp-445568');
    const s = sourceOf('ucdp-445568');
    expect(s.text).toMatch(/^No text: UCDP GED holds no source for event 445568/);
    expect(s.record).toEqual({ file: 'ged.csv', rows: [4], format: 'ucdp-ged' });
    expect(e.evidence[0]!.record).toEqual({ file: 'ged.csv', row: 4, column: 'number_of_sources' });
    expect(result.warnings.join()).toMatch(/1 event\(s\) have no source text/);
  });

  it('keeps where_prec as the location precision and UCDP spellings as written', () => {
    expect(event('ucdp-445566').location).toMatchObject({
      precision: 'near',
      name: 'near Miran Shah',
    });
    expect(event('ucdp-445567').location?.precision).toBe('region');
    expect(event('ucdp-445568').location?.precision).toBe('country');
    expect(event('ucdp-445569').location?.precision).toBe('water');
    expect(dataset.actors.map((a) => a.name)).toContain('Taleban');
  });

  it('maps sides to actors, one-sided violence as initiator and target', () => {
    expect(event('ucdp-445567').participants).toEqual([
      { actor: 'ttp', role: 'initiator' },
      { actor: 'civilians', role: 'target' },
    ]);
    const kinds = Object.fromEntries(dataset.actors.map((a) => [a.id, a.kind]));
    expect(kinds).toMatchObject({
      'government-of-pakistan': 'government',
      ttp: 'armed-group',
      civilians: 'social-group',
    });
    expect(event('ucdp-445566').category).toBe('ASSAULT');
    expect(event('ucdp-445567').origin!.codes.type_of_violence).toBe('3');
  });
});
