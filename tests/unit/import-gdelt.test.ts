import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatBadRow, importBytes } from '../../src/io/import';
import { validateDataset } from '../../src/model/validate';

const file = '20220329061500.export.CSV';
const result = importBytes(readFileSync(`tests/fixtures/import/${file}`), { file });
const dataset = result.dataset!;
const event = (id: string) => dataset.events.find((e) => e.id === id)!;

describe('GDELT import', () => {
  it('reads a headerless, tab-separated file named .CSV, commas inside place names', () => {
    expect(result.format).toBe('gdelt');
    expect(result.rowsRead).toBe(8);
    expect(event('gdelt-1001').location).toMatchObject({
      name: 'Miran Shah, North-West Frontier, Pakistan',
      precision: 'point',
    });
  });

  it('groups near-duplicate rows of one article, day and code into one event', () => {
    const e = event('gdelt-1001');
    expect(dataset.events.some((x) => x.id === 'gdelt-1002')).toBe(false);
    expect(e.evidence.map((ev) => ev.record)).toEqual([
      { file, row: 1, column: 'SOURCEURL' },
      { file, row: 2, column: 'SOURCEURL' },
    ]);
    expect(e.origin?.id).toBe('1001 1002');
    expect(e.participants).toEqual([
      { actor: 'pakistan-mil', role: 'initiator' },
      { actor: 'tehrik-i-taliban-reb', role: 'target' },
      { actor: 'pakistan', role: 'initiator' },
    ]);
    expect(result.goodRows).toBe(5);
    expect(dataset.events).toHaveLength(4);
    expect(result.warnings.join()).toMatch(/1 near-duplicate row/);
  });

  it('makes the article a record source: no text, the address, the file and rows', () => {
    const e = event('gdelt-1001');
    const s = dataset.sources.find((x) => x.id === e.evidence[0]!.source)!;
    expect(s.url).toBe('https://www.dawn.com/news/1682000');
    expect(s.publisher).toBe('dawn.com');
    expect(s.published.edtf).toBe('2022-03-29');
    expect(s.record).toEqual({ file, rows: [1, 2, 3], format: 'gdelt' });
    expect(s.text.startsWith('No text: the event was coded by GDELT from this article.')).toBe(
      true,
    );
    const { start, end } = e.evidence[0]!.position;
    expect(s.text.slice(start, end)).toBe(s.url);
  });

  it('the validator refuses record evidence that points outside its source', () => {
    const copy = structuredClone(dataset);
    copy.events[0]!.evidence[0]!.record = { file, row: 99, column: 'SOURCEURL' };
    const { problems } = validateDataset(copy);
    expect(problems.map((p) => p.message)).toContain(
      `the evidence points at row 99, which source "${copy.events[0]!.evidence[0]!.source}" does not hold`,
    );
  });

  it('refuses record evidence that cites a text source', () => {
    const copy = structuredClone(dataset);
    const text = { ...copy.sources[0]!, id: 'plain' };
    delete text.record;
    copy.sources.push(text);
    copy.events[0]!.evidence[0]!.source = 'plain';
    const { problems } = validateDataset(copy);
    expect(problems.map((p) => p.message)).toContain(
      'the evidence points at a record, but source "plain" is a text',
    );
  });

  it('keeps CAMEO codes as strings and maps them to PLOVER', () => {
    expect(event('gdelt-1001')).toMatchObject({
      category: 'ASSAULT',
      when: { edtf: '2022-03-28' },
    });
    expect(event('gdelt-1003').origin!.codes).toMatchObject({
      EventCode: '0256',
      EventBaseCode: '025',
      EventRootCode: '02',
    });
    expect(event('gdelt-1003').category).toBe('REQUEST');
    // SQLDATE is the day as reported, which can be a year before the file.
    expect(event('gdelt-1004')).toMatchObject({ category: 'ACCUSE', when: { edtf: '2021-03-29' } });
    expect(event('gdelt-1005')).toMatchObject({ category: 'COERCE', mode: 'arrest' });
  });

  it('keeps names cut at GDELT’s fixed length and FIPS place codes out of ISO fields', () => {
    expect(dataset.actors.map((a) => a.name)).toContain('EXTERNAL AFFAIRS MINIST (GOV)');
    const uk = event('gdelt-1004').location!;
    expect(uk).toMatchObject({ name: 'United Kingdom', precision: 'country' });
    expect(uk.country).toBeUndefined(); // FIPS UK is not ISO; the code is kept in origin
    expect(event('gdelt-1004').origin!.codes.ActionGeo_CountryCode).toBe('UK');
  });

  it('leaves out the place when Geo_Type is 0', () => {
    expect(event('gdelt-1005').location).toBeUndefined();
  });

  it('sets aside CAMEO 01, refused links and short rows, each with its reason', () => {
    expect(result.badRows.map(formatBadRow)).toEqual([
      "row 6, EventCode: '010' is CAMEO 01 (Make public statement), which has no PLOVER category",
      "row 7, SOURCEURL: 'javascript:alert(1)' is not an http or https link",
      'row 8: the row has 60 fields; a GDELT 2.0 event row has 61',
    ]);
    expect(result.header).toHaveLength(61);
    expect(result.badRecords.map((r) => r.row)).toEqual([6, 7, 8]);
  });
});
