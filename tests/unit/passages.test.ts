/** Cutting a text into paragraphs and segments of evidence (src/query/passages.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cutSegments,
  isFragment,
  joinFragments,
  ownersOf,
  paragraphRanges,
  passageItems,
  passageOrder,
  passageColumns,
  readerParagraphs,
  sourcePassages,
  type PassageItem,
} from '../../src/query/passages';
import type { Dataset } from '../../src/model/schema';
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

  it('shows every quote, verbatim, within the text of its segments (plus joined fragments)', () => {
    const paragraphs = readerParagraphs(source.text, items);
    for (const it of items) {
      const mine = paragraphs.flatMap((p) => p.segments).filter((s) => s.items.includes(it));
      // Contiguous, covering the whole quote.
      mine.forEach((s, k) => k > 0 && expect(s.start).toBe(mine[k - 1]!.end));
      expect(mine[0]!.start).toBeLessThanOrEqual(it.start);
      expect(mine.at(-1)!.end).toBeGreaterThanOrEqual(it.end);
      // What lies beyond the quote is only a joined fragment: no letter or digit here.
      const extra =
        source.text.slice(mine[0]!.start, it.start) + source.text.slice(it.end, mine.at(-1)!.end);
      expect(extra).not.toMatch(/[\p{L}\p{N}]/u);
    }
  });

  it('has no passage segment without a letter or digit (no lone full stop as a button)', () => {
    const segments = readerParagraphs(source.text, items).flatMap((p) => p.segments);
    const bare = segments
      .filter((s) => s.items.length > 0)
      .map((s) => source.text.slice(s.start, s.end))
      .filter((t) => !/[\p{L}\p{N}]/u.test(t));
    expect(bare).toEqual([]);
    // The seed has such slivers before joining: two quotes stop one full stop short.
    const raw = paragraphRanges(source.text).flatMap((p) => cutSegments(items, p.start, p.end));
    expect(
      raw.filter((s) => s.items.length > 0 && isFragment(source.text, s)).length,
    ).toBeGreaterThan(0);
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

describe('passages of a window, found through their order by start (made once per source)', () => {
  const arbItems = fc.array(
    fc.tuple(fc.nat(300), fc.integer({ min: 1, max: 40 })).map(([start, length]) => ({
      start,
      end: start + length,
    })),
    { maxLength: 60 },
  );

  it('orders the passages by start, ties in their given order, and knows the longest', () => {
    fc.assert(
      fc.property(arbItems, (spans) => {
        const items = spans.map((s, k) => item(`p${k}`, s.start, s.end));
        const { byStart, longest } = passageOrder(items);
        expect([...byStart].sort((a, b) => a - b)).toEqual(items.map((_, k) => k));
        for (let k = 1; k < byStart.length; k++) {
          const [a, b] = [items[byStart[k - 1]!]!, items[byStart[k]!]!];
          expect(a.start < b.start || (a.start === b.start && byStart[k - 1]! < byStart[k]!)).toBe(
            true,
          );
        }
        expect(longest).toBe(Math.max(0, ...items.map((i) => i.end - i.start)));
      }),
    );
  });

  it('lists in a window exactly the passages that touch it, however the items are ordered', () => {
    const text = Array.from({ length: 40 }, (_, k) => `word${k} and more.`).join(' ');
    fc.assert(
      fc.property(arbItems, fc.nat(text.length), fc.nat(120), (spans, from, width) => {
        const items = spans.map((s, k) => item(`p${k}`, s.start, s.end));
        const to = Math.min(text.length, from + width);
        const order = passageOrder(items);
        const shown = new Set(
          readerParagraphs(text, items, [from, to], order).flatMap((p) =>
            p.segments.flatMap((s) => s.items),
          ),
        );
        const touching = items.filter(
          (i) => Math.max(i.start, from) < Math.min(i.end, to, text.length),
        );
        expect([...shown].map((i) => i.owner).sort()).toEqual(touching.map((i) => i.owner).sort());
        // The same answer as with the order made afresh.
        expect(readerParagraphs(text, items, [from, to], order)).toEqual(
          readerParagraphs(text, items, [from, to]),
        );
      }),
    );
  });
});

describe('joinFragments', () => {
  const rank = (it: PassageItem) => Number(it.owner.slice(1));
  const join = (text: string, items: PassageItem[]) =>
    joinFragments(text, cutSegments(items, 0, text.length), rank).map((s) => [
      text.slice(s.start, s.end),
      s.items.map((i) => i.owner),
    ]);

  it('joins a lone full stop to the neighbour sharing its passage', () => {
    // p0 quotes "last year", p1 "in August of last year." (one character longer).
    const text = 'Gained in August of last year. Then more.';
    expect(join(text, [item('p0', 20, 29), item('p1', 7, 30)])).toEqual([
      ['Gained ', []],
      ['in August of ', ['p1']],
      ['last year.', ['p0', 'p1']],
      [' Then more.', []],
    ]);
  });

  it('joins a sliver of a word, and chains fragments until none is left', () => {
    const text = 'Pakistani army, police';
    // p0 ends two letters into "army": "ar" is a sliver; p1 covers ", " alone.
    expect(join(text, [item('p0', 0, 12), item('p1', 14, 16), item('p2', 12, 14)])).toEqual([
      ['Pakistani army, ', ['p0', 'p1', 'p2']],
      ['police', []],
    ]);
  });

  it('leaves whole short words and plain text alone', () => {
    const text = 'He said no. Later.';
    expect(join(text, [item('p0', 8, 10)])).toEqual([
      ['He said ', []],
      ['no', ['p0']],
      ['. Later.', []],
    ]);
  });

  it('keeps every passage covering its range, for any passages', () => {
    const text = 'Ab, cd. Ef gh; ij kl. Mn op, qr st. Uv wx. Yz 12 34.';
    const passages = fc.array(
      fc
        .tuple(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 1, max: 12 }))
        .map(([s, len]) => [s, Math.min(text.length, s + len)] as const),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(passages, (ranges) => {
        const items = ranges.map(([s, e], k) => item(`p${k}`, s, e));
        const segments = joinFragments(text, cutSegments(items, 0, text.length), rank);
        segments.forEach((s, k) => k > 0 && expect(s.start).toBe(segments[k - 1]!.end));
        for (const it of items) {
          for (let t = it.start; t < it.end; t++) {
            const seg = segments.find((s) => s.start <= t && t < s.end)!;
            expect(seg.items).toContain(it);
          }
        }
        if (segments.length > 1) {
          for (const s of segments) {
            if (s.items.length) expect(isFragment(text, s)).toBe(false);
          }
        }
      }),
    );
  });
});

describe("a source's passages as columns (sourcePassages)", () => {
  const dataset = validateDataset(seed()).dataset!;
  const source = dataset.sources[0]!;

  it('holds every evidence item quoting each source: events first, then relations, in order', () => {
    // Two sources of the same text: every third evidence item is moved to the second.
    const copy = { ...source, id: 'copy' };
    let k = 0;
    const move = <T extends { evidence: Dataset['events'][number]['evidence'] }>(o: T): T => ({
      ...o,
      evidence: o.evidence.map((ev) => (k++ % 3 === 0 ? { ...ev, source: copy.id } : ev)),
    });
    const two: Dataset = {
      ...dataset,
      sources: [source, copy],
      events: dataset.events.map(move),
      relations: dataset.relations.map(move),
    };
    const columns = passageColumns(two);
    let total = 0;
    for (const src of two.sources) {
      const expected: PassageItem[] = [];
      for (const e of two.events)
        e.evidence.forEach((ev, k) => {
          if (ev.source !== src.id) return;
          const { start, end } = ev.position;
          expected.push({
            owner: e.id,
            kind: 'event',
            evidence: k,
            start,
            end,
            category: e.category,
          });
        });
      for (const r of two.relations)
        r.evidence.forEach((ev, k) => {
          if (ev.source !== src.id) return;
          const { start, end } = ev.position;
          expected.push({ owner: r.id, kind: 'relation', evidence: k, start, end, category: null });
        });
      const passages = sourcePassages(two, src.id, columns);
      expect(passages.length).toBe(expected.length);
      expect(expected.length).toBeGreaterThan(0);
      expect(Array.from({ length: passages.length }, (_, k) => passages.item(k))).toEqual(expected);
      expect(expected.map((_, k) => [passages.start(k), passages.end(k)])).toEqual(
        expected.map((i) => [i.start, i.end]),
      );
      // Made here when not given: the same answer.
      expect(Array.from({ length: passages.length }, (_, k) => passages.item(k))).toEqual(
        passageItems(two, src.id),
      );
      total += expected.length;
    }
    expect(columns.start).toHaveLength(total);
    expect(sourcePassages(two, 'no-such-source', columns).length).toBe(0);
  });

  it('reads every window as the items made at once do', () => {
    const text = source.text;
    const passages = sourcePassages(dataset, source.id);
    const items = passageItems(dataset, source.id);
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(3000), (from, width) => {
        const range = [from, Math.min(text.length, from + width)] as const;
        expect(readerParagraphs(text, passages, range)).toEqual(
          readerParagraphs(text, items, range),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('makes an item only when a window shows it, and the same one each time', () => {
    // Every event's id is counted as it is read: only making an item reads it.
    let reads = 0;
    const counted: Dataset = {
      ...dataset,
      events: dataset.events.map((e) => {
        const copy = { ...e };
        Object.defineProperty(copy, 'id', {
          get: () => {
            reads++;
            return e.id;
          },
        });
        return copy;
      }),
    };
    const passages = sourcePassages(counted, source.id);
    expect(reads).toBe(0);
    const order = passageOrder(passages);
    expect(reads).toBe(0);
    // A window over the first of the events' passages (they come before the relations').
    const ofEvents = dataset.events
      .flatMap((e) => e.evidence)
      .filter((ev) => ev.source === source.id);
    const first = [...order.byStart].find((k) => k < ofEvents.length)!;
    const range = [passages.start(first), passages.end(first)] as const;
    const shown = readerParagraphs(source.text, passages, range, order).flatMap((p) =>
      p.segments.flatMap((s) => s.items),
    );
    const made = new Set(shown.filter((i) => i.kind === 'event'));
    expect(made.size).toBeGreaterThan(0);
    expect(made.size).toBeLessThan(passages.length / 4);
    // One read of an id for each item made, none for the rest.
    expect(reads).toBe(made.size);
    expect(passages.item(first)).toBe(passages.item(first));
  });
});
