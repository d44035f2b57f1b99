/**
 * TimelineJS (Knight Lab) JSON out. A slide's date is the date parts of the EDTF date, to
 * its real precision: a month is `{ year, month }`, a year `{ year }`, a span has an
 * `end_date`. `display_date` carries the readable date ("c. May 2022", "1947 onward").
 * TimelineJS renders `headline` and `text` as HTML, so dataset text is escaped, never
 * passed through as markup.
 */
import type { Dataset, Event } from '../../model/schema';
import { extentOf, type Endpoint } from '../../model/dates';
import { formatExtent } from '../../model/formatDate';
import { datasetNamer } from './describe';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text: string };
  group?: string;
  unique_id: string;
}

export interface TimelineJsDocument {
  title: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
}

export interface TimelineJsExport {
  json: TimelineJsDocument;
  /** Events left out because TimelineJS needs a date and theirs is open at both ends. */
  skipped: string[];
}

export type SlideGroup = 'actor' | 'category' | 'none';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text as HTML text: TimelineJS shows it as written, and runs none of it. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Date parts of an instant down to `precision`. */
function parts(t: number, precision: Endpoint['precision']): TimelineJsDate {
  const d = new Date(t);
  const out: TimelineJsDate = { year: d.getUTCFullYear() };
  if (precision === 'year' || precision === 'decade' || precision === 'century') return out;
  out.month = d.getUTCMonth() + 1;
  if (precision === 'month' || precision === 'season') return out;
  out.day = d.getUTCDate();
  if (precision === 'time') {
    out.hour = d.getUTCHours();
    out.minute = d.getUTCMinutes();
  }
  return out;
}

/** A span-like precision (a season, a decade) needs an end date to be drawn as a span. */
const SPANS = new Set(['season', 'decade', 'century']);

function datesOf(edtf: string): Pick<TimelineJsSlide, 'start_date' | 'end_date'> | null {
  const x = extentOf(edtf);
  if (x.openStart && x.openEnd) return null;
  if (x.kind === 'point') {
    const p = x.lower;
    return SPANS.has(p.precision)
      ? { start_date: parts(p.min, p.precision), end_date: parts(p.max, p.precision) }
      : { start_date: parts(p.min, p.precision) };
  }
  if (x.openStart) return { start_date: parts(x.upper.max, x.upper.precision) };
  if (x.openEnd) return { start_date: parts(x.lower.min, x.lower.precision) };
  return {
    start_date: parts(x.lower.min, x.lower.precision),
    end_date: parts(x.upper.max, x.upper.precision),
  };
}

function slideText(
  e: Event,
  sourceTitles: ReadonlyMap<string, string>,
  from: string | null,
): string {
  const quotes = e.evidence.map(
    (ev) =>
      `<blockquote>${escapeHtml(ev.quote.exact)}</blockquote><p>${escapeHtml(sourceTitles.get(ev.source) ?? ev.source)}</p>`,
  );
  const origin = from === null ? '' : `<p>From the dataset “${escapeHtml(from)}”.</p>`;
  return [e.summary ? `<p>${escapeHtml(e.summary)}</p>` : '', ...quotes, origin].join('');
}

export function toTimelineJs(dataset: Dataset, group: SlideGroup = 'actor'): TimelineJsExport {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const topName = (id: string) => {
    let a = actors.get(id);
    while (a?.parent && actors.has(a.parent)) a = actors.get(a.parent);
    return a?.shortName ?? a?.name ?? id;
  };
  const titles = new Map(dataset.sources.map((s) => [s.id, s.title]));
  // In a combined view each slide says which dataset it came from, as the CSV does.
  const datasetOf = dataset.combines ? datasetNamer(dataset) : () => null;
  const skipped: string[] = [];
  const events: TimelineJsSlide[] = [];
  for (const e of dataset.events) {
    const dates = datesOf(e.when.edtf);
    if (!dates) {
      skipped.push(e.id);
      continue;
    }
    const lead = e.participants.find((p) => p.role === 'initiator') ?? e.participants[0]!;
    events.push({
      ...dates,
      display_date: escapeHtml(formatExtent(extentOf(e.when.edtf))),
      text: { headline: escapeHtml(e.title), text: slideText(e, titles, datasetOf(e)) },
      ...(group === 'actor' ? { group: escapeHtml(topName(lead.actor)) } : {}),
      ...(group === 'category' ? { group: e.category } : {}),
      unique_id: e.id,
    });
  }
  const description = dataset.description ?? dataset.sources.map((s) => s.title).join('; ');
  return {
    json: {
      title: {
        text: { headline: escapeHtml(dataset.title), text: `<p>${escapeHtml(description)}</p>` },
      },
      events,
    },
    skipped,
  };
}
