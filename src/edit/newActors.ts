/**
 * Actors a new report names that the dataset does not have yet, for the workbench to offer.
 * Names come from compromise (people, organisations, countries) and from a few rules of our
 * own that it misses in South Asian reporting (acronyms such as ISI; "… Party", "… Army";
 * names built on Tehrik-, Lashkar-, Jaish-). Each is counted in the whole text with
 * findMentions, alongside the existing actors, so a word inside a known name ("Taliban" in
 * "Afghan Taliban") does not count for a new one.
 */
import nlp from 'compromise';
import type { Actor, ActorKind } from '../model/schema';
import { findMentions, type NamedActor } from './mentions';

export interface ActorSuggestion {
  name: string;
  kind: ActorKind;
  count: number;
  first: number;
}

/** compromise reads this much of the text (about a second); our own rules read it all. */
const NLP_LIMIT = 150_000;
const CHUNK = 5_000;

/** A name compared with another: no case, accents, punctuation or leading "the". */
export function normaliseName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The key names are compared by: normalised, without spaces ("I.S.I." is "ISI"). */
const nameKey = (s: string) => normaliseName(s).replace(/ /g, '');

/** A plausible name: words, not a phrase across punctuation ("silent.Imran Khan"). */
const plausible = (s: string) =>
  s.length >= 2 &&
  s.length <= 80 &&
  /\p{Lu}/u.test(s) &&
  /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} '’.&-]*$/u.test(s) &&
  !/\p{Ll}\.\p{L}/u.test(s);

// ---------------------------------------------------------------------------------------
// Kinds

/** Kinds told by the last word of a name ("Pakistan Tehreek-e-Insaf Party"). */
const HEAD_KINDS: [RegExp, ActorKind][] = [
  [/^(party|league)$/i, 'political-party'],
  [/^(intelligence|agency|directorate)$/i, 'intelligence-agency'],
  [
    /^(army|forces|force|military|navy|corps|rangers|regiment|brigade|division|command)$/i,
    'military',
  ],
  [
    /^(ministry|government|cabinet|parliament|senate|assembly|department|office|police|administration|court|commission|authority)$/i,
    'government',
  ],
  [/^(movement|front|militia|militants|insurgents|taliban)$/i, 'armed-group'],
  [/^(nations|alliance|organisation|organization|union)$/i, 'international'],
];

/** Kinds told by a word anywhere in the name, when its last word says nothing. */
const WORD_KINDS: [RegExp, ActorKind][] = [
  [/\b(party|league)\b/i, 'political-party'],
  [/\b(intelligence)\b/i, 'intelligence-agency'],
  [/\b(army|armed forces|military|navy|air force)\b/i, 'military'],
  [/\b(ministry|government|cabinet|parliament)\b/i, 'government'],
  [
    /\b(taliban|lashkar|jaish|tehrik|tehreek|harkat|hizb|movement|front|mujahideen|militia)\b/i,
    'armed-group',
  ],
  [/\b(united nations|international)\b/i, 'international'],
];

/** The kind a name's words suggest, or null when they suggest none. */
export function kindFromName(name: string): ActorKind | null {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const head = words[words.length - 1] ?? '';
  for (const [re, kind] of HEAD_KINDS) if (re.test(head)) return kind;
  for (const [re, kind] of WORD_KINDS) if (re.test(name)) return kind;
  return null;
}

// ---------------------------------------------------------------------------------------
// Our own rules

/** All-capital words that are not names. */
const NOT_ACRONYMS = new Set(
  (
    'AM PM OK TV AD BC CE BCE CEO UTC GMT PDF HTML URL FAQ USD PKR EUR GBP INR KM MP MPS ' +
    'II III IV VI VII VIII IX XI XII XX ' +
    'THE AND OF IN ON TO FOR BY AT IS IT AS OR NOT BUT WE HE NO YES ALL NEW NEWS UPDATE ' +
    'NOTE READ MORE ABOUT FROM THIS THAT WITH'
  ).split(' '),
);

/** Capitalised words a sentence starts with that are not part of the name after them. */
const LEADING = new Set(
  (
    'the a an this that these those then when while after before both in on at by with for ' +
    'from meanwhile however but and its their his her our yesterday today also since ' +
    'although though as if because during under over last next once where whereas ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** A capitalised word: "Pakistan", "Inter-Services", "Tehreek-e-Insaf", "People's". */
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’]s)?(?:-[\p{L}\p{M}]+)*`;
const CONNECTOR = String.raw`(?:of(?:[^\S\n]+the)?|for(?:[^\S\n]+the)?|on|al|ul|e|i|de)`;
const CHAIN = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}'’-])${CAP_WORD}(?:[^\S\n]+(?:${CONNECTOR}[^\S\n]+)?${CAP_WORD})*` +
    String.raw`(?:[^\S\n]+(party|army|government|movement|forces|militants|group))?(?![\p{L}\p{M}\p{N}])`,
  'gu',
);
const ARMED_PREFIX = /^(lashkar|jaish|tehrik|tehreek|harkat|hizb|ansar)\b/i;

interface Found {
  name: string;
  kind: ActorKind | null;
  /** Rules that read the name's own words outrank a guess from compromise's tagging. */
  sure: boolean;
}

/** Organisation names by their shape: "… Party", "Ministry of …", "Lashkar-e-…". */
function chainNames(text: string): Found[] {
  const out: Found[] = [];
  CHAIN.lastIndex = 0;
  for (let m = CHAIN.exec(text); m; m = CHAIN.exec(text)) {
    const descriptor = m[1];
    const all = (descriptor ? m[0].slice(0, m[0].length - descriptor.length) : m[0])
      .trim()
      .split(/[^\S\n]+/);
    // A sentence's first word and a leading possessive ("Pakistan’s Inter-Services …") go,
    // and so do connectors left at either end.
    let from = 0;
    let to = all.length;
    const dropFirst = (w: string) =>
      LEADING.has(w.toLowerCase()) || /['’]s$/.test(w) || /^\p{Ll}/u.test(w);
    while (from < to && dropFirst(all[from]!)) from++;
    while (to > from && /^\p{Ll}/u.test(all[to - 1]!)) to--;
    const words = all.slice(from, to);
    if (words.length === 0) continue;
    const name = words.join(' ').replace(/['’]s$/, '');
    const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (descriptor) {
      // "the Pakistan Tehreek-e-Insaf party": the name is before the common noun.
      if (capitals >= 2) out.push({ name, kind: kindFromName(descriptor), sure: true });
      continue;
    }
    const head = kindFromName(words[words.length - 1]!);
    const first = words[0]!;
    if (capitals >= 2 && head) {
      out.push({ name, kind: head, sure: true });
    } else if (words.length >= 3 && kindFromName(first) && /\bof\b/.test(name)) {
      out.push({ name, kind: kindFromName(first), sure: true }); // "Ministry of Interior"
    } else if (ARMED_PREFIX.test(first) && /[-\s]/.test(name)) {
      out.push({ name, kind: 'armed-group', sure: true });
    } else if (words.length === 1 && /^(taliban|mujahideen)$/i.test(first)) {
      out.push({ name, kind: 'armed-group', sure: true }); // compromise tags neither
    }
  }
  return out;
}

/** Acronyms of 2 to 6 capitals ("ISI", "PTI"), outside all-capital headings. */
function acronyms(text: string): { name: string; expansion?: string }[] {
  const out: { name: string; expansion?: string }[] = [];
  for (const line of text.split('\n')) {
    if (!/\p{Ll}/u.test(line)) continue; // a heading in capitals is not a list of names
    for (const m of line.matchAll(
      /(?<![\p{L}\p{N}&.])[A-Z]{2,6}(?=(?:['’]s|s)?(?![\p{L}\p{N}&]))/gu,
    )) {
      if (NOT_ACRONYMS.has(m[0])) continue;
      // "Inter-Services Intelligence (ISI)": the words before say what it is.
      const before = line.slice(Math.max(0, m.index - 80), m.index);
      const expansion = /([\p{L}][\p{L}\p{M}'’\s-]*)\(\s*$/u.exec(before)?.[1]?.trim();
      out.push(expansion ? { name: m[0], expansion } : { name: m[0] });
    }
  }
  return out;
}

/** "Pakistan Tehreek-e-Insaf" → "PTI": the capitals that start its words and word parts. */
function initials(name: string): string {
  return (name.match(/(?<![\p{L}\p{M}\p{N}'’])\p{Lu}/gu) ?? []).join('');
}

// ---------------------------------------------------------------------------------------
// compromise

/** A name as compromise returns it, without the punctuation and possessive it leaves on. */
function tidy(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu, '')
    .replace(/['’]s$/, '')
    .replace(/^the /i, '')
    .trim();
}

/**
 * The text in pieces of at most CHUNK characters, cut after a sentence or line where
 * possible: compromise slows down sharply on a very long "sentence" (tens of thousands of
 * words without a full stop took it minutes), so it never sees one.
 */
function chunks(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + CHUNK);
    if (end < text.length) {
      const piece = text.slice(at, end);
      const stop = Math.max(piece.lastIndexOf('\n'), piece.lastIndexOf('. '));
      const space = piece.lastIndexOf(' ');
      if (stop > CHUNK / 4) end = at + stop + 1;
      else if (space > CHUNK / 4) end = at + space + 1;
    }
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

function nlpNames(text: string): Found[] {
  let sample = text;
  if (sample.length > NLP_LIMIT) {
    const cut = sample.lastIndexOf('\n', NLP_LIMIT);
    sample = sample.slice(0, cut > NLP_LIMIT / 2 ? cut : NLP_LIMIT);
  }
  const out: Found[] = [];
  for (const piece of chunks(sample)) out.push(...nlpChunk(piece));
  return out;
}

function nlpChunk(sample: string): Found[] {
  const out: Found[] = [];
  try {
    const doc = nlp(sample);
    for (const s of doc.people().out('array') as string[]) {
      const name = tidy(s);
      // compromise takes "Tehrik-e-Taliban" for a person; its words say otherwise.
      const kind = kindFromName(name);
      out.push({ name, kind: kind ?? 'person', sure: kind !== null });
    }
    for (const s of doc.organizations().out('array') as string[]) {
      const name = tidy(s);
      out.push({ name, kind: kindFromName(name), sure: false });
    }
    // Countries only (a city is not an actor); compromise joins neighbours such as
    // "Pakistan-Afghanistan" or "Afghanistan, Pakistan" into one place, so split them.
    for (const s of doc.places().match('#Country+').out('array') as string[]) {
      for (const part of s.split(/[,;/]|\s[-–]\s|[-–](?=\p{Lu})/u)) {
        const name = tidy(part);
        if (name) out.push({ name, kind: 'state', sure: true });
      }
    }
  } catch {
    // compromise is a guesser: if it fails on odd input, our own rules still run.
  }
  return out;
}

// ---------------------------------------------------------------------------------------

/**
 * People and organisations the text names that no actor has as a name, short name or alias;
 * most mentioned first, then earliest. Never throws.
 */
export function suggestNewActors(
  text: string,
  actors: readonly Actor[],
  limit = 30,
): ActorSuggestion[] {
  if (typeof text !== 'string' || text.trim() === '' || limit <= 0) return [];
  try {
    return suggest(text, actors, limit);
  } catch {
    return [];
  }
}

function suggest(text: string, actors: readonly Actor[], limit: number): ActorSuggestion[] {
  const known = new Set<string>();
  for (const a of actors) {
    for (const n of [a.name, a.shortName, ...(a.aliases ?? [])]) if (n) known.add(nameKey(n));
  }

  const found: Found[] = [...chainNames(text), ...nlpNames(text)];
  const expansions = new Map<string, string>();
  for (const a of acronyms(text)) {
    found.push({ name: a.name, kind: null, sure: false });
    if (a.expansion && !expansions.has(a.name)) expansions.set(a.name, a.expansion);
  }

  // Merge by normalised name: every spelling counts, a sure kind beats a guess.
  const merged = new Map<string, { names: string[]; kind: ActorKind | null; sure: boolean }>();
  for (const f of found) {
    const k = nameKey(f.name);
    if (!plausible(f.name) || k.length < 2 || /^\d+$/.test(k) || known.has(k)) continue;
    const entry = merged.get(k);
    if (!entry) merged.set(k, { names: [f.name], kind: f.kind, sure: f.sure });
    else {
      if (!entry.names.includes(f.name)) entry.names.push(f.name);
      if (f.kind && (!entry.kind || (f.sure && !entry.sure))) {
        entry.kind = f.kind;
        entry.sure = f.sure;
      }
    }
  }
  if (merged.size === 0) return [];
  // "PTI" with no "(PTI)" in the text: a found name with those initials says what it is.
  const initialsOf = new Map<string, ActorKind>();
  for (const e of merged.values()) {
    const i = initials(e.names[0]!);
    if (e.kind && i.length >= 2 && i !== e.names[0] && !initialsOf.has(i))
      initialsOf.set(i, e.kind);
  }
  const kindOfExpansion = (expansion: string | undefined): ActorKind | null => {
    if (!expansion) return null;
    // The longest tail of the words before "(ISI)" that is a found name, else its words.
    const words = expansion.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const kind = merged.get(nameKey(words.slice(i).join(' ')))?.kind;
      if (kind) return kind;
    }
    return kindFromName(expansion);
  };

  const entries = [...merged.values()];
  const candidates: NamedActor[] = entries.map((e, i) => ({
    id: `new-${i}`,
    name: e.names[0]!,
    aliases: e.names.slice(1),
  }));
  const existing: NamedActor[] = actors.map((a, i) => ({ ...a, id: `old-${i}` }));
  const counts = new Map<string, { count: number; first: number }>();
  for (const m of findMentions(text, [...existing, ...candidates])) {
    const c = counts.get(m.actor);
    if (c) c.count++;
    else counts.set(m.actor, { count: 1, first: m.start });
  }

  const out: ActorSuggestion[] = [];
  entries.forEach((e, i) => {
    const c = counts.get(`new-${i}`);
    if (!c) return;
    const name = e.names[0]!;
    const kind =
      e.kind ?? kindOfExpansion(expansions.get(name)) ?? initialsOf.get(name) ?? 'social-group';
    out.push({ name, kind, count: c.count, first: c.first });
  });
  return out
    .sort((a, b) => b.count - a.count || a.first - b.first || a.name.localeCompare(b.name))
    .slice(0, limit);
}
