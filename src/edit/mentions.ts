/**
 * Where a text names the dataset's actors: every occurrence of an actor's name, short name
 * or alias, on word boundaries. The workbench uses it to offer the actors a passage names.
 *
 * All names go into two regular expressions built as tries (one case-insensitive, one
 * case-sensitive for acronyms), so a 100 KB report against hundreds of names is one pass
 * each rather than one pass per name.
 */
import type { Actor } from '../model/schema';
import { sentenceAt } from './selection';

export interface Mention {
  actor: string;
  start: number;
  end: number;
  phrase: string;
}

/** What findMentions needs of an actor (so suggestions can reuse it with made-up ones). */
export type NamedActor = Pick<Actor, 'id' | 'name' | 'shortName' | 'aliases'>;

const WORD = String.raw`[\p{L}\p{N}\p{M}]`;
const APOSTROPHES = `'’‘`;
const HYPHENS = '-‐‑‒–';

/** The key a name and a matched phrase share: spacing, apostrophes and hyphens unified. */
function key(s: string, fold: boolean): string {
  const k = s
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`[${APOSTROPHES}]`, 'g'), "'")
    .replace(new RegExp(`[${HYPHENS}]`, 'g'), '-')
    .trim();
  return fold ? k.toLowerCase() : k;
}

/**
 * Short all-capital names (TTP, ISI, US, U.S.) match only in capitals: "us" is not the US.
 * Longer names match in any case ("the Pakistani Military" is the Pakistani military).
 */
function caseSensitive(name: string): boolean {
  const letters = name.match(/\p{L}/gu) ?? [];
  return letters.length > 0 && letters.length <= 5 && !/\p{Ll}/u.test(name);
}

interface Trie {
  next: Map<string, Trie>;
  end: boolean;
}

/** A name as regex pieces: any white space for a space, any apostrophe or hyphen for one. */
function tokens(name: string): string[] {
  const out: string[] = [];
  for (const ch of key(name, false)) {
    if (ch === ' ') out.push(String.raw`\s+`);
    else if (ch === "'") out.push(`[${APOSTROPHES}]`);
    else if (ch === '-') out.push(`[${HYPHENS}]`);
    else out.push(ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  }
  return out;
}

function trieSource(node: Trie): string {
  const alts = [...node.next].map(([tok, child]) => tok + trieSource(child));
  if (alts.length === 0) return '';
  const body = alts.length === 1 && !node.end ? alts[0]! : `(?:${alts.join('|')})`;
  // Greedy "?": a longer name is tried before the shorter one that ends here.
  return node.end ? `${body}?` : body;
}

/** One regex for many names; a name matches only as whole words (a plural or 's may follow). */
function namesRegex(names: Iterable<string>, fold: boolean): RegExp | null {
  const root: Trie = { next: new Map(), end: false };
  let any = false;
  for (const name of names) {
    let node = root;
    // Names keep their case: the regex flag folds it, toLowerCase would not (İ → i̇).
    for (const tok of tokens(name)) {
      let child = node.next.get(tok);
      if (!child) node.next.set(tok, (child = { next: new Map(), end: false }));
      node = child;
    }
    if (node !== root) node.end = any = true;
  }
  if (!any) return null;
  return new RegExp(
    `(?<!${WORD})(?:${trieSource(root)})(?=(?:[${APOSTROPHES}]s|s)?(?!${WORD}))`,
    fold ? 'giu' : 'gu',
  );
}

/**
 * The regex's case folding and toLowerCase disagree on a few letters (Turkish İ): when the
 * key misses, compare the phrase with each name as a reader would.
 */
function caseless(names: Map<string, string>, phrase: string): string | undefined {
  const k = key(phrase, false);
  for (const [name, actor] of names) {
    if (name.localeCompare(k, 'und', { sensitivity: 'accent' }) === 0) return actor;
  }
  return undefined;
}

interface Candidate {
  actor: string;
  start: number;
  end: number;
}

/** Every occurrence of every name; overlaps resolved longest first, then earliest. */
export function findMentions(text: string, actors: readonly NamedActor[]): Mention[] {
  const folded = new Map<string, string>();
  const exact = new Map<string, string>();
  const foldedNames: string[] = []; // as written: the regex folds case itself
  for (const a of actors) {
    for (const name of [a.name, a.shortName, ...(a.aliases ?? [])]) {
      if (!name || name.trim().length < 2) continue;
      // The first actor to claim a name keeps it (two actors sharing an alias is a data slip).
      if (caseSensitive(name)) {
        if (!exact.has(key(name, false))) exact.set(key(name, false), a.id);
      } else if (!folded.has(key(name, true))) {
        folded.set(key(name, true), a.id);
        foldedNames.push(name);
      }
    }
  }

  const found: Candidate[] = [];
  const scan = (re: RegExp | null, names: Map<string, string>, fold: boolean) => {
    if (!re) return;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const actor = names.get(key(m[0], fold)) ?? (fold ? caseless(names, m[0]) : undefined);
      if (actor !== undefined) found.push({ actor, start: m.index, end: m.index + m[0].length });
      // From the next character, not the match's end: a longer name may start inside it.
      re.lastIndex = m.index + 1;
    }
  };
  scan(namesRegex(foldedNames, true), folded, true);
  scan(namesRegex(exact.keys(), false), exact, false);

  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: Mention[] = [];
  for (const c of found) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push({ ...c, phrase: text.slice(c.start, c.end) });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The actors around a passage, for the participant picker: those named inside it first (in
 * order of appearance), then those named in the sentence(s) it touches, then those within
 * `context` characters of it; nearest first in each group. Each actor once, with the words
 * that named it (its nearest mention).
 */
export function actorsNear(
  text: string,
  passage: readonly [number, number],
  mentions: readonly Mention[],
  context = 160,
): { actor: string; phrase: string; inPassage: boolean }[] {
  const start = Math.max(0, Math.min(passage[0], passage[1]));
  const end = Math.min(text.length, Math.max(passage[0], passage[1]));
  const first = sentenceAt(text, start)[0];
  const last = sentenceAt(text, Math.max(start, end - 1))[1];
  const from = Math.min(first, start - context);
  const to = Math.max(last, end + context);

  const inside: Mention[] = [];
  const near: { m: Mention; outside: number; distance: number }[] = [];
  for (const m of mentions) {
    if (m.start < end && m.end > start) inside.push(m);
    else if (m.end > from && m.start < to) {
      const outside = m.start >= first && m.end <= last ? 0 : 1;
      near.push({ m, outside, distance: m.end <= start ? start - m.end : m.start - end });
    }
  }
  inside.sort((a, b) => a.start - b.start);
  near.sort((a, b) => a.outside - b.outside || a.distance - b.distance || a.m.start - b.m.start);

  const seen = new Set<string>();
  const out: { actor: string; phrase: string; inPassage: boolean }[] = [];
  const add = (m: Mention, inPassage: boolean) => {
    if (seen.has(m.actor)) return;
    seen.add(m.actor);
    out.push({ actor: m.actor, phrase: m.phrase, inPassage });
  };
  for (const m of inside) add(m, true);
  for (const { m } of near) add(m, false);
  return out;
}
