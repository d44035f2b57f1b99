import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importBytes } from '../../src/io/import';
import { validateDataset } from '../../src/model/validate';
import { combineDatasets, prefixed, retitlePart, type CombinePart } from '../../src/model/combine';
import { nameKey, scoreActors, suggestMatches, type ActorRef } from '../../src/model/matchActors';
import type { Actor, Dataset } from '../../src/model/schema';
import { buildIndex, withDescendants } from '../../src/query/indexes';
import { filterEvents } from '../../src/query/filter';
import { EMPTY_FILTERS } from '../../src/query/filter';
import { seed } from './helpers';

const report = validateDataset(seed()).dataset!;
const acled = importBytes(readFileSync('tests/fixtures/import/acled.csv'), {
  file: 'acled.csv',
}).dataset!;
const parts: CombinePart[] = [
  { id: 'seed', title: report.title, dataset: report },
  { id: 'acled-x1', title: 'ACLED Pakistan', dataset: acled },
];
const actor = (name: string, extra: Partial<Actor> = {}): Actor => ({
  id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  name,
  aliases: [],
  kind: 'armed-group',
  ...extra,
});
const pairs = (s: ReturnType<typeof suggestMatches>) =>
  s.map((m) => [m.keep, m.merge] as [ActorRef, ActorRef]);

describe('matching actors by name', () => {
  it('folds transliterations, the izafat, accents, punctuation and regime years', () => {
    expect(nameKey('Tehreek-e-Taliban Pakistan')).toBe('tehrik taliban pakistan');
    expect(nameKey('Tehrik-i-Taliban Pakistan')).toBe('tehrik taliban pakistan');
    expect(nameKey('Military Forces of Pakistan (2018-2022)')).toBe('military forces of pakistan');
    expect(nameKey('Pakistan’s Inter-Services Intelligence')).toBe(
      'pakistans inter services intelligence',
    );
    expect(nameKey('Ḥaqqānī Network')).toBe('haqqani network');
  });

  it('finds "TTP: Tehrik-i-Taliban Pakistan" to be the report’s TTP (same name, either side)', () => {
    const ttp = report.actors.find((a) => a.id === 'ttp')!;
    expect(scoreActors(ttp, actor('TTP: Tehrik-i-Taliban Pakistan'))).toEqual({
      score: 1,
      reason: 'same name',
    });
    // No alias in common: the folded full names still meet.
    expect(
      scoreActors(actor('Tehrik-i-Taliban Pakistan'), actor('Tehreek-e-Taliban Pakistan')).score,
    ).toBe(1);
  });

  it('scores initials and near spellings below a same name, and unrelated names not at all', () => {
    const near = scoreActors(actor('Baloch Liberation Army'), actor('Balochistan Liberation Army'));
    expect(near.reason).toBe('similar name');
    expect(near.score).toBeGreaterThan(0.6);
    expect(near.score).toBeLessThan(1);
    expect(scoreActors(actor('ISKP'), actor('Islamic State Khorasan Province'))).toEqual({
      score: 0.9,
      reason: 'initials',
    });
    expect(
      scoreActors(actor('Afghan Taliban'), actor('Protesters (Afghanistan)')).score,
    ).toBeLessThan(0.6);
  });

  it('reads a trailing "(Country)" as where, not who', () => {
    const s = suggestMatches([report.actors, acled.actors]);
    expect(s.find((m) => m.merge.id === 'women-afghanistan')).toBeUndefined();
    expect(s[0]).toMatchObject({
      keep: { id: 'ttp' },
      merge: { id: 'ttp-tehrik-i-taliban-pakistan' },
    });
  });

  it('suggests one match per actor of a later dataset, best first, never within one dataset', () => {
    const a = [actor('Tehrik-e-Taliban Pakistan', { aliases: ['TTP'] }), actor('Afghan Taliban')];
    const b = [
      actor('TTP: Tehrik-i-Taliban Pakistan'),
      actor('Taliban (Afghanistan)'),
      actor('Civilians (Pakistan)'),
      actor('Civilians (Pakistan) 2'),
    ];
    const s = suggestMatches([a, b]);
    expect(s[0]).toEqual({
      keep: { part: 0, id: 'tehrik-e-taliban-pakistan' },
      merge: { part: 1, id: 'ttp-tehrik-i-taliban-pakistan' },
      score: 1,
      reason: 'same name',
    });
    expect(s.every((m) => m.keep.part === 0 && m.merge.part === 1)).toBe(true);
    expect(new Set(s.map((m) => m.merge.id)).size).toBe(s.length);
    expect(s.map((m) => m.score)).toEqual([...s.map((m) => m.score)].sort((x, y) => y - x));
  });
});

describe('combining datasets', () => {
  const merges = pairs(suggestMatches(parts.map((p) => p.dataset.actors)));
  const combined = combineDatasets(parts, merges);

  it('still validates, every id prefixed with its part', () => {
    const { dataset, problems } = validateDataset(combined);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset).not.toBeNull();
    for (const key of ['sources', 'events', 'relations'] as const) {
      for (const item of combined[key]) expect(item.id).toMatch(/^(seed|acled-x1)-/);
    }
    expect(combined.events).toHaveLength(report.events.length + acled.events.length);
    expect(combined.combines).toEqual([
      { id: 'seed', title: report.title },
      { id: 'acled-x1', title: 'ACLED Pakistan' },
    ]);
  });

  it('renames a part: its title, and the title and description made from the parts', () => {
    const renamed = retitlePart(combined, 'acled-x1', 'ACLED, spring 2022');
    expect(renamed.combines![1]).toEqual({ id: 'acled-x1', title: 'ACLED, spring 2022' });
    expect(renamed.title).toBe(`${report.title} + ACLED, spring 2022`);
    expect(renamed.description).toContain('“ACLED, spring 2022”');
    expect(renamed.events).toBe(combined.events);
    // A dataset without that part is left as it is.
    expect(retitlePart(combined, 'other', 'X')).toBe(combined);
    expect(retitlePart(report, 'seed', 'X')).toBe(report);
  });

  it('says which part and which source every event came from', () => {
    const sources = new Set(combined.sources.map((s) => s.id));
    for (const e of combined.events) {
      expect(['seed', 'acled-x1']).toContain(e.dataset);
      for (const ev of e.evidence) expect(sources.has(ev.source)).toBe(true);
      expect(e.evidence[0]!.source.startsWith(`${e.dataset}-`)).toBe(true);
    }
  });

  it('merges the TTP, so filtering by it shows the report’s events and ACLED’s together', () => {
    const ttp = combined.actors.find((a) => a.id === 'seed-ttp')!;
    expect(ttp.aliases).toContain('TTP: Tehrik-i-Taliban Pakistan');
    expect(combined.actors.some((a) => a.name === 'TTP: Tehrik-i-Taliban Pakistan')).toBe(false);
    const index = buildIndex(combined);
    const shown = filterEvents(index, { ...EMPTY_FILTERS, actors: ['seed-ttp'] });
    const from = new Set([...shown].map((i) => index.events[i]!.dataset));
    expect(from).toEqual(new Set(['seed', 'acled-x1']));
    expect(withDescendants(index, 'seed-ttp')).toContain('seed-ttp');
  });

  it('without merges keeps every actor apart, and rewrites parents within their part', () => {
    const apart = combineDatasets(parts, []);
    expect(apart.actors).toHaveLength(report.actors.length + acled.actors.length);
    expect(apart.actors.find((a) => a.id === 'seed-isi')!.parent).toBe('seed-pakistan-military');
    expect(validateDataset(apart).dataset).not.toBeNull();
  });

  it('never makes a parent cycle out of two datasets that disagree', () => {
    const one = { ...report, actors: [actor('A'), actor('B', { parent: 'a' })] } as Dataset;
    const two = { ...report, actors: [actor('A', { parent: 'b' }), actor('B')] } as Dataset;
    const merged = combineDatasets(
      [
        { id: 'p', title: 'P', dataset: { ...one, events: [], relations: [] } },
        { id: 'q', title: 'Q', dataset: { ...two, events: [], relations: [] } },
      ],
      [
        [
          { part: 0, id: 'a' },
          { part: 1, id: 'a' },
        ],
        [
          { part: 0, id: 'b' },
          { part: 1, id: 'b' },
        ],
      ],
    );
    expect(merged.actors.map((a) => [a.id, a.parent])).toEqual([
      ['p-a', undefined],
      ['p-b', 'p-a'],
    ]);
    expect(validateDataset(merged).dataset).not.toBeNull();
  });

  it('keeps long ids within 64 characters, distinct', () => {
    const long = 'x'.repeat(60);
    const a = prefixed('acled-abcdef', `${long}-1`);
    const b = prefixed('acled-abcdef', `${long}-2`);
    expect(a.length).toBeLessThanOrEqual(64);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });
});
