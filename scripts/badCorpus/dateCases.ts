/** Faults in dates: days that do not exist, broken EDTF, wrong date fields. */
import type { Case } from './types';
import { E, A } from './make';

const ev0 = '$.events[0]';

export const DATE_CASES: Case[] = [
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
];
