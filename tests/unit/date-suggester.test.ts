import { describe, expect, it } from 'vitest';
import { suggestDates, type DateSuggestion } from '../../src/edit/dates/suggest';
import { validateDataset } from '../../src/model/validate';
import { PHRASES, KNOWN_MISSES, type PhraseRow } from '../fixtures/datePhrases';
import { seed } from './helpers';

const suggest = (row: PhraseRow) =>
  suggestDates({
    text: row.text,
    passage: [0, row.text.length],
    published: row.published,
    for: row.for ?? 'event',
  });
const matches = (row: Pick<PhraseRow, 'edtf' | 'basis'>) => (s: DateSuggestion) =>
  s.edtf === row.edtf && s.basis === row.basis;

describe('the date suggester on its phrase table', () => {
  it.each(PHRASES.map((row) => [row.text, row.published, row.edtf, row] as const))(
    '%s (published %s) → %s',
    (_t, _p, _e, row) => {
      const found = suggest(row);
      expect(found.map((s) => `${s.edtf} ${s.basis}`)).toContain(`${row.edtf} ${row.basis}`);
      const hit = found.find(matches(row))!;
      // The phrase is the text's own words, and the note says how it was read.
      expect(row.text.slice(hit.start, hit.end)).toBe(hit.phrase);
      if (hit.basis === 'resolved') expect(hit.note.length).toBeGreaterThan(10);
    },
  );

  it('still misses the phrases listed as known misses (move them up when it learns them)', () => {
    for (const row of KNOWN_MISSES) expect(suggest(row).some(matches(row))).toBe(false);
  });

  it('does not take "may" the verb or a count of people for a date', () => {
    const text = 'Talks may resume; 2000 soldiers were sent.';
    expect(suggestDates({ text, passage: [0, text.length], published: '2022-06-15' })).toEqual([]);
  });

  it('without a publication date offers only what the words state', () => {
    const text = 'Since 1947 the two have been rivals; last summer they fought.';
    const found = suggestDates({ text, passage: [0, text.length], published: 'unknown' });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((s) => s.basis === 'stated')).toBe(true);
    expect(found.map((s) => s.edtf)).toContain('1947/..');
  });

  it('never throws, whatever the text and passage', () => {
    for (const text of [
      '',
      ' ',
      'since',
      'After the',
      'has been',
      '\n\n',
      'In',
      'until recently',
    ]) {
      expect(() =>
        suggestDates({ text, passage: [0, text.length], published: '2022' }),
      ).not.toThrow();
      expect(() => suggestDates({ text, passage: [5, 2], published: 'x' })).not.toThrow();
    }
  });
});

describe('the date suggester on the seed report: every when.phrase comes out as the dataset has it', () => {
  const ds = validateDataset(seed()).dataset!;
  const { text, published } = ds.sources[0]!;
  const rows = [
    ...ds.events.map((e) => ({ item: e, for: 'event' as const })),
    ...ds.relations.map((r) => ({ item: r, for: 'relation' as const })),
  ].filter((r) => r.item.when?.phrase);

  it('has phrases to test', () => expect(rows.length).toBeGreaterThanOrEqual(14));

  it.each(rows.map((r) => [r.item.id, r] as const))('%s', (_id, { item, for: kind }) => {
    const when = item.when!;
    const ev = item.evidence[0]!;
    const found = suggestDates({
      text,
      passage: [ev.position.start, ev.position.end],
      published: published.edtf,
      for: kind,
    });
    const hit = found.find((s) => s.phrase === when.phrase && s.edtf === when.edtf);
    expect(hit, JSON.stringify(found.map((s) => [s.phrase, s.edtf]))).toBeDefined();
    expect(hit!.basis).toBe(when.basis);
    expect(text.slice(hit!.start, hit!.end)).toBe(when.phrase);
  });
});
