import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { validateDataset } from '../../src/model/validate';
import type { Dataset, DatasetInput } from '../../src/model/schema';
import { toCsv } from '../../src/io/export/csv';
import { toTimelineJs, type TimelineJsDate } from '../../src/io/export/timelinejs';
import { buildIndex } from '../../src/query/indexes';
import { viewSubset } from '../../src/io/export/subset';
import { combineDatasets } from '../../src/model/combine';
import { fixture, seed } from './helpers';

const valid = (input: DatasetInput): Dataset => validateDataset(input).dataset!;

/** What TimelineJS requires of a date (formats.md): a whole year; month 1–12; a real day. */
function expectTimelineJsDate(d: TimelineJsDate | undefined) {
  expect(d).toBeDefined();
  expect(Number.isInteger(d!.year)).toBe(true);
  if (d!.month !== undefined) expect(d!.month >= 1 && d!.month <= 12).toBe(true);
  if (d!.day !== undefined) {
    expect(d!.month).toBeDefined();
    const last = new Date(Date.UTC(d!.year, d!.month!, 0)).getUTCDate();
    expect(d!.day >= 1 && d!.day <= last).toBe(true);
  }
}

describe('TimelineJS export', () => {
  const { json, skipped } = toTimelineJs(valid(seed()));
  const slide = (id: string) => json.events.find((e) => e.unique_id === id)!;

  it('gives every slide a date TimelineJS can read, a headline and text', () => {
    expect(skipped).toEqual([]);
    expect(json.events).toHaveLength(valid(seed()).events.length);
    for (const e of json.events) {
      expectTimelineJsDate(e.start_date);
      if (e.end_date) expectTimelineJsDate(e.end_date);
      expect(e.text.headline.length).toBeGreaterThan(0);
      expect(e.text.text).toContain('<blockquote>');
    }
    expect(json.title.text.headline).toBe(valid(seed()).title);
  });

  it('keeps the precision of each date: a month is a month, a year a year, a span has an end', () => {
    expect(slide('taliban-take-afghanistan').start_date).toEqual({ year: 2021, month: 8 });
    expect(slide('taliban-take-afghanistan').end_date).toBeUndefined();
    expect(slide('taliban-take-afghanistan').display_date).toBe('August 2021');
    expect(slide('pakistan-created').start_date).toEqual({ year: 1947 });
    expect(slide('cease-fire-talks').end_date).toEqual({ year: 2022, month: 5 });
    expect(slide('khan-rejects-removal').start_date).toEqual({ year: 2022, month: 4 });
    expect(slide('khan-rejects-removal').end_date).toBeUndefined();
    expect(slide('khan-rejects-removal').display_date).toBe('April 2022 onward');
    expect(slide('airstrikes-on-ttp-in-afghanistan').start_date).toEqual({ year: 2021, month: 8 });
    expect(slide('airstrikes-on-ttp-in-afghanistan').end_date).toEqual({ year: 2022, month: 5 });
  });

  it('reads a year as a year, a negative year as one, and an open start as its end', () => {
    const d = fixture();
    d.events[0]!.when = { edtf: '-0044', basis: 'stated' };
    d.events[1]!.when = { edtf: '../2021-08', basis: 'stated' };
    const { json } = toTimelineJs(valid(d));
    expect(json.events[0]!.start_date).toEqual({ year: -44 });
    expect(json.events[1]!.start_date).toEqual({ year: 2021, month: 8 });
    expect(json.events[1]!.display_date).toBe('until August 2021');
  });

  it('groups slides by top-level actor or category, as the lanes do', () => {
    expect(slide('airstrikes-on-ttp-in-afghanistan').group).toBe('Pakistan');
    const byCategory = toTimelineJs(valid(seed()), 'category').json;
    expect(byCategory.events.find((e) => e.unique_id === 'pakistan-created')!.group).toBe(
      'RETREAT',
    );
    expect(toTimelineJs(valid(seed()), 'none').json.events[0]!.group).toBeUndefined();
  });

  it('escapes dataset text, since TimelineJS renders HTML', () => {
    const d = fixture();
    d.events[0]!.title = '<img src=x onerror=alert(1)>';
    d.events[0]!.summary = 'A & B say "no"';
    const { json } = toTimelineJs(valid(d));
    expect(json.events[0]!.text.headline).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(json.events[0]!.text.text).toContain('<p>A &amp; B say &quot;no&quot;</p>');
    expect(json.events[0]!.text.text).not.toContain('<img');
  });
});

describe('CSV export', () => {
  it('writes one row per event with its date, basis, known date, actors, quote, source and offsets', () => {
    const rows = Papa.parse<Record<string, string>>(toCsv(valid(fixture())), { header: true }).data;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      id: 'shelling',
      date: '2022-03',
      date_start: '2022-03-01',
      date_end: '2022-03-31',
      basis: 'resolved',
      phrase: 'in March',
      known_date: '2022-03-14',
      known_citation: 'A newspaper, 15 March 2022',
      title: 'Army shells the village',
      category: 'ASSAULT',
      actors: 'The Army (initiator); The Rebels (target)',
      summary: '',
      quote: 'The army shelled the village in March.',
      source: 'A short report',
      dataset: valid(fixture()).title,
      offsets: '0-38',
      location: '',
    });
    expect(rows[1]!.date_end).toBe('2022-05-31');
  });

  it('names, in a combined view, the dataset each event came from (and so does TimelineJS)', () => {
    const parts = [
      { id: 'seed', title: 'The report', dataset: valid(seed()) },
      { id: 'small', title: 'A small file', dataset: valid(fixture()) },
    ];
    const combined = valid(combineDatasets(parts, []));
    const rows = Papa.parse<Record<string, string>>(toCsv(combined), { header: true }).data;
    const from = new Map(rows.map((r) => [r.id, r.dataset]));
    expect(from.get('small-shelling')).toBe('A small file');
    expect(from.get('seed-cease-fire-talks')).toBe('The report');
    expect(new Set(from.values())).toEqual(new Set(['The report', 'A small file']));

    const slides = toTimelineJs(combined).json.events;
    const slide = slides.find((e) => e.unique_id === 'small-shelling')!;
    expect(slide.text.text).toContain('<p>From the dataset “A small file”.</p>');
    // A single dataset says nothing of the kind: every slide is from it.
    expect(toTimelineJs(valid(fixture())).json.events[0]!.text.text).not.toContain(
      'From the dataset',
    );
  });

  it('prefixes a formula with an apostrophe', () => {
    const d = fixture();
    d.events[0]!.title = '=HYPERLINK("http://evil.example","click")';
    d.events[1]!.title = '@SUM(1+1)';
    const rows = Papa.parse<Record<string, string>>(toCsv(valid(d)), { header: true }).data;
    expect(rows[0]!.title).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[1]!.title).toBe(`'@SUM(1+1)`);
  });
});

describe('the view as a dataset', () => {
  it('keeps the actors (with their parents) and sources the events need, and nothing else', () => {
    const index = buildIndex(valid(seed()));
    const at = index.eventsById.get('former-isi-chief-kabul-talks')!;
    const subset = viewSubset(index, [at], []);
    expect(subset.events.map((e) => e.id)).toEqual(['former-isi-chief-kabul-talks']);
    // Faiz Hameed is under the military, under Pakistan: both are kept with the participants.
    expect(subset.actors.map((a) => a.id)).toEqual([
      'pakistan',
      'pakistan-military',
      'faiz-hameed',
      'afghan-taliban',
      'ttp',
    ]);
    expect(subset.sources.map((s) => s.id)).toEqual(['pakistan-support-for-taliban-failing']);
    expect(subset.relations).toEqual([]);
    expect(validateDataset(subset).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
