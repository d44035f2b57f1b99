import { describe, expect, it } from 'vitest';
import { Dataset, type DatasetInput } from '../../src/model/schema';
import { buildIndex } from '../../src/query/indexes';
import { EMPTY_FILTERS, filterEvents, filterRelations, type Filters } from '../../src/query/filter';
import { deriveGraph, neighboursOf, tiesOf, type ActorGraph } from '../../src/query/graph/derive';
import { edgeName, nodeName, wrapLabel } from '../../src/query/graph/labels';
import { seed } from './helpers';

const evidence = [
  {
    source: 's',
    quote: { type: 'TextQuoteSelector' as const, exact: 'x' },
    position: { type: 'TextPositionSelector' as const, start: 0, end: 1 },
  },
];

/** A small world: Pakistan ⊃ military ⊃ ISI, the TTP, the Afghan Taliban. */
function world(
  events: { id: string; category: string; edtf: string; p: [string, string][] }[],
  relations: DatasetInput['relations'] = [],
) {
  const input: DatasetInput = {
    format: 'traceline/1',
    id: 'w',
    title: 'w',
    sources: [{ id: 's', title: 's', published: { edtf: '2022', basis: 'stated' }, text: 'x' }],
    actors: [
      { id: 'pak', name: 'Pakistan', kind: 'state' },
      { id: 'mil', name: 'Pakistani military', kind: 'military', parent: 'pak' },
      {
        id: 'isi',
        name: 'Inter-Services Intelligence',
        shortName: 'ISI',
        kind: 'intelligence-agency',
        parent: 'mil',
      },
      { id: 'ttp', name: 'Tehrik-e-Taliban Pakistan', shortName: 'TTP', kind: 'armed-group' },
      { id: 'tal', name: 'Afghan Taliban', kind: 'armed-group' },
    ],
    events: events.map((e) => ({
      id: e.id,
      title: e.id,
      category: e.category as never,
      when: { edtf: e.edtf, basis: 'stated' as const },
      participants: e.p.map(([actor, role]) => ({ actor, role: role as never })),
      evidence,
    })),
    relations,
  };
  return buildIndex(Dataset.parse(input));
}

function graphOf(
  index: ReturnType<typeof world>,
  filters: Partial<Filters> = {},
  collapse = false,
) {
  const f = { ...EMPTY_FILTERS, ...filters };
  return deriveGraph(index, filterEvents(index, f), filterRelations(index, f), { collapse });
}

const edgeKeys = (g: ActorGraph) =>
  g.edges
    .map((e) => `${e.source}>${e.target} ${e.type} ${e.role} ${e.count} [${e.ids.join(',')}]`)
    .sort();

describe('deriveGraph', () => {
  it('draws initiator → target edges typed by category, merged per pair and type', () => {
    const index = world([
      {
        id: 'a1',
        category: 'ASSAULT',
        edtf: '2021-09',
        p: [
          ['ttp', 'initiator'],
          ['pak', 'target'],
        ],
      },
      {
        id: 'a2',
        category: 'ASSAULT',
        edtf: '2021-10',
        p: [
          ['ttp', 'initiator'],
          ['pak', 'target'],
        ],
      },
      {
        id: 't1',
        category: 'THREATEN',
        edtf: '2021-10',
        p: [
          ['ttp', 'initiator'],
          ['pak', 'target'],
        ],
      },
      {
        id: 'a3',
        category: 'ASSAULT',
        edtf: '2021-11',
        p: [
          ['pak', 'initiator'],
          ['ttp', 'target'],
        ],
      },
    ]);
    const g = graphOf(index);
    expect(edgeKeys(g)).toEqual([
      'pak>ttp ASSAULT direct 1 [a3]',
      'ttp>pak ASSAULT direct 2 [a1,a2]',
      'ttp>pak THREATEN direct 1 [t1]',
    ]);
    expect(g.nodes.map((n) => [n.id, n.eventCount])).toEqual([
      ['pak', 4],
      ['ttp', 4],
    ]);
  });

  it('draws mediator edges to every party of brokered talks, and mutual ties between participants', () => {
    const index = world([
      {
        id: 'talks',
        category: 'CONSULT',
        edtf: '2021-11',
        p: [
          ['pak', 'participant'],
          ['ttp', 'participant'],
          ['tal', 'mediator'],
        ],
      },
    ]);
    expect(edgeKeys(graphOf(index))).toEqual([
      'pak>ttp CONSULT mutual 1 [talks]',
      'tal>pak CONSULT mediator 1 [talks]',
      'tal>ttp CONSULT mediator 1 [talks]',
    ]);
  });

  it('ties the initiator to an affected party apart from its target', () => {
    const index = world([
      {
        id: 'strike',
        category: 'ASSAULT',
        edtf: '2022-04',
        p: [
          ['pak', 'initiator'],
          ['ttp', 'target'],
          ['tal', 'affected'],
        ],
      },
    ]);
    expect(edgeKeys(graphOf(index))).toEqual([
      'pak>tal ASSAULT affected 1 [strike]',
      'pak>ttp ASSAULT direct 1 [strike]',
    ]);
  });

  it('adds relation edges typed by kind, and a node for a lone participant', () => {
    const index = world(
      [{ id: 'born', category: 'RETREAT', edtf: '1947', p: [['pak', 'participant']] }],
      [{ id: 'r1', kind: 'influences', from: 'isi', to: 'tal', title: 'r1', evidence }],
    );
    const g = graphOf(index);
    expect(edgeKeys(g)).toEqual(['isi>tal influences relation 1 [r1]']);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['isi', 'pak', 'tal']);
    expect(g.nodes.find((n) => n.id === 'isi')).toMatchObject({ eventCount: 0, relationCount: 1 });
  });

  it('links each actor to its nearest ancestor in the graph ("part of")', () => {
    const index = world(
      [
        {
          id: 'e',
          category: 'ASSAULT',
          edtf: '2022',
          p: [
            ['pak', 'initiator'],
            ['ttp', 'target'],
          ],
        },
      ],
      [{ id: 'r1', kind: 'influences', from: 'isi', to: 'tal', title: 'r1', evidence }],
    );
    // The military is not in the graph, so the ISI hangs straight from Pakistan.
    expect(graphOf(index).partOf).toEqual([{ child: 'isi', parent: 'pak' }]);
  });

  it('collapses sub-actors into their top-level actor, merging their edges and dropping self-ties', () => {
    const index = world(
      [
        {
          id: 'e1',
          category: 'ASSAULT',
          edtf: '2022-01',
          p: [
            ['pak', 'initiator'],
            ['ttp', 'target'],
          ],
        },
        {
          id: 'e2',
          category: 'ASSAULT',
          edtf: '2022-02',
          p: [
            ['mil', 'initiator'],
            ['ttp', 'target'],
          ],
        },
        // Both initiators fold into Pakistan: the event still counts once.
        {
          id: 'e3',
          category: 'ASSAULT',
          edtf: '2022-03',
          p: [
            ['mil', 'initiator'],
            ['isi', 'initiator'],
            ['ttp', 'target'],
          ],
        },
      ],
      [
        { id: 'r1', kind: 'influences', from: 'isi', to: 'tal', title: 'r1', evidence },
        { id: 'r2', kind: 'controls', from: 'mil', to: 'pak', title: 'r2', evidence },
      ],
    );
    expect(edgeKeys(graphOf(index))).toHaveLength(5);
    const g = graphOf(index, {}, true);
    expect(edgeKeys(g)).toEqual([
      'pak>tal influences relation 1 [r1]',
      'pak>ttp ASSAULT direct 3 [e1,e2,e3]',
    ]);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['pak', 'tal', 'ttp']);
    expect(g.nodes.find((n) => n.id === 'pak')!.eventCount).toBe(3);
    expect(g.partOf).toEqual([]);
  });

  it('is scoped by the time window: 2021 and 2022 show different relations', () => {
    const index = world([
      {
        id: 'talks',
        category: 'CONSULT',
        edtf: '2021-11',
        p: [
          ['pak', 'initiator'],
          ['ttp', 'target'],
        ],
      },
      {
        id: 'strike',
        category: 'ASSAULT',
        edtf: '2022-04',
        p: [
          ['pak', 'initiator'],
          ['ttp', 'target'],
        ],
      },
      {
        id: 'protest',
        category: 'PROTEST',
        edtf: '2022-05',
        p: [
          ['tal', 'initiator'],
          ['pak', 'target'],
        ],
      },
    ]);
    const y2021 = graphOf(index, { window: [Date.UTC(2021, 0, 1), Date.UTC(2021, 11, 31)] });
    const y2022 = graphOf(index, { window: [Date.UTC(2022, 0, 1), Date.UTC(2022, 11, 31)] });
    expect(edgeKeys(y2021)).toEqual(['pak>ttp CONSULT direct 1 [talks]']);
    expect(edgeKeys(y2022)).toEqual([
      'pak>ttp ASSAULT direct 1 [strike]',
      'tal>pak PROTEST direct 1 [protest]',
    ]);
    expect(y2021.nodes.map((n) => n.id)).not.toContain('tal');
  });

  it('lists ties and neighbours of an actor', () => {
    const index = world([
      {
        id: 'e1',
        category: 'ASSAULT',
        edtf: '2022',
        p: [
          ['ttp', 'initiator'],
          ['pak', 'target'],
        ],
      },
      {
        id: 'e2',
        category: 'SUPPORT',
        edtf: '2022',
        p: [
          ['tal', 'initiator'],
          ['ttp', 'target'],
        ],
      },
    ]);
    const g = graphOf(index);
    expect(tiesOf(g, 'ttp').map(([e, other]) => `${e.type} ${other}`)).toEqual([
      'ASSAULT pak',
      'SUPPORT tal',
    ]);
    expect([...neighboursOf(g).get('ttp')!].sort()).toEqual(['pak', 'tal']);
  });
});

describe('the seed report as a graph', () => {
  const index = buildIndex(Dataset.parse(seed()));
  const g = graphOf(index);

  it('has the TTP assaults on Pakistan and the airstrikes back, with their events', () => {
    const ttpToPak = g.edges.find(
      (e) => e.source === 'ttp' && e.target === 'pakistan' && e.type === 'ASSAULT',
    );
    expect(ttpToPak?.ids).toEqual(['ttp-terrorist-strikes']);
    const pakToTtp = g.edges.find(
      (e) => e.source === 'pakistan' && e.target === 'ttp' && e.type === 'ASSAULT',
    );
    expect(pakToTtp?.ids).toEqual(['airstrikes-on-ttp-in-afghanistan']);
    expect(edgeName(pakToTtp!, (id) => index.actorsById.get(id))).toBe(
      'Pakistan to TTP: 1 assault',
    );
  });

  it('names the Afghan Taliban as mediator of both rounds of talks with the TTP', () => {
    const mediated = g.edges.filter(
      (e) => e.source === 'afghan-taliban' && e.target === 'ttp' && e.role === 'mediator',
    );
    expect(mediated.flatMap((e) => e.ids).sort()).toEqual([
      'cease-fire-talks',
      'cease-fire-talks-fail',
      'former-isi-chief-kabul-talks',
    ]);
  });

  it('gives every actor an accessible name with its kind and event count', () => {
    const ttp = g.nodes.find((n) => n.id === 'ttp')!;
    expect(nodeName(ttp)).toMatch(/^Tehrik-e-Taliban Pakistan, armed group, \d+ events/);
    expect(ttp.eventCount).toBe(index.eventsByActor.get('ttp')!.length);
  });
});

describe('wrapLabel', () => {
  it('keeps short labels and wraps long ones on two lines at most', () => {
    expect(wrapLabel('TTP')).toEqual(['TTP']);
    expect(wrapLabel('Government of Pakistan')).toEqual(['Government of', 'Pakistan']);
    const lines = wrapLabel('Islamist political parties in Pakistan');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});
