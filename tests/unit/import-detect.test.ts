import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import fc from 'fast-check';
import { badRowsCsv, detectFormat, importBytes, importText } from '../../src/io/import';
import { gate } from '../../src/io/import/pipeline';
import { acledWhen, readDay } from '../../src/io/import/dates';
import { acledToPlover, cameoToPlover } from '../../src/io/import/plover';
import type { Mapped } from '../../src/io/import/types';

const read = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const formatOf = (text: string) => {
  const d = detectFormat(text);
  return typeof d === 'string' ? d : d.format;
};

describe('format detection', () => {
  it('tells each format from its content, whatever the file is called', () => {
    expect(formatOf(read('acled.csv'))).toBe('acled');
    expect(formatOf(read('ucdp-ged.csv'))).toBe('ucdp-ged');
    expect(formatOf(read('20220329061500.export.CSV'))).toBe('gdelt');
    expect(formatOf(read('timeline.json'))).toBe('timelinejs-json');
    expect(formatOf(read('timeline-sheet.csv'))).toBe('timelinejs-csv');
    expect(formatOf(readFileSync('tests/fixtures/minimal.json', 'utf8'))).toBe('traceline');
    // A dataset that lost its format line is still a dataset, for the validator to explain.
    expect(formatOf('{"id": "x", "sources": [], "events": []}')).toBe('traceline');
  });

  it('reads an ACLED export saved as tab-separated text too', () => {
    const tsv = Papa.unparse(Papa.parse<string[]>(read('acled.csv').slice(1)).data, {
      delimiter: '\t',
    });
    const r = importText(tsv);
    expect(r.format).toBe('acled');
    expect(r.goodRows).toBe(4);
  });

  it('says why when nothing fits', () => {
    expect(detectFormat('')).toBe('the file is empty');
    expect(detectFormat('a,b,c\n1,2,3')).toMatch(/the format is not recognised/);
    expect(detectFormat('{"events": 3}')).toMatch(/neither a Traceline dataset/);
    expect(detectFormat('{"events": [')).toMatch(/not valid JSON/);
    expect(detectFormat('{"events": [{"id": "x"}]}')).toMatch(/neither a Traceline dataset/);
    const r = importText('name,date\nx,2020');
    expect(r).toMatchObject({ format: null, dataset: null, rowsRead: 0 });
    expect(r.warnings[0]).toMatch(/not recognised/);
  });
});

describe('the pipeline', () => {
  it('opens a Traceline dataset through the same validator', () => {
    const r = importBytes(readFileSync('tests/fixtures/minimal.json'));
    expect(r.format).toBe('traceline');
    expect(r.dataset?.events.length).toBe(r.rowsRead);
    expect(r.badRows).toEqual([]);
  });

  it('names undecodable files instead of guessing', () => {
    const r = importBytes(new Uint8Array([0x00, 0x00, 0xfe, 0xff, 0, 0, 0, 0x61]));
    expect(r.dataset).toBeNull();
    expect(r.warnings[0]).toMatch(/UTF-32/);
  });

  it('traces what the validator refuses back to its rows, and keeps the rest', () => {
    const acled = importText(read('acled.csv'));
    const good = acled.dataset!;
    const [a, b] = good.events;
    const broken = structuredClone(b!);
    broken.evidence[0]!.quote.exact = 'words that are not in the note';
    const mapped: Mapped = {
      events: [a!, broken],
      rowsOf: [[2], [3]],
      sources: good.sources,
      actors: good.actors,
      badRows: [],
      warnings: [],
      rowsRead: 2,
      title: 't',
      header: ['c'],
      cells: (row) => [`cell ${row}`],
      columnOf: { evidence: 'notes' },
    };
    const r = gate(mapped, 'acled', 'f.csv');
    expect(r.dataset!.events.map((e) => e.id)).toEqual([a!.id]);
    expect(r.goodRows).toBe(1);
    expect(r.badRows).toEqual([
      {
        row: 3,
        column: 'notes',
        value: '',
        message: expect.stringMatching(
          /the quote "words that are not in the note" is not in the text/,
        ),
      },
    ]);
    // Only the sources and actors the good events use are kept.
    expect(r.dataset!.sources).toHaveLength(1);
    expect(r.badRecords).toEqual([{ row: 3, cells: ['cell 3'] }]);
  });

  it('never throws and never leaves a formula-like cell in the bad-rows CSV', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { maxLength: 4 }),
        (cells) => {
          const header = read('acled.csv').split('\r\n')[0]!;
          const text = [header, ...cells.map((r) => Papa.unparse([r]))].join('\n');
          const r = importText(text);
          const csv = badRowsCsv(r);
          for (const row of Papa.parse<string[]>(csv).data) {
            for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          }
          expect(r.goodRows + r.badRecords.length).toBe(r.rowsRead);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('dates and crosswalks', () => {
  it('reads the day formats real files use, and refuses days that do not exist', () => {
    expect(readDay('2022-03-28')).toEqual({ y: 2022, m: 3, d: 28 });
    expect(readDay('16 May 2025')).toEqual({ y: 2025, m: 5, d: 16 });
    expect(readDay('16-May-25')).toEqual({ y: 2025, m: 5, d: 16 });
    expect(readDay('2022-05-03 00:00:00.000')).toEqual({ y: 2022, m: 5, d: 3 });
    expect(readDay('20220328')).toEqual({ y: 2022, m: 3, d: 28 });
    expect(readDay('31/02/2022')).toBeNull();
    expect(readDay('2022-02-29')).toBeNull();
    expect(readDay('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
  });

  it('puts an ACLED week-precision date in its Saturday-to-Friday week', () => {
    const day = { y: 2022, m: 5, d: 14 }; // a Saturday
    expect(acledWhen(day, 2)).toBe('2022-05-14/2022-05-20');
    expect(acledWhen({ y: 2022, m: 5, d: 20 }, 2)).toBe('2022-05-14/2022-05-20'); // Friday
    expect(acledWhen({ y: 2021, m: 12, d: 30 }, 2)).toBe('2021-12-25/2021-12-31');
    expect(acledWhen(day, 4)).toBeNull();
  });

  it('maps CAMEO codes through the published crosswalk, exceptions by prefix', () => {
    expect(cameoToPlover('010')).toBeNull();
    expect(cameoToPlover('0256')?.category).toBe('REQUEST');
    expect(cameoToPlover('0841')).toEqual({ category: 'RETREAT', mode: 'release' });
    expect(cameoToPlover('083')?.category).toBe('CONCEDE');
    expect(cameoToPlover('163')?.category).toBe('COERCE');
    expect(cameoToPlover('1712')?.category).toBe('ASSAULT');
    expect(cameoToPlover('192')?.category).toBe('COERCE');
    expect(cameoToPlover('204')?.category).toBe('ASSAULT');
    expect(cameoToPlover('abc')).toBeNull();
  });

  it('maps every ACLED sub-event type formats.md lists', () => {
    const types: Record<string, string[]> = {
      Battles: [
        'Armed clash',
        'Government regains territory',
        'Non-state actor overtakes territory',
      ],
      'Explosions/Remote violence': [
        'Air/drone strike',
        'Suicide bomb',
        'Shelling/artillery/missile attack',
        'Remote explosive/landmine/IED',
        'Grenade',
      ],
      'Violence against civilians': ['Attack', 'Abduction/forced disappearance', 'Sexual violence'],
      Protests: [
        'Peaceful protest',
        'Protest with intervention',
        'Excessive force against protesters',
      ],
      Riots: ['Violent demonstration', 'Mob violence'],
      'Strategic developments': [
        'Agreement',
        'Arrests',
        'Change to group/activity',
        'Disrupted weapons use',
        'Headquarters or base established',
        'Looting/property destruction',
        'Non-violent transfer of territory',
        'Other',
      ],
    };
    for (const [type, subs] of Object.entries(types)) {
      for (const sub of subs) expect(acledToPlover(type, sub), `${type} / ${sub}`).not.toBeNull();
      expect(acledToPlover(type, '')).not.toBeNull();
    }
    expect(acledToPlover('Air/drone strike', '')).toBeNull();
  });
});
