/** Faults in a dataset's content: shape, references, dates, evidence, links, text. */
import type { Case, Fixture } from './types';

type Edit = (d: Fixture) => void;
const E = (name: string, fault: string, path: string, edit: Edit, message?: string): Case => ({
  name,
  fault,
  outcome: 'error',
  path,
  ...(message ? { message } : {}),
  make: (d) => (edit(d), d),
});
const W = (name: string, fault: string, path: string, edit: Edit, message?: string): Case => ({
  name,
  fault,
  outcome: 'warning',
  path,
  ...(message ? { message } : {}),
  make: (d) => (edit(d), d),
});
const A = (name: string, fault: string, edit: Edit): Case => ({
  name,
  fault,
  outcome: 'accepted',
  make: (d) => (edit(d), d),
});
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
  // Calendar days and EDTF.
  E(
    'feb-29-non-leap',
    '2021-02-29 (not a leap year)',
    `${ev0}.when.edtf`,
    (d) => (d.events[0].when.edtf = '2021-02-29'),
    'not a real day',
  ),
  E(
    'feb-29-1900',
    '1900-02-29 (century, not a leap year)',
    `${ev0}.when.edtf`,
    (d) => (d.events[0].when.edtf = '1900-02-29'),
    'not a real day',
  ),
  A('feb-29-2000', '2000-02-29 (a leap year)', (d) => (d.events[0].known.edtf = '2000-02-29')),
  A('feb-29-2020', '2020-02-29 (a leap year)', (d) => (d.events[0].known.edtf = '2020-02-29')),
  E('april-31', '2021-04-31', `${ev0}.when.edtf`, (d) => (d.events[0].when.edtf = '2021-04-31')),
  E(
    'feb-30-known',
    '2022-02-30 in a known date',
    `${ev0}.known.edtf`,
    (d) => (d.events[0].known.edtf = '2022-02-30'),
    'not a real day',
  ),
  E(
    'impossible-in-interval',
    '2021-02-29/2021-03 as an interval start',
    `${ev0}.when.edtf`,
    (d) => (d.events[0].when.edtf = '2021-02-29/2021-03'),
    'not a real day',
  ),
  E(
    'impossible-approximate',
    '2021-02-29~ (approximate)',
    `${ev0}.when.edtf`,
    (d) => (d.events[0].when.edtf = '2021-02-29~'),
    'not a real day',
  ),
  E('month-13', 'month 13', `${ev0}.when.edtf`, (d) => (d.events[0].when.edtf = '2021-13')),
  E('month-00', 'month 00', `${ev0}.when.edtf`, (d) => (d.events[0].when.edtf = '2021-00')),
  E('day-00', 'day 00', `${ev0}.when.edtf`, (d) => (d.events[0].when.edtf = '2021-03-00')),
  E(
    'reversed-interval',
    'an interval that ends before it starts',
    `${ev0}.when.edtf`,
    (d) => (d.events[0].when.edtf = '2022-05/2021'),
    'reversed',
  ),
  E('empty-edtf', 'an empty EDTF string', `${ev0}.when.edtf`, (d) => (d.events[0].when.edtf = '')),
  E(
    'long-edtf',
    'an EDTF string of 65 characters',
    `${ev0}.when.edtf`,
    (d) => (d.events[0].when.edtf = '2'.repeat(65)),
  ),
  E(
    'prose-edtf',
    'words instead of a date',
    `${ev0}.when.edtf`,
    (d) => (d.events[0].when.edtf = 'last summer'),
  ),
  E(
    'escape-edtf',
    'terminal escape sequences in a date',
    `${ev0}.when.edtf`,
    (d) => (d.events[0].when.edtf = '\u001b]0;pwned\u0007\u001b[2J2021'),
  ),
  E(
    'published-impossible',
    'an impossible publication day',
    '$.sources[0].published.edtf',
    (d) => (d.sources[0].published.edtf = '2022-06-31'),
    'not a real day',
  ),
  E(
    'relation-impossible',
    'an impossible day in a relation',
    '$.relations[0].when.edtf',
    (d) => (d.relations[0].when.edtf = '2021-11-31/..'),
    'not a real day',
  ),
  E(
    'bad-basis',
    'an unknown date basis',
    `${ev0}.when.basis`,
    (d) => (d.events[0].when.basis = 'guessed'),
  ),
  E(
    'known-no-citation',
    'a known date without a citation',
    `${ev0}.known.citation`,
    (d) => delete d.events[0].known.citation,
  ),
  E(
    'known-bad-confidence',
    'a confidence that is not low, medium or high',
    `${ev0}.known.confidence`,
    (d) => (d.events[0].known.confidence = 'certain'),
  ),
  E('when-null', 'null instead of a date', `${ev0}.when`, (d) => (d.events[0].when = null)),
  E(
    'phrase-number',
    'a number as the phrase',
    `${ev0}.when.phrase`,
    (d) => (d.events[0].when.phrase = 3),
  ),
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
