/** Cutting a text into paragraphs and segments of evidence (src/query/passages.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cutSegments,
  ownersOf,
  paragraphRanges,
  passageItems,
  readerParagraphs,
  type PassageItem,
} from '../../src/query/passages';
import { validateDataset } from '../../src/model/validate';
import { seed } from './helpers';

const item = (owner: string, start: number, end: number, evidence = 0): PassageItem => ({
  owner,
  kind: 'event',
  evidence,
  start,
  end,
  category: 'ASSAULT',
});
const cut = (items: PassageItem[], from: number, to: number) =>
  cutSegments(items, from, to).map((s) => [s.start, s.end, s.items.map((i) => i.owner)]);

describe('paragraphRanges', () => {
  it('splits on blank lines and trims each paragraph', () => {
    const text = 'One.\nStill one.\n\n  Two.  \n \t\nThree.\n\n\n';
    const ranges = paragraphRanges(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual([
      'One.\nStill one.',
      'Two.',
      'Three.',
    ]);
    expect(paragraphRanges('')).toEqual([]);
    expect(paragraphRanges('\n\n \n')).toEqual([]);
  });
});

describe('cutSegments', () => {
  it('leaves a text without passages as one plain segment', () => {
    expect(cut([], 0, 10)).toEqual([[0, 10, []]]);
    expect(cut([], 5, 5)).toEqual([]);
  });

  it('cuts overlapping passages at every boundary', () => {
    // a: [2, 8), b: [5, 12), c: [5, 8) shares both of b's and a's edges.
    expect(cut([item('a', 2, 8), item('b', 5, 12), item('c', 5, 8)], 0, 15)).toEqual([
      [0, 2, []],
      [2, 5, ['a']],
      [5, 8, ['a', 'b', 'c']],
      [8, 12, ['b']],
      [12, 15, []],
    ]);
  });

  it('keeps identical and nested passages apart, in the order given', () => {
    expect(cut([item('outer', 0, 10), item('x', 3, 5), item('y', 3, 5)], 0, 10)).toEqual([
      [0, 3, ['outer']],
      [3, 5, ['outer', 'x', 'y']],
      [5, 10, ['outer']],
    ]);
  });

  it('clips passages to the range and ignores empty ones', () => {
    expect(cut([item('a', 0, 20), item('empty', 4, 4), item('away', 30, 40)], 5, 10)).toEqual([
      [5, 10, ['a']],
    ]);
  });

  it('covers the range exactly, and each passage is exactly the union of its segments', () => {
    const passages = fc.array(
      fc
        .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }))
        .map(([s, len]) => [s, s + len] as const),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(passages, fc.integer({ min: 0, max: 30 }), (ranges, from) => {
        const items = ranges.map(([s, e], k) => item(`p${k}`, s, e));
        const to = from + 40;
        const segments = cutSegments(items, from, to);
        // Contiguous, non-empty, from `from` to `to`.
        expect(segments[0]!.start).toBe(from);
        expect(segments.at(-1)!.end).toBe(to);
        segments.forEach((s, k) => {
          expect(s.end).toBeGreaterThan(s.start);
          if (k > 0) expect(s.start).toBe(segments[k - 1]!.end);
        });
        // Every passage is covered exactly where it lies within the range: none lost.
        items.forEach((it) => {
          for (let t = from; t < to; t++) {
            const seg = segments.find((s) => s.start <= t && t < s.end)!;
            expect(seg.items.includes(it)).toBe(it.start <= t && t < it.end);
          }
        });
      }),
    );
  });
});

describe('the seed report in the reader', () => {
  const dataset = validateDataset(seed()).dataset!;
  const source = dataset.sources[0]!;
  const items = passageItems(dataset, source.id);

  it('collects the evidence of every event and relation', () => {
    const evidence =
      dataset.events.reduce((n, e) => n + e.evidence.length, 0) +
      dataset.relations.reduce((n, r) => n + r.evidence.length, 0);
    expect(items).toHaveLength(evidence);
    expect(items.filter((i) => i.kind === 'relation').every((i) => i.category === null)).toBe(true);
  });

  it('shows every quote, verbatim, as the text of its segments', () => {
    const paragraphs = readerParagraphs(source.text, items);
    for (const it of items) {
      const text = paragraphs
        .flatMap((p) => p.segments)
        .filter((s) => s.items.includes(it))
        .map((s) => source.text.slice(s.start, s.end))
        .join('');
      expect(text).toBe(source.text.slice(it.start, it.end));
    }
  });

  it('finds passages shared by several events', () => {
    const segments = readerParagraphs(source.text, items).flatMap((p) => p.segments);
    const shared = segments.filter((s) => ownersOf(s.items).length > 1);
    expect(shared.length).toBeGreaterThan(0);
    // The cease-fire request and the talks quote the same sentence.
    expect(
      shared.some(
        (s) =>
          ownersOf(s.items).includes('cease-fire-mediation-sought') &&
          ownersOf(s.items).includes('cease-fire-talks'),
      ),
    ).toBe(true);
  });
});

describe('reading a window of a long text', () => {
  it('models only the window, with the same segments as the whole text has there', () => {
    const text = 'Aaa bbb ccc.\n\nDdd eee fff.\n\nGgg hhh iii.';
    const items = [item('x', 4, 20), item('y', 15, 18), item('z', 30, 33)];
    const whole = readerParagraphs(text, items);
    const part = readerParagraphs(text, items, [10, 29]);
    expect(part.map((p) => [p.start, p.end])).toEqual([
      [10, 12],
      [14, 26],
      [28, 29],
    ]);
    const seg = (ps: typeof whole) =>
      ps.flatMap((p) => p.segments).filter((s) => s.start >= 14 && s.end <= 26);
    expect(seg(part)).toEqual(seg(whole));
    expect(part[2]!.segments).toEqual([{ start: 28, end: 29, items: [] }]);
  });
});
