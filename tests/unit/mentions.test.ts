import { describe, expect, it } from 'vitest';
import { actorsNear, findMentions, type Mention } from '../../src/edit/mentions';
import type { Actor } from '../../src/model/schema';
import { seed } from './helpers';

const data = seed();
const TEXT = data.sources[0]!.text;
const ACTORS = data.actors.map((a) => ({ ...a, aliases: a.aliases ?? [] })) as Actor[];

const actor = (id: string, name: string, aliases: string[] = [], shortName?: string): Actor => ({
  id,
  name,
  aliases,
  kind: 'armed-group',
  ...(shortName ? { shortName } : {}),
});

const count = (mentions: Mention[], id: string) => mentions.filter((m) => m.actor === id).length;
const occurrences = (text: string, word: string) => text.split(word).length - 1;

describe('findMentions on the seed report', () => {
  const mentions = findMentions(TEXT, ACTORS);

  it('finds the known actors, each phrase being the text at its offsets', () => {
    for (const id of ['pakistan', 'afghan-taliban', 'ttp', 'isi', 'imran-khan', 'united-states']) {
      expect(count(mentions, id), id).toBeGreaterThan(0);
    }
    for (const m of mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.phrase);
  });

  it('maps both the full name and the acronym to the TTP', () => {
    const phrases = new Set(mentions.filter((m) => m.actor === 'ttp').map((m) => m.phrase));
    expect(phrases).toContain('Tehrik-e-Taliban Pakistan');
    expect(phrases).toContain('TTP');
    expect(phrases).toContain('Pakistani Taliban');
    // Every "TTP" in the text is one, including "TTP’s".
    expect(mentions.filter((m) => m.phrase === 'TTP')).toHaveLength(occurrences(TEXT, 'TTP'));
  });

  it('returns non-overlapping mentions sorted by start', () => {
    for (let i = 1; i < mentions.length; i++) {
      expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    }
  });

  it('gives "Pakistan" inside "Tehrik-e-Taliban Pakistan" to the TTP, not to Pakistan', () => {
    const at = TEXT.indexOf('Tehrik-e-Taliban Pakistan');
    const inside = mentions.filter((m) => m.start >= at && m.end <= at + 25);
    expect(inside.map((m) => m.actor)).toEqual(['ttp']);
  });

  it('is quick enough on a 100 KB text with 200 more actors', () => {
    const many = [...ACTORS];
    for (let i = 0; i < 200; i++) many.push(actor(`x${i}`, `Someone Named ${i}`, [`Alias ${i}`]));
    const big = TEXT.repeat(Math.ceil(100_000 / TEXT.length));
    const found = findMentions(big, many);
    expect(count(found, 'ttp')).toBe(count(mentions, 'ttp') * Math.ceil(100_000 / TEXT.length));
  });
});

describe('findMentions rules', () => {
  const ttp = actor('ttp', 'Tehrik-e-Taliban Pakistan', ['Pakistani Taliban'], 'TTP');
  const taliban = actor('taliban', 'Afghan Taliban', ['Taliban']);
  const us = actor('us', 'United States', ['US', 'U.S.']);

  it('matches whole words only, counting plurals and possessives', () => {
    const text =
      "TTPs, TTP's and TTP’s men; not TTPX, XTTP, TTP2 or TTPS. Talibanization, Taliban's.";
    const found = findMentions(text, [ttp, taliban]);
    expect(found.map((m) => m.phrase)).toEqual(['TTP', 'TTP', 'TTP', 'Taliban']);
    expect(found[0]).toEqual({ actor: 'ttp', start: 0, end: 3, phrase: 'TTP' });
  });

  it('matches short all-capital names in capitals only, other names in any case', () => {
    const text =
      'Let us talk: the US and the U.S. and the us. The PAKISTANI TALIBAN and pakistani taliban.';
    const found = findMentions(text, [ttp, us]);
    expect(found.map((m) => `${m.actor}:${m.phrase}`)).toEqual([
      'us:US',
      'us:U.S.',
      'ttp:PAKISTANI TALIBAN',
      'ttp:pakistani taliban',
    ]);
    expect(findMentions('ttp and Ttp', [ttp])).toEqual([]);
  });

  it('prefers the longest name, even when a shorter one starts earlier', () => {
    const text = 'The Afghan Taliban met the Taliban.';
    const found = findMentions(text, [taliban]);
    expect(found.map((m) => m.phrase)).toEqual(['Afghan Taliban', 'Taliban']);
    // "Afghan Taliban Army" (longer, later) wins over "Big Afghan" (earlier, shorter).
    const found2 = findMentions('Big Afghan Taliban Army', [
      actor('a', 'Big Afghan'),
      actor('b', 'Afghan Taliban Army'),
    ]);
    expect(found2.map((m) => m.actor)).toEqual(['b']);
  });

  it('lets names span a line break and match any apostrophe or hyphen', () => {
    const text = 'the Pakistani\nTaliban and Tehrik–e–Taliban Pakistan; Pakistan’s Party';
    const party = actor('p', "Pakistan's Party");
    const found = findMentions(text, [ttp, party]);
    expect(found.map((m) => m.actor)).toEqual(['ttp', 'ttp', 'p']);
    expect(found[0]!.phrase).toBe('Pakistani\nTaliban');
  });

  it('respects letters beyond ASCII as word characters', () => {
    const found = findMentions('Talibané, éTaliban, Taliban; Ταλιμπάν', [
      taliban,
      actor('g', 'Ταλιμπάν'),
    ]);
    expect(found.map((m) => `${m.actor}:${m.start}`)).toEqual(['taliban:20', 'g:29']);
  });

  it('matches names whose lower case differs from their case folding', () => {
    const found = findMentions('İSTANBUL and İstanbul and istanbul', [actor('ist', 'İstanbul')]);
    expect(found.map((m) => m.phrase)).toEqual(['İSTANBUL', 'İstanbul']);
  });

  it('gives a name two actors share to the first one, and skips empty names', () => {
    const found = findMentions('the Taliban', [
      actor('one', 'Taliban'),
      actor('two', 'Other', ['Taliban', '', ' ']),
    ]);
    expect(found.map((m) => m.actor)).toEqual(['one']);
    expect(findMentions('', [taliban])).toEqual([]);
    expect(findMentions('Taliban', [])).toEqual([]);
  });
});

describe('actorsNear', () => {
  const text =
    'Pakistan hosted the talks. The TTP and the Afghan Taliban met in Kabul, with India watching. ' +
    'Later the US said nothing.';
  const actors = [
    actor('pakistan', 'Pakistan'),
    actor('ttp', 'TTP'),
    actor('taliban', 'Afghan Taliban', ['Taliban']),
    actor('india', 'India'),
    actor('us', 'US'),
  ];
  const mentions = findMentions(text, actors);

  it('lists the passage’s actors first, in order, then the sentence’s and nearby ones', () => {
    const start = text.indexOf('Afghan');
    const near = actorsNear(text, [start, start + 'Afghan Taliban met'.length], mentions, 10);
    expect(near).toEqual([
      { actor: 'taliban', phrase: 'Afghan Taliban', inPassage: true },
      // Same sentence, nearest first; Pakistan is neither in the sentence nor within 10.
      { actor: 'ttp', phrase: 'TTP', inPassage: false },
      { actor: 'india', phrase: 'India', inPassage: false },
    ]);
  });

  it('reaches out by `context` characters beyond the sentence', () => {
    const start = text.indexOf('The TTP');
    const end = text.indexOf('TTP') + 3;
    const ids = (ctx: number) => actorsNear(text, [start, end], mentions, ctx).map((n) => n.actor);
    expect(ids(0)).toEqual(['ttp', 'taliban', 'india']);
    // The sentence's actors first (nearest first), then the others within reach.
    expect(ids(200)).toEqual(['ttp', 'taliban', 'india', 'pakistan', 'us']);
    expect(ids(20).slice(3)).toEqual(['pakistan']);
  });

  it('lists each actor once, with the phrase of its first mention in the passage', () => {
    const t = 'The Taliban and the Afghan Taliban; the Taliban again.';
    const near = actorsNear(t, [0, t.length], findMentions(t, actors));
    expect(near).toEqual([{ actor: 'taliban', phrase: 'Taliban', inPassage: true }]);
  });
});
