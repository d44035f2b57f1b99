import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTextIndex, markContaining, wordsOf } from '../../src/query/textIndex';
import { buildIndex, searchTexts } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents } from '../../src/query/filter';
import { generateDataset } from '../../scripts/synthetic';
import type { Dataset } from '../../src/model/schema';

const marked = (texts: string[], spellings: string[]) => {
  const into = new Uint8Array(texts.length);
  markContaining(buildTextIndex(texts), spellings, into);
  return [...into.keys()].filter((i) => into[i] === 1);
};

// Texts from a small alphabet with every kind of whitespace, so words repeat and overlap.
const text = fc
  .array(fc.constantFrom('a', 'b', 'ab', 'ba', 'c', '’', ' ', '\n', '\t', '\u00a0', '\u2003'), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));
const word = fc
  .array(fc.constantFrom('a', 'b', 'c', '’'), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(''));

describe('the text index', () => {
  it('finds exactly the texts a scan finds, for any word without whitespace', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 20 }), word, (texts, w) => {
        const scan = texts.flatMap((t, i) => (t.includes(w) ? [i] : []));
        expect(marked(texts, [w])).toEqual(scan);
      }),
    );
  });

  it('lists each word once, with each event once however often it uses the word', () => {
    const ix = buildTextIndex(['war war peace', 'peace', '', 'war']);
    expect(wordsOf(ix)).toEqual(['war', 'peace']);
    const eventsOf = (w: string) => {
      const k = wordsOf(ix).indexOf(w);
      return [...ix.events.subarray(ix.starts[k], ix.starts[k + 1])];
    };
    expect(eventsOf('war')).toEqual([0, 3]);
    expect(eventsOf('peace')).toEqual([0, 1]);
  });

  it('marks an event when any spelling matches (straight or curly quotes)', () => {
    expect(marked(['the taliban’s leader', "the taliban's men", 'no'], ['taliban’s'])).toEqual([0]);
    expect(
      marked(['the taliban’s leader', "the taliban's men", 'no'], ["taliban's", 'taliban’s']),
    ).toEqual([0, 1]);
  });
});

describe('the text filter through the index', () => {
  const dataset = generateDataset({ events: 400, actors: 30, seed: 7 }) as Dataset;
  const index = buildIndex(dataset);
  const texts = searchTexts(dataset);
  // The rule as the filter states it: every search word occurs in the event's search text.
  const scan = (query: string) => {
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    return [...index.byTime].filter((i) => terms.every((t) => texts[i]!.includes(t)));
  };

  it.each(['attacked', 'Northern attacked', 'ack', 'guard 1', 'zzz', 'of  the', 'e'])(
    'gives the scan’s events for %j',
    (query) => {
      const got = [...filterEvents(index, { ...EMPTY_FILTERS, text: query })];
      expect(got).toEqual(scan(query));
      if (query === 'zzz') expect(got).toEqual([]);
      if (query === 'attacked') expect(got.length).toBeGreaterThan(0);
    },
  );
});
