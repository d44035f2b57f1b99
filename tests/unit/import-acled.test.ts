import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { badRowsCsv, formatBadRow, importBytes, importText } from '../../src/io/import';
import { foldRegimeYears } from '../../src/io/import/actors';

const bytes = readFileSync('tests/fixtures/import/acled.csv');
const result = importBytes(bytes, { file: 'acled.csv' });
const dataset = result.dataset!;
const event = (id: string) => dataset.events.find((e) => e.id === id)!;
const actor = (id: string) => dataset.actors.find((a) => a.id === id)!;

describe('ACLED import', () => {
  it('reads a file with a BOM, CRLF line ends and a note with a line break inside quotes', () => {
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.includes('\r\n')).toBe(true);
    expect(result.format).toBe('acled');
    expect(result.rowsRead).toBe(6);
    expect(result.goodRows).toBe(4);
    const quote = event('pak1002').evidence[0]!.quote.exact;
    expect(quote).toContain('Bajaur,\ninjuring two soldiers.');
  });

  it('reports each bad row by row (as a spreadsheet counts them) and column', () => {
    expect(result.badRows.map(formatBadRow)).toEqual([
      "row 5, event_date: '31/02/2022' is not a date",
      "row 7, event_type: '=cmd|' /C calc'!A0' is not an ACLED event type",
    ]);
    // Nothing is dropped silently: good rows and bad rows make up every row read.
    expect(result.goodRows + result.badRecords.length).toBe(result.rowsRead);
  });

  it('makes each row’s notes the text of a source, selected by the evidence', () => {
    const e = event('pak1001');
    const source = dataset.sources.find((s) => s.id === e.evidence[0]!.source)!;
    const { start, end } = e.evidence[0]!.position;
    expect(source.text.slice(start, end)).toBe(e.evidence[0]!.quote.exact);
    expect(source.text).toBe(
      'On 28 March 2022, military and police forces clashed with TTP militants near Miran Shah, North Waziristan. Three soldiers were killed.',
    );
    expect(source.title).toBe('ACLED PAK1001: Dawn; Express Tribune');
    expect(source.publisher).toBe('Dawn; Express Tribune');
    expect(source.published.edtf).toBe('2022-04-03'); // the timestamp: ACLED's last edit
    expect(e.origin?.id).toBe('PAK1001');
    expect(result.warnings.join()).toMatch(/2 inline formatting tag/);
  });

  it('keeps the date’s precision: a day, an ACLED week (Saturday to Friday), a month', () => {
    expect(event('pak1001').when.edtf).toBe('2022-03-28');
    // 17 May 2022 is a Tuesday, the middle of the week from Saturday 14 to Friday 20 May.
    expect(event('pak1002').when.edtf).toBe('2022-05-14/2022-05-20');
    // The web export's "16 May 2025", with time_precision 3: the month only.
    expect(event('afg2001').when.edtf).toBe('2025-05');
    expect(event('afg2001').when.note).toMatch(/only the month/);
  });

  it('maps event and sub-event types to PLOVER and keeps the original codes', () => {
    expect(event('pak1001')).toMatchObject({
      category: 'ASSAULT',
      mode: 'firearms',
      acled: { eventType: 'Battles', subEventType: 'Armed clash' },
    });
    expect(event('afg2001').category).toBe('PROTEST');
    expect(event('afg2001').origin!.codes).toMatchObject({
      disorder_type: 'Demostrations', // ACLED's own spelling, kept as written
      iso: '4',
      interaction: '60',
    });
    expect(event('afg2001').origin!.codes).not.toHaveProperty('civilian_targeting');
  });

  it('folds regime years into one actor, keeping each period', () => {
    expect(foldRegimeYears('Military Forces of Pakistan (2022-)')).toEqual({
      base: 'Military Forces of Pakistan',
      period: '2022-',
    });
    const army = actor('military-forces-of-pakistan');
    expect(army.kind).toBe('military');
    expect(army.aliases).toEqual([
      'Military Forces of Pakistan (2018-2022)',
      'Military Forces of Pakistan (2022-)',
    ]);
    expect(army.description).toMatch(/2018-2022, 2022-/);
    expect(event('pak1002').participants).toContainEqual({ actor: army.id, role: 'target' });
  });

  it('gives actors kinds from inter codes, numeric or (2024 on) text labels', () => {
    expect(actor('ttp-tehrik-i-taliban-pakistan').kind).toBe('armed-group');
    expect(actor('protesters-afghanistan').kind).toBe('social-group');
    expect(actor('women-afghanistan').kind).toBe('social-group'); // an associate takes its side's
    expect(actor('police-forces-of-pakistan').kind).toBe('military'); // "State forces"
    expect(actor('civilians-pakistan').kind).toBe('social-group'); // "Civilians"
    expect(event('afg2001').participants.map((p) => p.actor)).toEqual([
      'protesters-afghanistan',
      'women-afghanistan',
      'labor-group-afghanistan',
    ]);
  });

  it('keeps the location’s precision', () => {
    expect(event('pak1001').location).toMatchObject({ precision: 'point', lat: 33.0045 });
    expect(event('pak1002').location?.precision).toBe('near');
    expect(event('afg2001').location?.precision).toBe('region');
  });

  it('writes the bad rows as CSV to fix and import again, formulas neutralised', () => {
    const csv = badRowsCsv(result);
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows[0]!.slice(0, 2)).toEqual(['event_id_cnty', 'event_date']);
    expect(rows[0]!.slice(-2)).toEqual(['import_row', 'import_problems']);
    expect(rows).toHaveLength(3);
    expect(rows[1]!.slice(0, 2)).toEqual(['PAK1003', '31/02/2022']);
    expect(rows[1]!.at(-2)).toBe('5');
    expect(rows[1]!.at(-1)).toBe("row 5, event_date: '31/02/2022' is not a date");
    const type = rows[0]!.indexOf('event_type');
    expect(rows[2]![type]).toBe("'=cmd|' /C calc'!A0");
    // Every cell of the download either starts safely or is neutralised.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('sets aside a row with empty notes: there would be no passage', () => {
    const header = readFileSync('tests/fixtures/import/acled.csv', 'utf8').split('\r\n')[0]!;
    const cols = header.replace(/^\uFEFF/, '').split(',');
    const row = (over: Record<string, string>) => cols.map((c) => over[c] ?? '').join(',');
    const base = {
      event_id_cnty: 'X1',
      event_date: '2023-01-05',
      time_precision: '1',
      event_type: 'Riots',
      sub_event_type: 'Mob violence',
      actor1: 'Rioters (Pakistan)',
      inter1: '5',
      notes: 'On 5 January 2023 a mob attacked a shop.',
    };
    const text = [header, row(base), row({ ...base, event_id_cnty: 'X2', notes: '' })].join('\n');
    const r = importText(text);
    expect(r.goodRows).toBe(1);
    expect(r.badRows.map(formatBadRow)).toEqual([
      "row 3, notes: '' is empty: there is no passage to support the event",
    ]);
    expect(r.dataset!.events[0]!.category).toBe('PROTEST');
  });
});
