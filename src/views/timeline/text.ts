/** Words for the timeline's marks: accessible names, tooltips and bin labels. */
import type { Event, Relation } from '../../model/schema';
import type { DatasetIndex } from '../../query/indexes';
import { formatEdtf, formatExtent, formatUtc } from '../../model/formatDate';
import { knownExtent, type DateBasis } from '../../query/dateBasis';

type MagnitudeValue = NonNullable<Event['magnitude']>;

const names = new WeakMap<DatasetIndex, Record<DateBasis, string[]>>();

/**
 * The date a mark uses and its basis, in words: "December 2021 – 16 April 2022 (known; the
 * text: August 2021 – c. May 2022)", or "April 2022 (as the text says; known: 10 April 2022)".
 */
export function dateWords(index: DatasetIndex, i: number, basis: DateBasis): string {
  const text = formatExtent(index.extents[i]!);
  const cols = index.dates[basis];
  if (cols.known[i]) return `${formatExtent(cols.extents[i]!)} (known; the text: ${text})`;
  const known = knownExtent(index.events[i]!);
  return known
    ? `${text} (as the text says; known: ${formatExtent(known)})`
    : `${text} (as the text says)`;
}

/** "Airstrikes on TTP targets in Afghanistan, December 2021 – 16 April 2022 (known; …)" (cached). */
export function markName(index: DatasetIndex, i: number, basis: DateBasis = 'best'): string {
  let lists = names.get(index);
  if (!lists) names.set(index, (lists = { best: [], text: [] }));
  return (lists[basis][i] ??= `${index.events[i]!.title}, ${dateWords(index, i, basis)}`);
}

const QUALIFIERS: Record<MagnitudeValue['qualifier'], string> = {
  exactly: '',
  over: 'over ',
  'at-least': 'at least ',
  about: 'about ',
  under: 'under ',
  several: 'several ',
};

/** "over 124" (a count badge). */
export function magnitudeBadge(m: MagnitudeValue): string {
  return `${QUALIFIERS[m.qualifier]}${m.count}`;
}

/** "over 124 terrorist strikes". */
export function magnitudeText(m: MagnitudeValue): string {
  return `${magnitudeBadge(m)} ${m.unit}`;
}

export function actorName(index: DatasetIndex, id: string): string {
  return index.actorsById.get(id)?.name ?? id;
}

/** The date as the text gives it and as resolved, and the known one; the one used first. */
export function dateLines(index: DatasetIndex, i: number, basis: DateBasis = 'best'): string[] {
  const e = index.events[i]!;
  const resolved = formatExtent(index.extents[i]!);
  const text = e.when.phrase
    ? `The text: “${e.when.phrase}” → ${resolved} (${e.when.basis})`
    : `The text: ${resolved} (${e.when.basis})`;
  if (!e.known) return [text];
  const known = `Known: ${formatEdtf(e.known.edtf)} (from outside the text)`;
  return index.dates[basis].known[i]
    ? [`${known}, used here`, text]
    : [`${text}, used here`, known];
}

/** The true range of dates a density cell holds: "August 2021 – May 2022", "until May 2022". */
export function rangeLabel(from: number, to: number): string {
  if (!Number.isFinite(from) && !Number.isFinite(to)) return 'at unknown times';
  if (!Number.isFinite(from)) return `until ${fmt(to, 'MMMM yyyy')}`;
  if (!Number.isFinite(to)) return `${fmt(from, 'MMMM yyyy')} onward`;
  return periodLabel(from, to + 1);
}

/** "Faiz Hameed (initiator; identified from outside the text), TTP (target)". */
export function actorsLine(index: DatasetIndex, e: Event): string {
  return e.participants
    .map((p) => {
      const outside =
        p.identified?.basis === 'external' ? '; identified from outside the text' : '';
      return `${actorName(index, p.actor)} (${p.role}${outside})`;
    })
    .join(', ');
}

export function relationName(index: DatasetIndex, r: Relation): string {
  const when = r.when ? formatEdtf(r.when.edtf) : 'lasting';
  return `${r.title} (${actorName(index, r.from)} ${r.kind.replace(/-/g, ' ')} ${actorName(index, r.to)}, ${when})`;
}

const fmt = formatUtc;

/** A bin's period, in words fit for its width: "May 2021", "3 – 9 May 2021", "1990s". */
export function periodLabel(t0: number, t1: number): string {
  const last = t1 - 1;
  const days = (t1 - t0) / 86_400_000;
  if (days <= 1) return fmt(t0, 'd MMMM yyyy');
  if (days < 60) {
    return fmt(t0, 'yyyy-MM') === fmt(last, 'yyyy-MM')
      ? `${fmt(t0, 'd')} – ${fmt(last, 'd MMMM yyyy')}`
      : `${fmt(t0, 'd MMMM')} – ${fmt(last, 'd MMMM yyyy')}`;
  }
  if (days < 730) return `${fmt(t0, 'MMMM yyyy')} – ${fmt(last, 'MMMM yyyy')}`;
  return `${fmt(t0, 'yyyy')} – ${fmt(last, 'yyyy')}`;
}

/** Short dates for the window caption: "Jul 2021 – Jun 2022". */
export function windowLabel(from: number, to: number): string {
  const days = (to - from) / 86_400_000;
  const p = days < 90 ? 'd MMM yyyy' : days < 3650 ? 'MMM yyyy' : 'yyyy';
  return `${fmt(from, p)} – ${fmt(to, p)}`;
}

/** "1947", or "1946–1950": the years of a stretch of time. */
export function formatYearRange(from: number, to: number): string {
  const a = new Date(from).getUTCFullYear();
  const b = new Date(to).getUTCFullYear();
  return a === b ? String(a) : `${a}–${b}`;
}
