/**
 * A first draft of an event from a selected passage: a title, a guessed category, and the
 * one-line descriptions the workbench shows beside its category, role and relation pickers.
 * Guesses only: the person editing decides.
 */
import type { Category, RelationKind, Role } from '../model/schema';
import { sentenceAt, snapToCharacter } from './selection';

/** Titles longer than this are cut at a word, with "…". */
export const TITLE_MAX = 120;

/**
 * A title for an event drawn from a passage: the sentence it lies in, or, when it runs over
 * several sentences, its own part of the first one. White space collapsed, at most
 * TITLE_MAX characters, no closing full stop. Never empty for a passage that has text.
 */
export function titleFromPassage(text: string, passage: readonly [number, number]): string {
  const start = Math.max(0, Math.min(passage[0], passage[1], text.length));
  const end = Math.min(text.length, Math.max(passage[0], passage[1], 0));
  const own = collapse(text.slice(start, end));
  if (own === '') return '';

  let at = start;
  while (at < end && /\s/.test(text[at]!)) at++;
  const sentence = sentenceAt(text, at);
  const within = sentence[0] <= at && end <= sentence[1] + trailingSpace(text, sentence[1], end);
  const raw = within ? text.slice(sentence[0], sentence[1]) : text.slice(at, sentence[1]);
  return shorten(collapse(raw)) || shorten(own) || own;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** How much of text[from, to) is white space: a passage may end in the space after a sentence. */
function trailingSpace(text: string, from: number, to: number): number {
  let n = 0;
  while (from + n < to && /\s/.test(text[from + n]!)) n++;
  return n;
}

function shorten(s: string): string {
  let t = s;
  if (t.length > TITLE_MAX) {
    const cut = snapToCharacter(t, TITLE_MAX - 1, -1);
    const space = t.lastIndexOf(' ', cut);
    // A word boundary if there is one in the latter half; else a hard cut (one long word).
    t = t.slice(0, space > TITLE_MAX / 2 ? space : cut).replace(/[\s,;:–—-]+$/, '') + '…';
  }
  // A closing full stop goes; an ellipsis ("…" or "...") stays.
  return t.replace(/(?<!\.)\.$/, '').trim();
}

export const CATEGORY_DESCRIPTIONS: Record<Category, string> = {
  AGREE: 'Agreeing to something or settling it: deals, ceasefires, accords, promises to act',
  CONSULT: 'Talking things over: meetings, visits, talks and negotiations',
  SUPPORT: 'Words of backing: endorsing, praising, defending or recognising another',
  CONCEDE: 'Giving ground on a demand: easing restrictions, releasing prisoners, yielding',
  COOPERATE: 'Working together: joint operations, sharing information, coordinated policy',
  AID: 'Material help: money, weapons, supplies, training or humanitarian assistance',
  RETREAT: 'Pulling back: withdrawing forces, leaving territory, dropping out of a process',
  REQUEST: 'Asking another to act: demands, appeals, calls for help or for change',
  ACCUSE: 'Blaming or charging another with wrongdoing, in words',
  REJECT: 'Turning down a proposal, demand or request; refusing to cooperate',
  THREATEN: 'Warning of harm or punishment to come unless something changes',
  PROTEST: 'Public dissent: demonstrations, rallies, strikes, boycotts',
  SANCTION: 'Penalties short of force: bans, embargoes, cutting ties or aid',
  MOBILIZE: 'Readying force without using it: deployments, alerts, troop build-ups',
  COERCE: 'Force short of fighting: arrests, raids, expulsions, seizures, curfews',
  ASSAULT: 'Use of violence against people or property: attacks, bombings, killings',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  initiator: 'The actor who acts: the one that attacks, speaks, agrees or asks',
  target: 'The actor acted upon: the one attacked, accused, asked or supported',
  mediator: 'A go-between that brings the others together or brokers the outcome',
  affected: 'Bears the consequences without being the direct target',
  participant: 'Takes part in the event, with no clear side or direction',
};

export const RELATION_KIND_DESCRIPTIONS: Record<RelationKind, string> = {
  supports: 'Gives the other lasting backing: money, arms, shelter or political cover',
  influences: 'Can sway what the other decides or does',
  opposes: 'Stands against the other over time, in words or by force',
  'has-constituency-in': 'Has followers or sympathisers among the other’s people',
  emboldens: 'Its success or example makes the other bolder',
  controls: 'Directs or commands the other',
  'perceives-threat-from': 'Sees the other as a danger to itself',
  'allied-with': 'Has a standing alliance or partnership with the other',
};

/**
 * Words that suggest a category, each as the start of a word ("negotiat" for negotiations).
 * Where the passage holds several, the first one in the passage wins.
 */
const CATEGORY_WORDS: [RegExp, Category][] = [
  [
    /\b(attack|kill|bomb|strike[sd]?\b|airstrike|shell|ambush|shot\b|shoot|assassinat|massacre|clash|target(s|ed|ing)\b)/,
    'ASSAULT',
  ],
  [/\b(talks\b|met\b|meet|negotiat|consult|visit)/, 'CONSULT'],
  [/\b(agree|ceasefire|cease-fire|truce|deals?\b|accord|signed)/, 'AGREE'],
  [/\b(accus|blame|condemn|denounc)/, 'ACCUSE'],
  [/\b(threat|warn)/, 'THREATEN'],
  [/\b(protest|rall(y|ies|ied)|demonstrat|march(ed|es)?\b)/, 'PROTEST'],
  [/\b(sanction|ban(s|ned|ning)?\b|embargo|suspend)/, 'SANCTION'],
  [/\b(deploy|mobili[sz]|troops massed|reinforce)/, 'MOBILIZE'],
  [/\b(arrest|raid|expel|deport|detain|seiz|fenc(e|es|ed|ing)\b)/, 'COERCE'],
  [/\b(aid\b|assistance|funding|funded|donat|supplied|weapons to)/, 'AID'],
  [/\b(refus|reject|denied|dismiss)/, 'REJECT'],
  [/\b(demand|asked\b|urged|called (up)?on|appeal)/, 'REQUEST'],
  [/\b(support|backed|backing|praise|endors|welcomed)/, 'SUPPORT'],
  [/\b(cooperat|collaborat|jointly|joint operation)/, 'COOPERATE'],
  [/\b(withdr[ae]w|retreat|pulled (back|out))/, 'RETREAT'],
  // "released a statement" is not a concession.
  [
    /\b(releas(e|ed|es|ing)\b(?! (a |an |its |their |the )?(statement|report|video|footage|photo|image|document|data|figures))|freed|conced|eased|lifted)/,
    'CONCEDE',
  ],
];

/** The category a passage's words suggest, or null when none does. */
export function guessCategory(passage: string): Category | null {
  const lower = passage.toLowerCase();
  let best: { at: number; category: Category } | null = null;
  for (const [re, category] of CATEGORY_WORDS) {
    const m = re.exec(lower);
    if (m && (!best || m.index < best.at)) best = { at: m.index, category };
  }
  return best?.category ?? null;
}
