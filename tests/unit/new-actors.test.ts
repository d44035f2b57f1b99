import { describe, expect, it } from 'vitest';
import {
  type ActorSuggestion,
  kindFromName,
  normaliseName,
  suggestNewActors,
} from '../../src/edit/newActors';
import type { Actor } from '../../src/model/schema';
import { seed } from './helpers';

const REPORT = [
  'Imran Khan, the leader of the Pakistan Tehreek-e-Insaf party, accused the ISI of rigging',
  'the vote. The Afghan Taliban said nothing. Imran Khan’s supporters rallied in Lahore and',
  'the ISI denied it. Later the Pakistan Army deployed troops, and Lashkar-e-Taiba was banned.',
  'The Ministry of Interior said the PTI would face charges. Imran Khan left for China.',
  'The Afghan Taliban watched; the afghan taliban’s spokesman was silent.',
].join(' ');

const taliban: Actor = {
  id: 'afghan-taliban',
  name: 'The Afghan Taliban',
  aliases: [],
  kind: 'armed-group',
};

const byName = (list: ActorSuggestion[], name: string) => list.find((s) => s.name === name);

describe('suggestNewActors', () => {
  const suggestions = suggestNewActors(REPORT, [taliban]);

  it('finds people, parties, acronyms, armed groups and government bodies', () => {
    expect(byName(suggestions, 'Imran Khan')).toMatchObject({ kind: 'person', count: 3 });
    expect(byName(suggestions, 'Pakistan Tehreek-e-Insaf')).toMatchObject({
      kind: 'political-party',
      count: 1,
    });
    expect(byName(suggestions, 'ISI')).toMatchObject({ count: 2 });
    expect(byName(suggestions, 'Pakistan Army')?.kind).toBe('military');
    expect(byName(suggestions, 'Lashkar-e-Taiba')?.kind).toBe('armed-group');
    expect(byName(suggestions, 'Ministry of Interior')?.kind).toBe('government');
    expect(byName(suggestions, 'China')?.kind).toBe('state');
    // "PTI" takes the kind of the name it abbreviates.
    expect(byName(suggestions, 'PTI')?.kind).toBe('political-party');
  });

  it('points `first` at the first mention', () => {
    for (const s of suggestions) {
      const at = REPORT.slice(s.first, s.first + s.name.length);
      expect(at.toLowerCase(), s.name).toBe(s.name.toLowerCase());
    }
    expect(byName(suggestions, 'Imran Khan')?.first).toBe(0);
    expect(byName(suggestions, 'ISI')?.first).toBe(REPORT.indexOf('ISI'));
  });

  it('leaves out names an actor already has, however written', () => {
    const names = suggestions.map((s) => normaliseName(s.name));
    expect(names).toContain('imran khan');
    expect(names).not.toContain('afghan taliban');
    expect(names).not.toContain('taliban');
    const withKhan = suggestNewActors(REPORT, [
      taliban,
      { id: 'imran-khan', name: 'Imrán  Khan', aliases: [], kind: 'person' },
      {
        id: 'isi',
        name: 'Inter-Services Intelligence',
        shortName: 'I.S.I.',
        aliases: [],
        kind: 'intelligence-agency',
      },
    ]);
    expect(byName(withKhan, 'Imran Khan')).toBeUndefined();
    expect(byName(withKhan, 'ISI')).toBeUndefined();
    expect(byName(withKhan, 'Pakistan Army')).toBeDefined();
  });

  it('orders by count, then by first mention, and honours the limit', () => {
    for (let i = 1; i < suggestions.length; i++) {
      const [a, b] = [suggestions[i - 1]!, suggestions[i]!];
      expect(a.count > b.count || (a.count === b.count && a.first <= b.first)).toBe(true);
    }
    expect(suggestions[0]!.name).toBe('Imran Khan');
    expect(suggestNewActors(REPORT, [taliban], 2)).toEqual(suggestions.slice(0, 2));
    expect(suggestNewActors(REPORT, [taliban], 0)).toEqual([]);
  });

  it('reads "Full Name (ACR)" to tell what an acronym is', () => {
    const text = 'The Inter-Services Intelligence (ISI) met the press. The ISI said so.';
    expect(byName(suggestNewActors(text, []), 'ISI')?.kind).toBe('intelligence-agency');
  });

  it('does not count a word inside a known actor’s longer name', () => {
    const text =
      'The Afghan Taliban spoke. The Afghan Taliban left. Then the Taliban Movement arrived.';
    const out = suggestNewActors(text, [taliban]);
    expect(byName(out, 'Taliban Movement')).toMatchObject({ kind: 'armed-group', count: 1 });
    expect(out.every((s) => normaliseName(s.name) !== 'afghan taliban')).toBe(true);
  });

  it('skips all-capital headings and common capitalised words', () => {
    const out = suggestNewActors(
      'BREAKING NEWS UPDATE\nThe talks resumed in the AM. Nothing else.',
      [],
    );
    expect(out.map((s) => s.name)).toEqual([]);
  });

  it('finds nothing new in the seed report beyond what its actors cover, and never its actors', () => {
    const data = seed();
    const actors = data.actors.map((a) => ({ ...a, aliases: a.aliases ?? [] })) as Actor[];
    const known = new Set(
      actors.flatMap((a) => [a.name, a.shortName ?? '', ...a.aliases]).map(normaliseName),
    );
    const out = suggestNewActors(data.sources[0]!.text, actors);
    for (const s of out) expect(known.has(normaliseName(s.name)), s.name).toBe(false);
    expect(out.every((s) => s.count > 0)).toBe(true);
  });

  it('finds the seed report’s main actors when the dataset has none', () => {
    const text = seed().sources[0]!.text;
    const out = suggestNewActors(text, []);
    expect(byName(out, 'Pakistan')).toMatchObject({
      kind: 'state',
      first: text.indexOf('Pakistan'),
    });
    expect(byName(out, 'Taliban')?.kind).toBe('armed-group');
    expect(byName(out, 'Imran Khan')?.kind).toBe('person');
    expect(byName(out, 'TTP')?.kind).toBe('armed-group');
    expect(byName(out, 'Inter-Services Intelligence')?.kind).toBe('intelligence-agency');
    // Counted in the text: "Pakistan" inside "Tehrik-e-Taliban Pakistan" is not Pakistan's.
    expect(byName(out, 'Pakistan')!.count).toBeLessThan(text.split('Pakistan').length - 1);
  });

  it('never throws on odd input', () => {
    const odd = [
      '',
      '   \n\n ',
      '😀🇵🇰'.repeat(500),
      '\u0000\uffff\ud800 lone surrogate \udc00',
      'ÉCOLE Ünïcödé Çafé Party',
      '(((((((((( [[[ ***',
      'A'.repeat(10_000),
      'Taliban '.repeat(5000),
      // One 180 KB "sentence": compromise alone took minutes on this before it was chunked.
      'Aa '.repeat(60_000),
      'The '.repeat(50_000),
    ];
    for (const text of odd) expect(() => suggestNewActors(text, [taliban])).not.toThrow();
    expect(suggestNewActors('', [])).toEqual([]);
  }, 30_000);

  it('handles a 1 MB report', () => {
    const big = `${REPORT}\n`.repeat(Math.ceil(1_000_000 / REPORT.length));
    const out = suggestNewActors(big, [taliban]);
    // compromise reads the first part only; counting covers the whole text.
    expect(byName(out, 'Imran Khan')!.count).toBe(3 * Math.ceil(1_000_000 / REPORT.length));
  }, 30_000);
});

describe('kindFromName and normaliseName', () => {
  it('guesses kinds from a name’s words', () => {
    expect(kindFromName('Pakistan Peoples Party')).toBe('political-party');
    expect(kindFromName('Frontier Corps')).toBe('military');
    expect(kindFromName('Pakistan Armed Forces')).toBe('military');
    expect(kindFromName('Ministry of Foreign Affairs')).toBe('government');
    expect(kindFromName('Tehrik-e-Taliban Pakistan')).toBe('armed-group');
    expect(kindFromName('Balochistan Liberation Front')).toBe('armed-group');
    expect(kindFromName('Imran Khan')).toBeNull();
  });

  it('ignores case, accents, punctuation, possessives and a leading "the"', () => {
    expect(normaliseName('The  Tehrik-e-Taliban, Pakistan')).toBe('tehrik e taliban pakistan');
    expect(normaliseName('Imrán Khan’s')).toBe('imran khan');
    expect(normaliseName('I.S.I.')).toBe('i s i');
  });
});
