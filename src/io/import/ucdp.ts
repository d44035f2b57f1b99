/**
 * UCDP GED rows to events. The source is the row's source_article (the passage, often
 * several citations separated by ";" or free text with line breaks), titled by
 * source_headline, published by source_office on source_date; the GED id is kept. Where
 * UCDP holds no source (number_of_sources −1) the source is the record itself, said so.
 *
 * Every GED event is organised violence with at least one death, so each is an ASSAULT;
 * type_of_violence (1 state-based, 2 non-state, 3 one-sided) is kept in `origin.codes`.
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
import { readDay, ucdpWhen, ymd } from './dates';
import { cellsOf, recordsOf, type Table } from './table';
import type { Mapped } from './types';

/**
 * UCDP where_prec to the model's location precision: 5 (a larger part of a country, or a
 * point between places) is an area, as 4 (a first-level unit) is.
 */
export const UCDP_WHERE_PRECISION: Record<string, Precision> = {
  '1': 'point',
  '2': 'near',
  '3': 'district',
  '4': 'region',
  '5': 'region',
  '6': 'country',
  '7': 'water',
};

const PRECISION = ['', 'the day', 'a span of 2–6 days', 'a week', 'a month', 'a year'];

function kindOf(name: string): ActorKind {
  if (/^government of /i.test(name)) return 'government';
  if (/^civilians$/i.test(name)) return 'social-group';
  return 'armed-group';
}

/**
 * source_article values carry their own quotes, one pair per cited article when there are
 * several ("A";"B"): such a value becomes one article per line, without the quotes. Free
 * text is kept as it is.
 */
function unwrap(s: string): string {
  if (!/^"[^"]*"(\s*;\s*"[^"]*")*$/.test(s)) return s;
  return [...s.matchAll(/"([^"]*)"/g)].map((m) => m[1]!.trim()).join('\n');
}

export function mapUcdp(table: Table, file: string): Mapped {
  const ids = new IdPool();
  const actors = new ActorTable(ids);
  const events: Event[] = [];
  const rowsOf: number[][] = [];
  const sources: Source[] = [];
  const badRows = [...table.problems];
  const warnings: string[] = [];
  let unsourced = 0;

  for (const { row, get, p } of recordsOf(table, table.header, badRows)) {
    const gedId = get('id');
    if (!gedId) p.add('id', '', 'is empty: every GED event has an id');
    const start = readDay(get('date_start'));
    const end = readDay(get('date_end'));
    if (!start) p.add('date_start', get('date_start'), 'is not a date');
    if (!end) p.add('date_end', get('date_end'), 'is not a date');
    const prec = num(get('date_prec'));
    if (prec === null || !Number.isInteger(prec) || prec < 1 || prec > 5) {
      p.add('date_prec', get('date_prec'), 'is not 1–5');
    }
    const when = start && end && prec ? ucdpWhen(start, end, prec) : null;
    if (Array.isArray(when)) p.add(when[0]!, get(when[0]!), when[1]!);
    const type = get('type_of_violence');
    if (!['1', '2', '3'].includes(type)) p.add('type_of_violence', type, 'is not 1, 2 or 3');
    if (!get('side_a')) p.add('side_a', '', 'is empty');
    const lat = num(get('latitude'));
    const lon = num(get('longitude'));
    if (get('latitude') && (lat === null || Math.abs(lat) > 90))
      p.add('latitude', get('latitude'), 'is not a latitude');
    if (get('longitude') && (lon === null || Math.abs(lon) > 180))
      p.add('longitude', get('longitude'), 'is not a longitude');
    if (!p.ok || typeof when !== 'string' || !start) {
      badRows.push(...p.list);
      continue;
    }

    const participants: Participant[] = [];
    const oneSided = type === '3';
    participants.push({
      actor: actors.add(get('side_a'), kindOf(get('side_a'))),
      role: oneSided ? 'initiator' : 'participant',
    });
    if (get('side_b')) {
      participants.push({
        actor: actors.add(get('side_b'), kindOf(get('side_b'))),
        role: oneSided ? 'target' : 'participant',
      });
    }

    const id = ids.take(`ucdp-${gedId}`, `ucdp-${row}`);
    const sourceId = ids.take(`ucdp-${gedId}-source`, `ucdp-source-${row}`);
    const article = cleanText(unwrap(get('source_article')));
    const headline = cleanText(unwrap(get('source_headline')));
    const passage = article || headline;
    const noSource = passage === '' || get('number_of_sources') === '-1';
    const published = readDay(get('source_date').split(';')[0] ?? '');
    const text = noSource
      ? `No text: UCDP GED holds no source for event ${gedId} (number_of_sources ${get('number_of_sources') || 'empty'}).`
      : passage;
    if (noSource) unsourced++;
    sources.push({
      id: sourceId,
      title: title(headline || `UCDP GED event ${gedId}`),
      ...(get('source_office') ? { publisher: get('source_office') } : {}),
      published: published
        ? external(ymd(published), 'UCDP source_date')
        : external(ymd(start), 'no source_date: the event start stands in'),
      ...(noSource ? { record: { file, rows: [row], format: 'ucdp-ged' } } : {}),
      text,
    });
    const place =
      get('where_description') ||
      [get('adm_2'), get('adm_1'), get('country')].filter(Boolean).join(', ');
    events.push({
      id,
      title: title(`${get('dyad_name') || get('side_a')}${place ? `, ${place}` : ''}`),
      summary: get('best')
        ? `Deaths: best estimate ${get('best')} (low ${get('low') || '?'}, high ${get('high') || '?'}).`
        : '',
      category: 'ASSAULT',
      context: [],
      when: external(
        when,
        `UCDP date_start ${get('date_start')}, date_end ${get('date_end')}, date_prec ${prec}: ${PRECISION[prec!]}`,
      ),
      participants,
      ...(place
        ? {
            location: {
              name: place,
              ...precisionOf(UCDP_WHERE_PRECISION, get('where_prec')),
              ...(lat !== null && lon !== null ? { lat, lon } : {}),
            },
          }
        : {}),
      evidence: [
        {
          source: sourceId,
          quote: { type: 'TextQuoteSelector', exact: noSource ? text : passage },
          position: { type: 'TextPositionSelector', start: 0, end: text.length },
          ...(noSource ? { record: { file, row, column: 'number_of_sources' } } : {}),
        },
      ],
      origin: {
        format: 'ucdp-ged',
        id: gedId,
        codes: codes({
          type_of_violence: type,
          conflict_name: get('conflict_name'),
          dyad_name: get('dyad_name'),
          relid: get('relid'),
          date_prec: get('date_prec'),
          where_prec: get('where_prec'),
          event_clarity: get('event_clarity'),
          number_of_sources: get('number_of_sources'),
          country: get('country'),
          best: get('best'),
          high: get('high'),
          low: get('low'),
        }),
        note: 'UCDP GED records organised violence with deaths: every event is an ASSAULT',
      },
    });
    rowsOf.push([row]);
  }
  if (unsourced > 0)
    warnings.push(
      `${unsourced} event(s) have no source text in UCDP (number_of_sources −1 or empty)`,
    );
  return {
    events,
    rowsOf,
    sources,
    actors: actors.list(),
    badRows,
    warnings,
    rowsRead: table.rows.length,
    title: `UCDP GED events: ${file}`,
    header: table.header,
    cells: cellsOf(table),
    columnOf: {
      when: 'date_start',
      location: 'latitude',
      evidence: 'source_article',
      published: 'source_date',
      participants: 'side_a',
    },
  };
}
