/**
 * The date suggester: given a source text, a passage in it and the publication date, it
 * finds date expressions in and around the passage and offers each reading as EDTF with its
 * phrase (the text's own words), its basis (`stated` or `resolved`) and a note saying how
 * it was read. The sentences that overlap the passage are searched; the whole text is used
 * to date clauses that refer back to a dated event ("since the Taliban reclaimed power").
 *
 * Readings, in the terms of the dataset:
 *   date       a date expression as it stands ("in August of last year" → 2021-08)
 *   own        a since/after clause's own event ("Since its creation in 1947" → 1947)
 *   since      ongoing from a date ("since 1947" → 1947/..), or up to about publication
 *   after      from the end of a date up to about publication
 *   until      up to a date, the start unknown (../2021-08)
 *   recently   "until recently": ended about six months before publication
 *   long       "had long supported": open start, up to about publication
 *   perfect    "has refused": from the event it refers to, still ongoing (2022-04/..)
 *   retain     "retaining close ties": attested up to the sentence's date
 */
import { sentences } from '../selection';
import { readPublication, resolveAgainst, spanEdtf, type Publication } from './span';
import { candidatesIn, type Kind } from './candidates';

export interface DateSuggestion {
  edtf: string;
  phrase: string;
  basis: 'stated' | 'resolved';
  note: string;
  /** Where the phrase stands in the text. */
  start: number;
  end: number;
}

export interface SuggestInput {
  text: string;
  /** The selected passage, [start, end) in UTF-16 code units. */
  passage: readonly [number, number];
  /** The source's publication date (EDTF; an interval when uncertain). */
  published: string;
  /** What the date is for: an event prefers dated readings, a relation lasting ones. */
  for?: 'event' | 'relation';
}

const EVENT_FIRST: ReadonlySet<Kind> = new Set([
  'date',
  'own',
  'since-pub',
  'after',
  'recently',
  'perfect',
]);
const RELATION_FIRST: ReadonlySet<Kind> = new Set([
  'since',
  'until',
  'recently-until',
  'long',
  'retain',
  'perfect',
]);

/** Orders by the first differing key: tier, place, start, longer first. */
const byKeys = (a: { key: number[] }, b: { key: number[] }) => {
  for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
  return 0;
};

/** Suggests dates for a passage, best first. Pure; never throws on any text. */
export function suggestDates(input: SuggestInput): DateSuggestion[] {
  const { text, published } = input;
  const [pa, pb] = input.passage;
  const sents = sentences(text);
  const touching = sents.filter(([a, b]) => a < Math.max(pb, pa + 1) && b > pa);
  const from = Math.min(pa, touching[0]?.[0] ?? pa);
  const to = Math.max(pb, touching.at(-1)?.[1] ?? pb);
  const pub: Publication | null = readPublication(published);
  const first = input.for === 'relation' ? RELATION_FIRST : EVENT_FIRST;

  const ranked = candidatesIn(text, from, to)
    .filter((c) => pub || !c.needsPub)
    .map((c) => {
      const reading = pub
        ? resolveAgainst(pub, (ref) => c.read(ref, pub.end))
        : c.read({ y: 2000, m: 1, d: 1 }, { y: 2000 });
      const inside = c.start >= pa && c.end <= pb;
      const loc = inside ? 0 : c.start < pb && c.end > pa ? 1 : 2;
      const passageInPhrase = pa >= c.start && pb <= c.end;
      const tier =
        c.kind === 'own'
          ? passageInPhrase && input.for !== 'relation'
            ? 0
            : 1
          : first.has(c.kind)
            ? 0
            : 1;
      const suggestion: DateSuggestion = {
        edtf: spanEdtf(reading.span),
        phrase: text.slice(c.start, c.end),
        basis: c.basis,
        note: reading.note,
        start: c.start,
        end: c.end,
      };
      return { suggestion, key: [tier, loc, c.start, -c.end] };
    })
    .sort(byKeys);

  const seen = new Set<string>();
  return ranked
    .map((r) => r.suggestion)
    .filter((s) => {
      const key = `${s.edtf}\u0000${s.phrase}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
