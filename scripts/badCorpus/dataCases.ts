/** Faults in evidence, text and links. */
import type { Case, Fixture } from './types';
import { E, W, A } from './make';

const ev0 = '$.events[0]';
const pos0 = `${ev0}.evidence[0].position`;
const EMOJI = ' Smile 🙂 end.';
/** Appends text holding an emoji and points event 0's evidence at [start, end) of it. */
const emojiEvidence = (d: Fixture, from: number, to: number) => {
  const base = d.sources[0].text.length;
  d.sources[0].text += EMOJI;
  const exact = d.sources[0].text.slice(base + from, base + to);
  d.events[0].evidence[0] = {
    source: 'report',
    quote: { type: 'TextQuoteSelector', exact },
    position: { type: 'TextPositionSelector', start: base + from, end: base + to },
  };
};

export const DATA_CASES: Case[] = [
  // Evidence.
  W(
    'drifted-offsets',
    'offsets one character off',
    pos0,
    (d) => Object.assign(d.events[0].evidence[0].position, { start: 1, end: 39 }),
    'found at 0–38',
  ),
  W(
    'reversed-offsets',
    'start after end',
    pos0,
    (d) => Object.assign(d.events[0].evidence[0].position, { start: 38, end: 0 }),
    'found at 0–38',
  ),
  W(
    'offsets-beyond-text',
    'offsets past the end of the text',
    pos0,
    (d) => Object.assign(d.events[0].evidence[0].position, { start: 500, end: 538 }),
    'found at 0–38',
  ),
  W(
    'tie-occurrences',
    'a drifted quote found twice, equally well',
    '$.events[1].evidence[0].position',
    (d) => {
      const e = d.events[1].evidence[0];
      e.quote = { type: 'TextQuoteSelector', exact: 'rebels met' };
      e.position.start = 0;
      e.position.end = 10;
    },
    'fit equally well',
  ),
  W(
    'best-of-occurrences',
    'a drifted quote found again by its context',
    '$.events[1].evidence[0].position',
    (d) => Object.assign(d.events[1].evidence[0].position, { start: 0, end: 14 }),
    'found at 46–60',
  ),
  A(
    'prefix-mismatch-position-ok',
    'a wrong prefix while the position selects the quote',
    (d) => (d.events[0].evidence[0].quote.prefix = 'nothing like this'),
  ),
  E(
    'quote-missing',
    'a quote that is not in the text',
    `${ev0}.evidence[0].quote.exact`,
    (d) => (d.events[0].evidence[0].quote.exact = 'words that are nowhere in the report'),
    'is not in the text',
  ),
  E(
    'quote-typo',
    'a quote with one typo',
    `${ev0}.evidence[0].quote.exact`,
    (d) => (d.events[0].evidence[0].quote.exact = 'The army shelld the village in March.'),
    'closest passage',
  ),
  E(
    'quote-empty',
    'an empty quote',
    `${ev0}.evidence[0].quote.exact`,
    (d) => (d.events[0].evidence[0].quote.exact = ''),
  ),
  E(
    'quote-type',
    'a wrong selector type',
    `${ev0}.evidence[0].quote.type`,
    (d) => (d.events[0].evidence[0].quote.type = 'TextQuote'),
  ),
  E(
    'position-type-missing',
    'a position without its type',
    `${pos0}.type`,
    (d) => delete d.events[0].evidence[0].position.type,
  ),
  E(
    'offset-negative',
    'a negative offset',
    `${pos0}.start`,
    (d) => (d.events[0].evidence[0].position.start = -1),
  ),
  E(
    'offset-fraction',
    'a fractional offset',
    `${pos0}.end`,
    (d) => (d.events[0].evidence[0].position.end = 37.5),
  ),
  E(
    'offset-string',
    'an offset written as a string',
    `${pos0}.start`,
    (d) => (d.events[0].evidence[0].position.start = '0'),
  ),
  E(
    'split-pair-start',
    'a passage starting inside an emoji',
    pos0,
    (d) => emojiEvidence(d, 8, 14),
    'splits a character',
  ),
  E(
    'split-pair-end',
    'a passage ending inside an emoji',
    pos0,
    (d) => emojiEvidence(d, 1, 8),
    'splits a character',
  ),
  A('emoji-whole', 'a passage holding a whole emoji', (d) => emojiEvidence(d, 7, 9)),
  E(
    'split-pair-moved',
    'a drifted quote of half an emoji',
    `${ev0}.evidence[0].quote`,
    (d) => {
      emojiEvidence(d, 7, 8);
      d.events[0].evidence[0].position.start -= 2;
      d.events[0].evidence[0].position.end -= 2;
    },
    'splits a character',
  ),
  E(
    'evidence-unknown-source',
    'evidence from an unknown source',
    `${ev0}.evidence[0].source`,
    (d) => (d.events[0].evidence[0].source = 'elsewhere'),
    'unknown source',
  ),
  E(
    'evidence-empty',
    'an event without evidence',
    `${ev0}.evidence`,
    (d) => (d.events[0].evidence = []),
  ),
  E(
    'evidence-missing-position',
    'evidence without a position (misspelt "postion")',
    `${ev0}.evidence[0].position`,
    (d) => {
      const e = d.events[0].evidence[0];
      e.postion = e.position;
      delete e.position;
    },
  ),
  // Text.
  E(
    'text-not-nfc',
    'a source text not in NFC',
    '$.sources[0].text',
    (d) => (d.sources[0].text += ' Cafe\u0301.'),
    'NFC',
  ),
  E('text-empty', 'an empty source text', '$.sources[0].text', (d) => (d.sources[0].text = '')),
  W(
    'fffd-summary',
    'U+FFFD in a summary',
    `${ev0}.summary`,
    (d) => (d.events[0].summary = 'Shells fell on the village \uFFFD twice.'),
    'U+FFFD',
  ),
  W(
    'fffd-text',
    'U+FFFD in the source text',
    '$.sources[0].text',
    (d) => (d.sources[0].text += ' Caf\uFFFD.'),
    'U+FFFD',
  ),
  W(
    'fffd-actor-name',
    'U+FFFD in an actor name',
    '$.actors[0].name',
    (d) => (d.actors[0].name = 'The St\uFFFDte'),
    'U+FFFD',
  ),
  A(
    'control-title',
    'terminal control characters in the title',
    (d) => (d.title = 'Report\u001b]0;pwned\u0007\u001b[2J'),
  ),
  A('nul-title', 'a NUL character in the title', (d) => (d.title = 'Report\u0000title')),
  A(
    'bidi-title',
    'a right-to-left override in the title',
    (d) => (d.title = 'Report \u202Egnp.exe'),
  ),
  A('markup-title', 'HTML markup in titles', (d) => {
    d.title = '<img src=x onerror="window.__pwned=1">';
    d.events[0].title = '<script>window.__pwned=1</script>Shelling';
  }),
  A(
    'huge-summary',
    'a summary of 200,000 characters',
    (d) => (d.events[0].summary = 'The shelling went on. '.repeat(9091)),
  ),
  // Links.
  E(
    'url-javascript',
    'a javascript: link',
    '$.sources[0].url',
    (d) => (d.sources[0].url = 'javascript:alert(document.domain)'),
    'only http and https',
  ),
  E(
    'url-data',
    'a data: link',
    '$.sources[0].url',
    (d) => (d.sources[0].url = 'data:text/html,<script>alert(1)</script>'),
    'only http and https',
  ),
  E(
    'url-file',
    'a file: link',
    '$.sources[0].url',
    (d) => (d.sources[0].url = 'file:///etc/passwd'),
    'only http and https',
  ),
  E(
    'url-vbscript',
    'a vbscript: link',
    '$.sources[0].url',
    (d) => (d.sources[0].url = 'vbscript:msgbox(1)'),
  ),
  E(
    'url-not-url',
    'a link that is not a URL',
    '$.sources[0].url',
    (d) => (d.sources[0].url = 'see the website'),
  ),
  A('url-https', 'an https link', (d) => (d.sources[0].url = 'https://example.org/report?id=1')),
];
