import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  evidenceFor,
  extendBySentence,
  sentenceAt,
  sentences,
  tidySelection,
} from '../../src/edit/selection';
import { anchorQuote } from '../../src/model/anchor';
import { validateDataset } from '../../src/model/validate';
import { seed } from './helpers';

const TEXT =
  'The minister said: “We will not retreat.” 🇵🇰 Crowds gathered 👍🏽 in Lahore.\n' +
  'Next day, the army’s spokesman\r\nreplied — briefly.\n\nIt rained.';

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('selectors made from a selection', () => {
  it('quotes exactly the selected words around curly quotes', () => {
    const start = TEXT.indexOf('“We');
    const end = TEXT.indexOf('”') + 1;
    const ev = evidenceFor(TEXT, 'src', start, end)!;
    expect(ev.quote.exact).toBe('“We will not retreat.”');
    expect(ev.position).toEqual({ type: 'TextPositionSelector', start, end });
    expect(ev.quote.prefix).toBe('The minister said: ');
    expect(ev.quote.suffix).toBe(' 🇵🇰 Crowds gathered 👍🏽 in Lahore.'.slice(0, 32));
  });

  it('never cuts an emoji (a surrogate pair) in the quote or its context', () => {
    const flag = TEXT.indexOf('🇵🇰');
    // A selection ending between the two halves of 🇵 takes the whole character.
    const ev = evidenceFor(TEXT, 'src', flag - 3, flag + 1)!;
    expect(ev.quote.exact).toBe('.” 🇵');
    expect(ev.position.end).toBe(flag + 2);
    // Starting in the middle of a pair moves the start back to the pair's first half.
    const thumb = TEXT.indexOf('👍');
    expect(evidenceFor(TEXT, 'src', thumb + 1, thumb + 4)!.position.start).toBe(thumb);
  });

  it('keeps offsets exact across line breaks, CRLF included, and trims them at the ends', () => {
    const start = TEXT.indexOf('Lahore');
    const end = TEXT.indexOf('replied') + 'replied'.length;
    const ev = evidenceFor(TEXT, 'src', start - 1, end + 1)!;
    expect(ev.quote.exact).toBe('Lahore.\nNext day, the army’s spokesman\r\nreplied');
    expect(TEXT.slice(ev.position.start, ev.position.end)).toBe(ev.quote.exact);
    expect(evidenceFor(TEXT, 'src', TEXT.indexOf('\n\n'), TEXT.indexOf('\n\n') + 2)).toBeNull();
  });

  it('for any text and range: the position selects the quote, the anchor is exact, no lone surrogates', () => {
    const textArb = fc.string({
      unit: fc.constantFrom('a', ' ', '\n', '“', '”', '’', '🇵', '👍🏽', 'é', '.', 'Z'),
      minLength: 1,
      maxLength: 80,
    });
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, x, y) => {
        const ev = evidenceFor(text, 's', x % (text.length + 1), y % (text.length + 1));
        if (!ev) return;
        const { start, end } = ev.position;
        expect(text.slice(start, end)).toBe(ev.quote.exact);
        expect(ev.quote.exact).toBe(ev.quote.exact.trim());
        for (const part of [ev.quote.exact, ev.quote.prefix ?? '', ev.quote.suffix ?? '']) {
          expect(part).not.toMatch(loneSurrogate);
        }
        expect(anchorQuote(text, { ...ev.quote, start, end }).status).toBe('ok');
        expect(text.slice(0, start).endsWith(ev.quote.prefix ?? '')).toBe(true);
        expect(text.slice(end).startsWith(ev.quote.suffix ?? '')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('makes the same selectors the seed dataset has, from the seed’s positions', () => {
    const ds = validateDataset(seed()).dataset!;
    const text = ds.sources[0]!.text;
    for (const item of [...ds.events, ...ds.relations]) {
      for (const ev of item.evidence) {
        const made = evidenceFor(text, ev.source, ev.position.start, ev.position.end);
        expect(made?.quote.exact).toBe(ev.quote.exact);
        expect(made?.position).toEqual(ev.position);
        expect(made?.quote.prefix).toBe(ev.quote.prefix);
        expect(made?.quote.suffix).toBe(ev.quote.suffix);
      }
    }
  });
});

describe('moving a selection by sentences (the keyboard way to select)', () => {
  const text = 'Pakistan had long supported the Taliban. It failed! “Why?” he asked.\nA new line';

  it('finds the sentence around an offset', () => {
    const at = text.indexOf('failed');
    expect(text.slice(...sentenceAt(text, at))).toBe('It failed!');
    expect(text.slice(...sentenceAt(text, 3))).toBe('Pakistan had long supported the Taliban.');
    expect(text.slice(...sentenceAt(text, text.indexOf('Why')))).toBe('“Why?” he asked.');
    expect(text.slice(...sentenceAt(text, text.length - 1))).toBe('A new line');
  });

  it('extends a selection to the next or the previous sentence', () => {
    const first = sentenceAt(text, 0);
    const two = extendBySentence(text, ...first, 1);
    expect(text.slice(...two)).toBe('Pakistan had long supported the Taliban. It failed!');
    const back = extendBySentence(text, ...sentenceAt(text, text.indexOf('failed')), -1);
    expect(back).toEqual(two);
    const last = sentenceAt(text, text.length - 1);
    expect(extendBySentence(text, ...last, 1)).toEqual(last);
  });

  it('lists the sentences in order', () => {
    expect(sentences(text).map((r) => text.slice(...r))).toEqual([
      'Pakistan had long supported the Taliban.',
      'It failed!',
      '“Why?” he asked.',
      'A new line',
    ]);
  });

  it('trims a selection of white space only to nothing', () => {
    expect(tidySelection('a  \n b', 1, 5)).toBeNull();
  });
});
