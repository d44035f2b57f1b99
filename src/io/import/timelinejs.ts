/**
 * TimelineJS (Knight Lab) timelines to events, from JSON or from the spreadsheet (which is
 * turned into the same slides first).
 *
 * - Provenance: the timeline is one document by one author, so it is one source whose text
 *   is every slide's headline and text in turn; each event's evidence selects its slide's
 *   text. HTML is reduced to plain text (html.ts), never rendered; links stay as addresses.
 * - Dates: as precise as their parts (a year-only date is a year); `display_date` is kept as
 *   the date's phrase, as the author wrote it.
 * - Lanes: the timeline's lanes are actor lanes, so each `group` becomes an actor of kind
 *   social-group (described as a TimelineJS group), and slides without one share an
 *   "Ungrouped" actor. TimelineJS has no categories: every event gets CONSULT as a stand-in,
 *   said in `origin.note` and in a warning, so no one mistakes it for a coded category.
 */
import type { Event, Participant, Source } from '../../model/schema';
import { ActorTable } from './actors';
import { cleanText, codes, IdPool, title } from './common';
import { timelineDate } from './dates';
import { htmlToText } from './html';
import { RowProblems, type Mapped } from './types';

const KNOWN_SLIDE = new Set([
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'background',
  'unique_id',
  'autolink',
]);
const STAND_IN = 'CONSULT' as const;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null;
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

export interface Slide {
  /** Its row (spreadsheet) or its place in the events list, counted from 1. */
  row: number;
  value: Obj;
}

export function mapTimeline(
  slides: Slide[],
  top: { title?: Obj; eras?: unknown[] },
  file: string,
  opts: { today: string; columnOf?: (path: string) => string; cells?: (row: number) => string[] },
): Mapped {
  const columnOf = opts.columnOf ?? ((path: string) => path);
  const ids = new IdPool();
  const actors = new ActorTable(ids);
  const badRows: Mapped['badRows'] = [];
  const warnings: string[] = [];
  const events: Event[] = [];
  const rowsOf: number[][] = [];
  const unknownKeys = new Set<string>();
  const headline = htmlToText(str(obj(top.title?.text)?.headline));
  const sourceId = ids.take(`timeline-${headline || file}`, 'timeline');
  let text = '';

  for (const { row, value } of slides) {
    const p = new RowProblems(row);
    for (const k of Object.keys(value)) if (!KNOWN_SLIDE.has(k)) unknownKeys.add(k);
    const date = (key: 'start_date' | 'end_date') => {
      const d = obj(value[key]);
      if (!d) return null;
      const r = timelineDate(d);
      if (Array.isArray(r)) {
        p.add(columnOf(`${key}.${r[0]}`), str(d[r[0]]), r[1]);
        return null;
      }
      return r;
    };
    const start = date('start_date');
    if (!obj(value.start_date))
      p.add(columnOf('start_date.year'), '', 'is missing: a slide needs a start date');
    const end = date('end_date');
    const t = obj(value.text);
    const head = htmlToText(str(t?.headline));
    const body = htmlToText(str(t?.text));
    if (!head && !body)
      p.add(columnOf('text.text'), '', 'is empty, as is the headline: there is no passage');
    if (!p.ok || !start) {
      badRows.push(...p.list);
      continue;
    }
    const passage = cleanText(body || head);
    const block = cleanText(head && body ? `${head}\n${body}` : passage);
    text += (text ? '\n\n' : '') + block;
    const at = text.length - passage.length;
    const group = htmlToText(str(value.group));
    const lane = group
      ? actors.add(group, 'social-group', {
          description: 'A TimelineJS group, made a lane; not necessarily an actor.',
        })
      : actors.add('Ungrouped', 'social-group', {
          description: 'Slides of the timeline that have no group.',
        });
    const participants: Participant[] = [{ actor: lane, role: 'participant' }];
    const phrase = str(value.display_date) || str(obj(value.start_date)?.display_date);
    const media = str(obj(value.media)?.url);
    events.push({
      id: ids.take(str(value.unique_id) || `slide-${row}`, `slide-${row}`),
      title: title(head || passage),
      summary: '',
      category: STAND_IN,
      context: [],
      when: {
        edtf: end && end !== start ? `${start}/${end}` : start,
        basis: 'stated',
        ...(phrase ? { phrase: cleanText(htmlToText(phrase)) } : {}),
      },
      participants,
      evidence: [
        {
          source: sourceId,
          quote: { type: 'TextQuoteSelector', exact: passage },
          position: { type: 'TextPositionSelector', start: at, end: at + passage.length },
        },
      ],
      origin: {
        format: 'timelinejs',
        ...(str(value.unique_id) ? { id: str(value.unique_id) } : {}),
        codes: codes({ group, media_url: /^https?:\/\//i.test(media) ? media : undefined }),
        note: `TimelineJS has no categories: ${STAND_IN} stands in`,
      },
    });
    rowsOf.push([row]);
  }
  if (events.length > 0)
    warnings.push(
      `TimelineJS slides have no category: all ${events.length} are marked ${STAND_IN} as a stand-in`,
    );
  if (unknownKeys.size > 0)
    warnings.push(`unknown slide fields were ignored: ${[...unknownKeys].sort().join(', ')}`);
  if (top.eras && top.eras.length > 0)
    warnings.push(`${top.eras.length} era(s) are spans, not events, and were not imported`);
  const sources: Source[] = text
    ? [
        {
          id: sourceId,
          title: title(headline || file),
          published: {
            edtf: opts.today,
            basis: 'external',
            note: 'not given by TimelineJS: the day of import stands in',
          },
          text,
        },
      ]
    : [];
  return {
    events,
    rowsOf,
    sources,
    actors: actors.list(),
    badRows,
    warnings,
    rowsRead: slides.length,
    title: headline || `TimelineJS: ${file}`,
    ...(top.title ? { description: htmlToText(str(obj(top.title.text)?.text)) || undefined } : {}),
    header: opts.cells ? [] : ['slide'],
    cells:
      opts.cells ?? ((row) => [JSON.stringify(slides.find((s) => s.row === row)?.value ?? null)]),
    columnOf: { when: 'start_date', evidence: 'text', participants: 'group' },
  };
}
