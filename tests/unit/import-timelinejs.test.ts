import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatBadRow, importText } from '../../src/io/import';
import { timelineDate } from '../../src/io/import/dates';
import { htmlToText } from '../../src/io/import/html';

const json = importText(readFileSync('tests/fixtures/import/timeline.json', 'utf8'), {
  file: 'timeline.json',
  today: '2026-11-29',
});
const dataset = json.dataset!;
const event = (id: string) => dataset.events.find((e) => e.id === id)!;
const passage = (id: string) => {
  const ev = event(id).evidence[0]!;
  const text = dataset.sources.find((s) => s.id === ev.source)!.text;
  return text.slice(ev.position.start, ev.position.end);
};

describe('TimelineJS date parts', () => {
  it('is as precise as its parts: strings, empty parts, zero padding, negative years', () => {
    expect(timelineDate({ year: '1963', month: '', day: '' })).toBe('1963');
    expect(timelineDate({ year: '2022', month: '05' })).toBe('2022-05');
    expect(timelineDate({ year: '2022', month: '5', day: '03' })).toBe('2022-05-03');
    expect(timelineDate({ year: -44, month: 3, day: 15 })).toBe('-0044-03-15');
    expect(timelineDate({ year: '-500' })).toBe('-0500');
    expect(timelineDate({ year: '-300000' })).toBe('Y-300000');
    expect(timelineDate({ year: 33 })).toBe('0033');
    expect(timelineDate({ year: '2022', month: '13' })).toEqual(['month', 'is not 1–12']);
    expect(timelineDate({ year: '2021', month: '02', day: '29' })).toEqual([
      'day',
      'is not a day of that month',
    ]);
    expect(timelineDate({ year: '' })).toEqual([
      'year',
      'is missing (a TimelineJS date needs a year)',
    ]);
    expect(timelineDate({ year: '2020', day: '4' })).toEqual(['day', 'is given without a month']);
    expect(timelineDate({ year: '19x3' })).toEqual(['year', 'is not a whole number']);
  });
});

describe('HTML to plain text', () => {
  it('drops tags, keeps links as visible addresses, decodes entities', () => {
    expect(
      htmlToText('<p>See <a href="https://x.org/a?b=1&amp;c=2">the report</a>.</p><p>Next</p>'),
    ).toBe('See the report (https://x.org/a?b=1&c=2).\nNext');
    expect(htmlToText('<a href="https://x.org">https://x.org</a>')).toBe('https://x.org');
    expect(htmlToText('<a href="javascript:alert(1)">click</a>')).toBe('click');
    expect(htmlToText('<script>alert(1)</script>a &lt;b&gt; &#233;&#x263A;')).toBe('a <b> é☺');
    expect(htmlToText('<img src=x onerror="alert(1)">')).toBe('');
  });
});

describe('TimelineJS JSON import', () => {
  it('reads slides in file order and reports the bad ones', () => {
    expect(json.format).toBe('timelinejs-json');
    expect(json.rowsRead).toBe(6);
    expect(json.goodRows).toBe(4);
    expect(json.badRows.map(formatBadRow)).toEqual([
      "row 5, start_date.month: '13' is not 1–12",
      "row 6, start_date.year: '' is missing: a slide needs a start date",
    ]);
    expect(dataset.events.map((e) => e.when.edtf)).toEqual([
      '2022-05-03',
      '1963',
      '-0044-03-15',
      '2021-07/2021-09',
    ]);
  });

  it('makes the slide text the passage, as plain text with links kept visible', () => {
    expect(passage('talks-resume')).toBe(
      'Talks resumed in Kabul, reports say (https://example.org/talks).\nSecond paragraph.',
    );
    expect(event('talks-resume').title).toBe('Talks resume');
    expect(passage('slide-3')).toBe('Caesar is killed. click');
    expect(dataset.title).toBe('Pakistan & the TTP');
    expect(dataset.description).toBe('A newsroom timeline.');
    // Raw HTML in media.url is never kept.
    expect(JSON.stringify(dataset)).not.toContain('<blockquote');
  });

  it('keeps display_date as the date’s phrase', () => {
    expect(event('talks-resume').when).toMatchObject({
      edtf: '2022-05-03',
      basis: 'stated',
      phrase: 'Early May 2022',
    });
    expect(event('slide-2').when.phrase).toBeUndefined();
  });

  it('turns each group into a lane (an actor), ungrouped slides into one more', () => {
    const laneOf = (id: string) => event(id).participants[0]!.actor;
    expect(laneOf('talks-resume')).toBe('talks');
    expect(laneOf('slide-4')).toBe('talks');
    expect(laneOf('slide-2')).toBe('background');
    expect(laneOf('slide-3')).toBe('ungrouped');
    expect(dataset.actors.find((a) => a.id === 'talks')?.description).toMatch(/TimelineJS group/);
  });

  it('says what it could not keep: categories, unknown keys, eras', () => {
    expect(json.warnings).toEqual([
      'TimelineJS slides have no category: all 4 are marked CONSULT as a stand-in',
      'unknown slide fields were ignored: sticker',
      '1 era(s) are spans, not events, and were not imported',
    ]);
    expect(event('talks-resume').origin).toMatchObject({
      format: 'timelinejs',
      id: 'talks-resume',
    });
  });
});

describe('TimelineJS spreadsheet import', () => {
  const sheet = importText(readFileSync('tests/fixtures/import/timeline-sheet.csv', 'utf8'), {
    file: 'sheet.csv',
    today: '2026-11-29',
  });

  it('reads the template’s columns, with Tag for Group and the title and era rows', () => {
    expect(sheet.format).toBe('timelinejs-csv');
    expect(sheet.dataset!.title).toBe('Sheet timeline');
    expect(sheet.dataset!.events.map((e) => [e.when.edtf, e.participants[0]!.actor])).toEqual([
      ['1947', 'politics'],
      ['2001-09-07', 'military'],
    ]);
    expect(sheet.dataset!.events[1]!.when.phrase).toBe('Early September 2001');
    expect(sheet.badRows.map(formatBadRow)).toEqual([
      "row 6, Day: '30' is not a day of that month",
    ]);
    expect(sheet.badRecords[0]!.cells.slice(0, 3)).toEqual(['2001', '02', '30']);
  });
});
