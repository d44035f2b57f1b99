/**
 * ACLED export rows to events.
 *
 * Provenance: one source per row. A row's `notes` is its own narrative and becomes the text
 * of a source whose title cites `source` (the outlets); the event's evidence selects the
 * whole note. One source per row (rather than one per file with the notes joined) keeps each
 * passage readable on its own, lets a bad row be dropped without moving any offset, and keeps
 * a 300k-row file from becoming one 100 MB text in the reader.
 *
 * Dates keep ACLED's precision (dates.ts); categories go to PLOVER (plover.ts) with
 * event_type, sub_event_type and the inter codes kept in `origin.codes`; actor1/2 and their
 * associates become actors whose kinds come from inter1/inter2.
 */
import type { ActorKind, Event, Participant, Source } from '../../model/schema';
import { ActorTable } from './actors';
import {
  cleanText,
  codes,
  external,
  IdPool,
  num,
  precisionOf,
  title,
  type Precision,
} from './common';
import { acledWhen, readDay, ymd } from './dates';
import { acledToPlover } from './plover';
import { cellsOf, recordsOf, type Table } from './table';
import type { Mapped } from './types';

/** inter codes (numbers, or the text labels of 2024+ releases) to actor kinds. */
const INTER: Record<string, ActorKind> = {
  '1': 'military', // state forces (ACLED also counts police and government here)
  '2': 'armed-group', // rebel groups
  '3': 'armed-group', // political militias
  '4': 'armed-group', // identity militias
  '5': 'social-group', // rioters
  '6': 'social-group', // protesters
  '7': 'social-group', // civilians
  '8': 'international', // external/other forces
  'state forces': 'military',
  'rebel group': 'armed-group',
  'political militia': 'armed-group',
  'identity militia': 'armed-group',
  rioters: 'social-group',
  protesters: 'social-group',
  civilians: 'social-group',
  'external/other forces': 'international',
};

/** A state-forces actor named as a government is a government, not its army. */
const kindOf = (inter: string, name: string): ActorKind | undefined => {
  const k = INTER[inter.trim().toLowerCase()];
  return k === 'military' && /^government of /i.test(name) ? 'government' : k;
};

/** ACLED geo_precision to the model's location precision (reference/formats.md). */
export const ACLED_GEO_PRECISION: Record<string, Precision> = {
  '1': 'point',
  '2': 'near',
  '3': 'region',
};

/** Inline formatting tags that real notes carry ("[size=large]…[/size]"). */
const TAGS = /\[\/?[a-z]+(?:=[^\]]*)?\]/gi;

const COLUMN_OF = {
  when: 'event_date',
  location: 'latitude',
  title: 'event_type',
  evidence: 'notes',
  participants: 'actor1',
  category: 'event_type',
  published: 'timestamp',
};

export function mapAcled(table: Table, file: string): Mapped {
  const ids = new IdPool();
  const actors = new ActorTable(ids);
  const events: Event[] = [];
  const rowsOf: number[][] = [];
  const sources: Source[] = [];
  const badRows = [...table.problems];
  const seen = new Map<string, number>();
  let tagged = 0;

  for (const { row, get, p } of recordsOf(table, table.header, badRows)) {
    const idRaw = get('event_id_cnty');
    if (!idRaw) p.add('event_id_cnty', '', 'is empty: every ACLED event has an id');
    else if (seen.has(idRaw))
      p.add('event_id_cnty', idRaw, `repeats the id of row ${seen.get(idRaw)}`);
    else seen.set(idRaw, row);

    const day = readDay(get('event_date'));
    if (!day) p.add('event_date', get('event_date'), 'is not a date');
    const precision = num(get('time_precision'));
    const edtf = day && precision !== null ? acledWhen(day, precision) : null;
    if (day && !edtf) p.add('time_precision', get('time_precision'), 'is not 1, 2 or 3');

    const plover = acledToPlover(get('event_type'), get('sub_event_type'));
    if (!plover) p.add('event_type', get('event_type'), 'is not an ACLED event type');

    const notes = cleanText(get('notes').replace(TAGS, () => (tagged++, '')));
    if (!notes) p.add('notes', '', 'is empty: there is no passage to support the event');

    const participants: Participant[] = [];
    const side = (n: 1 | 2) => {
      const name = get(`actor${n}`);
      const inter = get(`inter${n}`);
      if (!name) {
        if (n === 1) p.add('actor1', '', 'is empty: every ACLED event has a first actor');
        return;
      }
      const kind = kindOf(inter, name);
      if (!kind) {
        p.add(`inter${n}`, inter, 'is not an ACLED inter code (1–8 or its label)');
        return;
      }
      const battle = get('event_type').toLowerCase() === 'battles';
      const role = !get('actor2') || battle ? 'participant' : n === 1 ? 'initiator' : 'target';
      participants.push({ actor: actors.add(name, kind), role });
      for (const assoc of get(`assoc_actor_${n}`).split(';')) {
        // An associate's own kind is not coded: it takes the side's.
        if (assoc.trim())
          participants.push({ actor: actors.add(assoc, kind), role: 'participant' });
      }
    };
    side(1);
    side(2);

    const lat = num(get('latitude'));
    const lon = num(get('longitude'));
    if (get('latitude') && (lat === null || Math.abs(lat) > 90))
      p.add('latitude', get('latitude'), 'is not a latitude');
    if (get('longitude') && (lon === null || Math.abs(lon) > 180))
      p.add('longitude', get('longitude'), 'is not a longitude');

    if (!p.ok || !day || !edtf || !plover) {
      badRows.push(...p.list);
      continue;
    }
    const id = ids.take(idRaw, `acled-${row}`);
    const stamp = num(get('timestamp'));
    const edited = stamp !== null ? new Date(stamp * 1000).toISOString().slice(0, 10) : null;
    const sourceId = ids.take(`${idRaw}-notes`, `acled-notes-${row}`);
    sources.push({
      id: sourceId,
      title: title(`ACLED ${idRaw}: ${get('source') || 'source not named'}`),
      publisher: get('source') || undefined,
      published: edited
        ? external(edited, "ACLED's last edit of the record (timestamp), not the event's date")
        : external(ymd(day), 'no timestamp: the event date stands in'),
      text: notes,
    });
    const place = [get('location'), get('admin1'), get('country')].filter(Boolean).join(', ');
    const fatalities = num(get('fatalities'));
    const precisionNote = [
      '',
      'the day',
      'a week (ACLED weeks run Saturday to Friday)',
      'only the month',
    ];
    events.push({
      id,
      title: title(
        `${get('sub_event_type') || get('event_type')}: ${get('actor1')}${get('actor2') ? ` and ${get('actor2')}` : ''}${place ? `, ${get('location') || place}` : ''}`,
      ),
      summary: fatalities !== null ? `Fatalities reported: ${fatalities}.` : '',
      category: plover.category,
      ...(plover.mode ? { mode: plover.mode } : {}),
      context: [],
      acled: {
        eventType: get('event_type'),
        ...(get('sub_event_type') ? { subEventType: get('sub_event_type') } : {}),
      },
      when: external(
        edtf,
        `ACLED event_date ${get('event_date')}, time_precision ${precision}: ${precisionNote[precision!]}`,
      ),
      participants,
      ...(place
        ? {
            location: {
              name: place,
              ...precisionOf(ACLED_GEO_PRECISION, get('geo_precision')),
              ...(lat !== null && lon !== null ? { lat, lon } : {}),
            },
          }
        : {}),
      evidence: [
        {
          source: sourceId,
          quote: { type: 'TextQuoteSelector', exact: notes },
          position: { type: 'TextPositionSelector', start: 0, end: notes.length },
        },
      ],
      origin: {
        format: 'acled',
        id: idRaw,
        codes: codes({
          event_type: get('event_type'),
          sub_event_type: get('sub_event_type'),
          disorder_type: get('disorder_type'),
          inter1: get('inter1'),
          inter2: get('inter2'),
          interaction: get('interaction'),
          civilian_targeting: get('civilian_targeting'),
          iso: get('iso'),
          geo_precision: get('geo_precision'),
          time_precision: get('time_precision'),
          fatalities: get('fatalities'),
          tags: get('tags'),
          source_scale: get('source_scale'),
        }),
      },
    });
    rowsOf.push([row]);
  }
  const warnings =
    tagged > 0
      ? [`${tagged} inline formatting tag(s) such as [size=large] were removed from notes`]
      : [];
  return {
    events,
    rowsOf,
    sources,
    actors: actors.list(),
    badRows,
    warnings,
    rowsRead: table.rows.length,
    title: `ACLED export: ${file}`,
    header: table.header,
    cells: cellsOf(table),
    columnOf: COLUMN_OF,
  };
}
