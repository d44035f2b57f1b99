/**
 * Deterministic synthetic datasets for benchmarks and scale tests. The same options give
 * the same dataset, byte for byte. Every dataset passes validation: the text is generated
 * sentence by sentence and each event's evidence is its own sentence, at its real offsets.
 */
import {
  ACTOR_KINDS,
  PLOVER_CATEGORIES,
  type DatasetInput,
  type Event,
  type Actor,
} from '../src/model/schema';
import { seededRandom } from '../src/query/random';

export interface SyntheticOptions {
  events: number;
  actors: number;
  seed: number;
  /** Give every event a place (for the map). Drawn from a separate stream, so the rest of
   * the dataset is the same with or without places. */
  located?: boolean;
}

/**
 * Towns that conflict data clusters around (approximate coordinates, lon/lat): places are
 * scattered around them, so the synthetic map has dense hubs and sparse margins as ACLED's has.
 */
const HUBS: readonly (readonly [number, number])[] = [
  [69.2, 34.5],
  [67.0, 24.9],
  [3.4, 6.5],
  [31.2, 30.0],
  [36.8, -1.3],
  [15.3, -4.3],
  [-74.1, 4.6],
  [-99.1, 19.4],
  [-77.0, -12.0],
  [-46.6, -23.5],
  [44.4, 33.3],
  [36.3, 33.5],
  [44.2, 15.4],
  [45.3, 2.0],
  [32.5, 15.5],
  [-8.0, 12.6],
  [2.1, 13.5],
  [30.5, 50.4],
  [90.4, 23.8],
  [96.2, 16.8],
  [121.0, 14.6],
  [106.8, -6.2],
  [38.7, 9.0],
  [13.2, 11.8],
  [77.2, 28.6],
  [51.4, 35.7],
  [-66.9, 10.5],
  [-72.3, 18.5],
  [13.2, 32.9],
  [31.6, 4.9],
];
const PRECISIONS = [
  'point',
  'point',
  'point',
  'point',
  'near',
  'near',
  'district',
  'region',
] as const;

/** A pool of places around the hubs, then one per event (busy places more often). */
function placePicker(seed: number, events: number): () => NonNullable<Event['location']> {
  const r = seededRandom(seed ^ 0x5eed);
  const spread = () => (r() + r() + r() - 1.5) * 4; // about ±6°, most within ±2°
  const sites = Array.from({ length: Math.max(50, Math.round(events / 6)) }, (_, i) => {
    const [lon, lat] = HUBS[Math.floor(Math.pow(r(), 1.5) * HUBS.length)]!;
    const round = (x: number) => Math.round(x * 1e4) / 1e4;
    return {
      name: `Place ${i}`,
      precision: PRECISIONS[Math.floor(r() * PRECISIONS.length)]!,
      lon: round(Math.max(-180, Math.min(180, lon + spread()))),
      lat: round(Math.max(-85, Math.min(85, lat + spread() * 0.7))),
    };
  });
  return () => sites[Math.floor(Math.pow(r(), 2) * sites.length)]!;
}

const NAMES = ['Northern', 'Eastern', 'Coastal', 'Highland', 'River', 'Border', 'Central', 'Union'];
const NOUNS = [
  'Front',
  'Council',
  'Brigade',
  'Movement',
  'Ministry',
  'League',
  'Alliance',
  'Guard',
];
const VERBS: Record<string, string> = {
  AGREE: 'agreed with',
  CONSULT: 'met',
  SUPPORT: 'backed',
  CONCEDE: 'conceded to',
  COOPERATE: 'worked with',
  AID: 'sent aid to',
  RETREAT: 'withdrew from',
  REQUEST: 'appealed to',
  ACCUSE: 'accused',
  REJECT: 'rejected',
  THREATEN: 'threatened',
  PROTEST: 'protested against',
  SANCTION: 'sanctioned',
  MOBILIZE: 'mobilised against',
  COERCE: 'detained members of',
  ASSAULT: 'attacked',
};
const pad = (n: number) => String(n).padStart(2, '0');

/** A real-looking EDTF date: mostly days, some months and years, some fuzzy, some spans. */
function randomDate(r: () => number): string {
  const y = 1990 + Math.floor(r() * 35);
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  const q = r() < 0.1 ? '~' : r() < 0.05 ? '?' : '';
  const kind = r();
  if (kind < 0.5) return `${y}-${pad(m)}-${pad(d)}${q}`;
  if (kind < 0.75) return `${y}-${pad(m)}${q}`;
  if (kind < 0.85) return `${y}${q}`;
  const months = 1 + Math.floor(r() * 18);
  const y2 = y + Math.floor((m - 1 + months) / 12);
  const m2 = ((m - 1 + months) % 12) + 1;
  return `${y}-${pad(m)}/${y2}-${pad(m2)}`;
}

export function generateDataset({
  events,
  actors,
  seed,
  located = false,
}: SyntheticOptions): DatasetInput {
  const r = seededRandom(seed);
  const placeOf = located ? placePicker(seed, events) : null;
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const actorList: Actor[] = [];
  for (let i = 0; i < actors; i++) {
    // About a fifth of actors sit under an earlier one, giving a shallow affiliation tree.
    const parent = i > 5 && r() < 0.2 ? actorList[Math.floor(r() * i)]!.id : undefined;
    actorList.push({
      id: `a${i}`,
      name: `${pick(NAMES)} ${pick(NOUNS)} ${i}`,
      aliases: [],
      kind: pick(ACTOR_KINDS),
      ...(parent ? { parent } : {}),
    });
  }
  // Actor popularity follows a power law, as in real event data.
  const actorAt = () => actorList[Math.floor(Math.pow(r(), 2.5) * actors)]!;

  const sentences: string[] = [];
  let offset = 0;
  const eventList: Event[] = [];
  for (let i = 0; i < events; i++) {
    const category = pick(PLOVER_CATEGORIES);
    const a = actorAt();
    let b = actorAt();
    if (b.id === a.id) b = actorList[(actorList.indexOf(a) + 1) % actors]!;
    const when = randomDate(r);
    const sentence = `Report ${i}: the ${a.name} ${VERBS[category]} the ${b.name} (${when}).`;
    const start = offset;
    const end = start + sentence.length;
    sentences.push(sentence);
    offset = end + 1; // the joining space
    eventList.push({
      id: `e${i}`,
      title: `${a.name} ${VERBS[category]} ${b.name}`,
      summary: '',
      category,
      context: [],
      when: { edtf: when, basis: 'stated', phrase: when },
      participants: [
        { actor: a.id, role: 'initiator' },
        ...(actors > 1 ? [{ actor: b.id, role: 'target' as const }] : []),
      ],
      ...(placeOf ? { location: { ...placeOf() } } : {}),
      evidence: [
        {
          source: 'synthetic-text',
          quote: { type: 'TextQuoteSelector', exact: sentence },
          position: { type: 'TextPositionSelector', start, end },
        },
      ],
    });
  }
  return {
    format: 'traceline/1',
    id: `synthetic-${events}-${actors}-${seed}${located ? '-located' : ''}`,
    title: `Synthetic dataset: ${events} events, ${actors} actors (seed ${seed})`,
    sources: [
      {
        id: 'synthetic-text',
        title: 'Generated report',
        published: { edtf: '2025', basis: 'stated' },
        text: sentences.join(' '),
      },
    ],
    actors: actorList,
    events: eventList,
    relations: [],
  };
}
