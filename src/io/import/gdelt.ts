/**
 * GDELT 2.0 event rows to events. GDELT publishes no text, only the article's address, so
 * each article becomes a record source (schema: `Source.record`) whose stand-in text says so
 * and shows the address, and each event's evidence points at the SOURCEURL cell of its rows.
 *
 * One article yields many near-duplicate rows (one per actor and place permutation): rows
 * with the same SOURCEURL, SQLDATE and EventCode are one event, with every row kept as
 * evidence and every actor as a participant. Codes stay strings (CAMEO "0256").
 */
import type { Event, Participant, Source } from '../../model/schema';
import { badLink } from '../../model/validateChecks';
import { ActorTable } from './actors';
import { codes, external, IdPool, num, title } from './common';
import { readDay, ymd } from './dates';
import { CAMEO_ROOT_NAMES, cameoToPlover } from './plover';
import { cellsOf, recordsOf, type Table } from './table';
import { GDELT_FIELDS } from './detect';
import type { Mapped } from './types';
import { GDELT_COLUMNS, GEO, TYPE } from './gdeltCodes';

interface Group {
  rows: { row: number; get: (k: string) => string }[];
}

const outletOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

export function mapGdelt(table: Table, file: string): Mapped {
  const ids = new IdPool();
  const actors = new ActorTable(ids);
  const badRows = [...table.problems];
  const groups = new Map<string, Group>();
  const header = table.header.length > 0 ? table.header : GDELT_COLUMNS;

  const rows = recordsOf(
    table,
    header,
    badRows,
    GDELT_FIELDS,
    `a GDELT 2.0 event row has ${GDELT_FIELDS}`,
  );
  for (const { row, get, p } of rows) {
    if (!readDay(get('SQLDATE')) || !/^\d{8}$/.test(get('SQLDATE')))
      p.add('SQLDATE', get('SQLDATE'), 'is not a date (YYYYMMDD)');
    const code = get('EventCode');
    if (!/^\d{2,4}$/.test(code)) p.add('EventCode', code, 'is not a CAMEO code');
    else if (!cameoToPlover(code)) {
      p.add(
        'EventCode',
        code,
        `is CAMEO ${code.slice(0, 2)} (${CAMEO_ROOT_NAMES[code.slice(0, 2)] ?? 'unknown'}), which has no PLOVER category`,
      );
    }
    const url = get('SOURCEURL');
    if (!url) p.add('SOURCEURL', '', 'is empty: the event has no article');
    else if (badLink(url)) p.add('SOURCEURL', url, 'is not an http or https link');
    if (!get('Actor1Name') && !get('Actor2Name') && !get('Actor1Code') && !get('Actor2Code')) {
      p.add('Actor1Name', '', 'is empty, as is Actor2Name: the event has no actor');
    }
    if (!p.ok) {
      badRows.push(...p.list);
      continue;
    }
    const key = `${url}\u0000${get('SQLDATE')}\u0000${code}`;
    const g = groups.get(key) ?? { rows: [] };
    g.rows.push({ row, get });
    groups.set(key, g);
  }

  // One source per article, holding every row that cites it.
  // Built in one pass each: a 300k-row file must not be searched once per article.
  const byUrl = new Map<string, number[]>();
  const firstRow = new Map<number, Group['rows'][number]>();
  for (const g of groups.values()) {
    const url = g.rows[0]!.get('SOURCEURL');
    const rows = byUrl.get(url) ?? [];
    for (const r of g.rows) {
      rows.push(r.row);
      firstRow.set(r.row, r);
    }
    byUrl.set(url, rows);
  }
  const sources: Source[] = [];
  const sourceOf = new Map<string, Source>();
  for (const [url, rows] of byUrl) {
    rows.sort((a, b) => a - b);
    const first = firstRow.get(rows[0]!)!;
    const added = readDay(first.get('DATEADDED').slice(0, 8));
    const day = added ?? readDay(first.get('SQLDATE'))!;
    const outlet = outletOf(url);
    const s: Source = {
      id: ids.take(`gdelt-${outlet}-${sources.length + 1}`, `gdelt-source-${sources.length + 1}`),
      title: title(`Article at ${outlet} (coded by GDELT)`),
      publisher: outlet,
      url,
      published: external(
        ymd(day),
        added
          ? `GDELT added the record on this day (DATEADDED ${first.get('DATEADDED')} UTC); the article is from then or before`
          : 'no DATEADDED: the event day stands in',
      ),
      record: { file, rows, format: 'gdelt' },
      text: `No text: the event was coded by GDELT from this article.\n${url}\n${file}, row${rows.length > 1 ? 's' : ''} ${rows.join(', ')}.`,
    };
    sources.push(s);
    sourceOf.set(url, s);
  }

  const events: Event[] = [];
  const rowsOf: number[][] = [];
  for (const g of groups.values()) {
    const head = g.rows[0]!.get;
    const url = head('SOURCEURL');
    const source = sourceOf.get(url)!;
    const at = source.text.indexOf(url);
    const plover = cameoToPlover(head('EventCode'))!;
    const participants: Participant[] = [];
    const addActor = (n: 1 | 2, get: (k: string) => string) => {
      const plain = get(`Actor${n}Name`) || get(`Actor${n}Code`);
      if (!plain) return;
      // PAKMIL and PAK are both named "PAKISTAN": the type code tells the army from the state.
      const type = get(`Actor${n}Type1Code`);
      const name = type ? `${plain} (${type})` : plain;
      const kind =
        TYPE[get(`Actor${n}Type1Code`)] ??
        (get(`Actor${n}Code`) === get(`Actor${n}CountryCode`) ? 'state' : 'social-group');
      const id = actors.add(name, kind);
      const role = n === 1 ? 'initiator' : 'target';
      if (!participants.some((q) => q.actor === id && q.role === role))
        participants.push({ actor: id, role });
    };
    for (const r of g.rows) {
      addActor(1, r.get);
      addActor(2, r.get);
    }
    const placed = g.rows.find(
      (r) => r.get('ActionGeo_Type') !== '0' && r.get('ActionGeo_FullName'),
    );
    const lat = placed ? num(placed.get('ActionGeo_Lat')) : null;
    const lon = placed ? num(placed.get('ActionGeo_Long')) : null;
    const root = head('EventRootCode') || head('EventCode').slice(0, 2);
    const names = (n: 1 | 2) => head(`Actor${n}Name`) || head(`Actor${n}Code`);
    events.push({
      id: ids.take(`gdelt-${head('GLOBALEVENTID')}`, `gdelt-${g.rows[0]!.row}`),
      title: title(
        `${CAMEO_ROOT_NAMES[root] ?? 'Event'} (CAMEO ${head('EventCode')}): ${[names(1), names(2)].filter(Boolean).join(' → ')}`,
      ),
      summary:
        g.rows.length > 1
          ? `GDELT coded this article ${g.rows.length} times (rows ${g.rows.map((r) => r.row).join(', ')}); they are one event here.`
          : '',
      category: plover.category,
      ...(plover.mode ? { mode: plover.mode } : {}),
      context: [],
      when: external(
        ymd(readDay(head('SQLDATE'))!),
        `GDELT SQLDATE ${head('SQLDATE')}: the day of the event as reported`,
      ),
      participants,
      ...(placed
        ? {
            location: {
              name: placed.get('ActionGeo_FullName'),
              ...(GEO[placed.get('ActionGeo_Type')]
                ? { precision: GEO[placed.get('ActionGeo_Type')] }
                : {}),
              ...(lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
                ? { lat, lon }
                : {}),
            },
          }
        : {}),
      evidence: g.rows.map((r) => ({
        source: source.id,
        quote: { type: 'TextQuoteSelector' as const, exact: url },
        position: { type: 'TextPositionSelector' as const, start: at, end: at + url.length },
        record: { file, row: r.row, column: 'SOURCEURL' },
      })),
      origin: {
        format: 'gdelt',
        id: g.rows.map((r) => r.get('GLOBALEVENTID')).join(' '),
        codes: codes({
          EventCode: head('EventCode'),
          EventBaseCode: head('EventBaseCode'),
          EventRootCode: head('EventRootCode'),
          QuadClass: head('QuadClass'),
          GoldsteinScale: head('GoldsteinScale'),
          IsRootEvent: head('IsRootEvent'),
          Actor1Code: head('Actor1Code'),
          Actor2Code: head('Actor2Code'),
          ActionGeo_CountryCode: placed?.get('ActionGeo_CountryCode'),
        }),
        note: 'Category from the CAMEO→PLOVER crosswalk (openeventdata/PLOVER)',
      },
    });
    rowsOf.push(g.rows.map((r) => r.row));
  }
  const merged = [...groups.values()].reduce((n, g) => n + g.rows.length - 1, 0);
  return {
    events,
    rowsOf,
    sources,
    actors: actors.list(),
    badRows,
    warnings:
      merged > 0
        ? [
            `${merged} near-duplicate row(s) of the same article, day and code were grouped into their events`,
          ]
        : [],
    rowsRead: table.rows.length,
    title: `GDELT events: ${file}`,
    header: table.header.length > 0 ? table.header : GDELT_COLUMNS,
    cells: cellsOf(table),
    columnOf: {
      when: 'SQLDATE',
      location: 'ActionGeo_Lat',
      evidence: 'SOURCEURL',
      published: 'DATEADDED',
      participants: 'Actor1Name',
    },
  };
}
