import { describe, expect, it } from 'vitest';
import {
  Dataset,
  PLOVER_CATEGORIES,
  RELATION_KINDS,
  ROLES,
  type DatasetInput,
} from '../../src/model/schema';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents, filterRelations, type Filters } from '../../src/query/filter';
import { deriveGraph, type ActorGraph } from '../../src/query/graph/derive';
import { seededRandom } from '../../src/query/random';
import { referenceDeriveGraph } from './graph-derive-reference';
import { seed } from './helpers';

const evidence = [
  {
    source: 's',
    quote: { type: 'TextQuoteSelector' as const, exact: 'x' },
    position: { type: 'TextPositionSelector' as const, start: 0, end: 1 },
  },
];

/**
 * A random world with what the graph rules care about: an affiliation tree (so collapsing
 * folds actors), every role, an actor repeated in an event, ids whose string order is not
 * their number order (a10 < a9), references to actors that do not exist, self-relations.
 */
function randomWorld(seed: number, nEvents: number, nActors: number, repeatIds = false) {
  const r = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const actors: DatasetInput['actors'] = [];
  for (let i = 0; i < nActors; i++) {
    const parent = i > 2 && r() < 0.4 ? `a${Math.floor(r() * i)}` : undefined;
    actors.push({ id: `a${i}`, name: `A ${i}`, kind: 'state', ...(parent ? { parent } : {}) });
  }
  const actorId = () => (r() < 0.03 ? 'ghost' : `a${Math.floor(Math.pow(r(), 2) * nActors)}`);
  const events: DatasetInput['events'] = [];
  for (let i = 0; i < nEvents; i++) {
    const size = 1 + Math.floor(r() * 5);
    // Half the events have no initiator or target, so mutual ties and mediators show up.
    const roles = r() < 0.5 ? ROLES : (['participant', 'mediator'] as const);
    const event = {
      id: `e${i}`,
      title: `e${i}`,
      category: pick(PLOVER_CATEGORIES),
      when: { edtf: `${2000 + Math.floor(r() * 20)}`, basis: 'stated' as const },
      participants: Array.from({ length: size }, () => ({ actor: actorId(), role: pick(roles) })),
      evidence,
    };
    // Invalid data (validate.ts rejects it), but the graph must not change with it: every
    // other event repeats the one before, id and all, on the same edges.
    events.push(repeatIds && i % 2 === 1 ? { ...events[i - 1]!, title: `e${i}` } : event);
  }
  const relations: DatasetInput['relations'] = Array.from(
    { length: Math.floor(nEvents / 5) },
    (_, i) => ({
      id: repeatIds ? `e${i % 3}` : `r${i}`,
      kind: pick(RELATION_KINDS),
      from: actorId(),
      to: r() < 0.1 ? 'a0' : actorId(),
      title: `r${i}`,
      evidence,
      ...(r() < 0.5 ? { when: { edtf: `${2000 + Math.floor(r() * 20)}`, basis: 'stated' } } : {}),
    }),
  );
  return worldIndex({ actors, events, relations });
}

/** The index of a one-source dataset of these actors, events and relations. */
function worldIndex(parts: Pick<DatasetInput, 'actors' | 'events' | 'relations'>) {
  return buildIndex(
    Dataset.parse({
      format: 'traceline/1',
      id: 'w',
      title: 'w',
      sources: [{ id: 's', title: 's', published: { edtf: '2022', basis: 'stated' }, text: 'x' }],
      ...parts,
    } satisfies DatasetInput),
  );
}

const FILTERS: Partial<Filters>[] = [
  {},
  { window: [Date.UTC(2005, 0, 1), Date.UTC(2012, 11, 31)] },
  { actors: ['a1'], includeSubActors: true },
  { categories: ['ASSAULT', 'CONSULT', 'PROTEST'] },
];

describe('deriveGraph against the string-keyed reference', () => {
  it('gives a deep-equal graph (nodes, edges in order, ids, part-of) on random worlds', () => {
    let edgesSeen = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const index = randomWorld(seed, 40 + seed * 30, 5 + seed * 4);
      for (const filters of FILTERS) {
        const f = { ...EMPTY_FILTERS, ...filters };
        const shown = filterEvents(index, f);
        const relations = filterRelations(index, f);
        for (const collapse of [false, true]) {
          const got = deriveGraph(index, shown, relations, { collapse });
          const want = referenceDeriveGraph(index, shown, relations, { collapse });
          expect(got).toStrictEqual(want);
          edgesSeen += got.edges.length;
        }
      }
    }
    // Repeated ids (events, and relations sharing event ids) merge as before.
    for (let seed = 1; seed <= 4; seed++) {
      const index = randomWorld(seed, 200, 12, true);
      const shown = filterEvents(index, EMPTY_FILTERS);
      for (const collapse of [false, true]) {
        const args = [index, shown, index.dataset.relations, { collapse }] as const;
        expect(deriveGraph(...args)).toStrictEqual(referenceDeriveGraph(...args));
      }
    }
    // The worlds are not trivially empty.
    expect(edgesSeen).toBeGreaterThan(1000);
  });

  it('gives the same graph of the seed report, collapsed or not', () => {
    const index = buildIndex(Dataset.parse(seed()));
    const shown = filterEvents(index, EMPTY_FILTERS);
    const relations = filterRelations(index, EMPTY_FILTERS);
    for (const collapse of [false, true]) {
      const args = [index, shown, relations, { collapse }] as const;
      expect(deriveGraph(...args)).toStrictEqual(referenceDeriveGraph(...args));
    }
  });

  it('covers every edge role and merged edges in those worlds', () => {
    const index = randomWorld(7, 400, 30);
    const all = (collapse: boolean): ActorGraph =>
      deriveGraph(index, filterEvents(index, EMPTY_FILTERS), index.dataset.relations, {
        collapse,
      });
    const roles = new Set(all(false).edges.map((e) => e.role));
    expect([...roles].sort()).toEqual(['affected', 'direct', 'mediator', 'mutual', 'relation']);
    expect(all(true).edges.some((e) => e.count > 1)).toBe(true);
  });
});

/** One event of the given participants, in a world of actors a0…a11 (a11 ⊂ a10). */
function oneEvent(p: [string, string][], category = 'CONSULT') {
  const actors = Array.from({ length: 12 }, (_, i) => ({
    id: `a${i}`,
    name: `A ${i}`,
    kind: 'state' as const,
    ...(i === 11 ? { parent: 'a10' } : {}),
  }));
  return worldIndex({
    actors,
    events: [
      {
        id: 'e',
        title: 'e',
        category,
        when: { edtf: '2022', basis: 'stated' },
        participants: p.map(([actor, role]) => ({ actor, role })),
        evidence,
      },
    ] as DatasetInput['events'],
    relations: [],
  });
}

const edgeList = (g: ActorGraph) => g.edges.map((e) => `${e.id} ${e.count} [${e.ids.join()}]`);

describe('deriveGraph by hand', () => {
  it('stores a mutual tie in string order of the ids, not actor order', () => {
    const index = oneEvent([
      ['a9', 'participant'],
      ['a10', 'participant'],
    ]);
    expect(edgeList(deriveGraph(index, [0], []))).toEqual(['a10>a9:CONSULT:mutual 1 [e]']);
  });

  it('ties a mediator once to each distinct party, never to itself', () => {
    const index = oneEvent([
      ['a2', 'initiator'],
      ['a3', 'target'],
      ['a2', 'participant'],
      ['a3', 'mediator'],
      ['a4', 'mediator'],
    ]);
    expect(edgeList(deriveGraph(index, [0], []))).toEqual([
      'a2>a3:CONSULT:direct 1 [e]',
      'a3>a2:CONSULT:mediator 1 [e]',
      'a4>a2:CONSULT:mediator 1 [e]',
      'a4>a3:CONSULT:mediator 1 [e]',
    ]);
  });

  it('skips unknown actors and folds a sub-actor into its parent when collapsed', () => {
    const index = oneEvent(
      [
        ['a10', 'initiator'],
        ['a11', 'initiator'],
        ['ghost', 'initiator'],
        ['a1', 'target'],
        ['a11', 'affected'],
      ],
      'ASSAULT',
    );
    expect(edgeList(deriveGraph(index, [0], []))).toEqual([
      'a10>a1:ASSAULT:direct 1 [e]',
      'a10>a11:ASSAULT:affected 1 [e]',
      'a11>a1:ASSAULT:direct 1 [e]',
    ]);
    const collapsed = deriveGraph(index, [0], [], { collapse: true });
    expect(edgeList(collapsed)).toEqual(['a10>a1:ASSAULT:direct 1 [e]']);
    expect(collapsed.nodes.map((n) => [n.id, n.eventCount])).toEqual([
      ['a1', 1],
      ['a10', 1],
    ]);
  });
});
