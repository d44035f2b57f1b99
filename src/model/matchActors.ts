/**
 * Which actors of several datasets are the same, suggested from their names. Pure.
 *
 * Names are compared as keys: lowercase, accents and punctuation gone, a regime-year suffix
 * dropped, and the spelling variants of transliterated names folded ("Tehreek-e-Taliban"
 * and "Tehrik-i-Taliban" both become "tehrik taliban"). ACLED writes some groups as
 * "TTP: Tehrik-i-Taliban Pakistan", so each side of such a colon is a name too. Two actors
 * that share a key are the same name (or an alias); others are scored by the overlap of
 * their keys' letter trigrams (Dice), or by one being the other's initials.
 */
import type { Actor } from './schema';

/** An actor of the `part`-th dataset. */
export interface ActorRef {
  part: number;
  id: string;
}

export interface MatchSuggestion {
  /** The actor of the earlier dataset (it is kept; the other merges into it). */
  keep: ActorRef;
  merge: ActorRef;
  /** 1 for the same name; below for similar names. */
  score: number;
  reason: 'same name' | 'initials' | 'similar name';
}

/** Below this, two names are not suggested. */
export const MIN_SCORE = 0.6;
/** Similarity is skipped (same names still match) above this many comparisons. */
const MAX_COMPARISONS = 4_000_000;

/** A name as a comparison key (see the module note). */
export function nameKey(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/\s*\(\d{4}-(\d{4})?\)\s*$/, '')
      .replace(/['’‘`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .split(' ')
      // "-e-" and "-i-" (the izafat) are written either way, or left out.
      .filter((w) => w.length > 1 || /\d/.test(w))
      .map((w) => w.replace(/ee/g, 'i').replace(/oo/g, 'u'))
      .join(' ')
  );
}

/** Every name an actor goes by, with each side of "ACRONYM: Full name" as a name too. */
export function namesOf(actor: Actor): string[] {
  const names = [actor.name, ...(actor.shortName ? [actor.shortName] : []), ...actor.aliases];
  const out = new Set<string>();
  for (const n of names) {
    out.add(n);
    const colon = /^([^:]{2,12}):\s+(.+)$/.exec(n);
    if (colon) {
      out.add(colon[1]!);
      out.add(colon[2]!);
    }
  }
  return [...out];
}

const keysOf = (actor: Actor) => [...new Set(namesOf(actor).map(nameKey).filter(Boolean))];
/**
 * Keys for similar names, without a trailing qualifier: in "Women (Afghanistan)" the country
 * says where, not who, and would make every Afghan group look like Afghanistan.
 */
const mainKeysOf = (actor: Actor) => [
  ...new Set(
    namesOf(actor)
      .map((n) => nameKey(n.replace(/\s*\([^()]*\)\s*$/, '')))
      .filter(Boolean),
  ),
];

interface Keyed {
  id: string;
  keys: string[];
  main: string[];
}
const keyed = (a: Actor): Keyed => ({ id: a.id, keys: keysOf(a), main: mainKeysOf(a) });

function trigrams(key: string): Set<string> {
  const s = `  ${key} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return out;
}

/** Dice's coefficient of two keys' trigram sets, 0–1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = trigrams(a);
  const y = trigrams(b);
  let both = 0;
  for (const t of x) if (y.has(t)) both++;
  return (2 * both) / (x.size + y.size);
}

/** Whether `short` (one word) is the initials of `long` (several words). */
const initialsOf = (short: string, long: string) => {
  const words = long.split(' ');
  return (
    !short.includes(' ') &&
    words.length >= 2 &&
    short.length === words.length &&
    words.every((w, i) => w[0] === short[i])
  );
};

/** How alike two actors' names are: the best of their keys' pairs. */
export function scoreActors(
  a: Actor,
  b: Actor,
): { score: number; reason: MatchSuggestion['reason'] } {
  return scoreKeys(keyed(a), keyed(b));
}

function scoreKeys(a: Keyed, b: Keyed) {
  let best = { score: 0, reason: 'similar name' as MatchSuggestion['reason'] };
  for (const x of a.keys) if (b.keys.includes(x)) return { score: 1, reason: 'same name' as const };
  for (const x of a.main) {
    for (const y of b.main) {
      if (initialsOf(x, y) || initialsOf(y, x)) {
        if (best.score < 0.9) best = { score: 0.9, reason: 'initials' };
        continue;
      }
      const s = similarity(x, y);
      if (s > best.score) best = { score: s, reason: 'similar name' };
    }
  }
  return best;
}

/**
 * For each actor of a later dataset, the best-matching actor of an earlier one (at most one
 * suggestion per actor, so a merge is never ambiguous), best first. Ties go to the earlier
 * dataset and the earlier actor.
 */
export function suggestMatches(parts: readonly (readonly Actor[])[]): MatchSuggestion[] {
  const all = parts.map((actors) => actors.map(keyed));
  const comparisons = parts.reduce(
    (sum, actors, i) => sum + actors.length * parts.slice(0, i).flat().length,
    0,
  );
  const compareAll = comparisons <= MAX_COMPARISONS;
  const out: MatchSuggestion[] = [];
  // Exact keys of the earlier datasets, for the same-name case at any size.
  const byKey = new Map<string, ActorRef>();
  all.forEach((actors, part) => {
    for (const actor of actors) {
      let best: MatchSuggestion | null = null;
      for (const key of actor.keys) {
        const hit = byKey.get(key);
        if (hit && (!best || hit.part < best.keep.part)) {
          best = { keep: hit, merge: { part, id: actor.id }, score: 1, reason: 'same name' };
        }
      }
      if (!best && compareAll) {
        for (let p = 0; p < part; p++) {
          for (const other of all[p]!) {
            const { score, reason } = scoreKeys(other, actor);
            if (score >= MIN_SCORE && score > (best?.score ?? 0)) {
              best = {
                keep: { part: p, id: other.id },
                merge: { part, id: actor.id },
                score,
                reason,
              };
            }
          }
        }
      }
      if (best) out.push(best);
    }
    // Added after the part is done: actors of one dataset are never matched to each other.
    for (const actor of actors) {
      for (const key of actor.keys) if (!byKey.has(key)) byKey.set(key, { part, id: actor.id });
    }
  });
  return out.sort((x, y) => y.score - x.score);
}
