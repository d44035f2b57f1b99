/** Words for the timeline's marks: accessible names, tooltips and bin labels. */
import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import type { Event, Relation } from '../../model/schema';
import type { DatasetIndex } from '../../query/indexes';
import { formatEdtf, formatExtent } from '../../model/formatDate';

type MagnitudeValue = NonNullable<Event['magnitude']>;

const names = new WeakMap<DatasetIndex, string[]>();

/** "Airstrikes on TTP targets in Afghanistan, August 2021 – c. May 2022" (cached). */
export function markName(index: DatasetIndex, i: number): string {
  let list = names.get(index);
  if (!list) names.set(index, (list = []));
  return (list[i] ??= `${index.events[i]!.title}, ${formatExtent(index.extents[i]!)}`);
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

/** The date as the text gives it and as resolved. */
export function dateLines(index: DatasetIndex, i: number): string[] {
  const e = index.events[i]!;
  const resolved = formatExtent(index.extents[i]!);
  const lines = [
    e.when.phrase
      ? `Text: “${e.when.phrase}” → ${resolved} (${e.when.basis})`
      : `Date: ${resolved} (${e.when.basis})`,
  ];
  if (e.known) lines.push(`Known: ${formatEdtf(e.known.edtf)}`);
  return lines;
}

export function actorsLine(index: DatasetIndex, e: Event): string {
  return e.participants.map((p) => `${actorName(index, p.actor)} (${p.role})`).join(', ');
}

export function relationName(index: DatasetIndex, r: Relation): string {
  const when = r.when ? formatEdtf(r.when.edtf) : 'lasting';
  return `${r.title} (${actorName(index, r.from)} ${r.kind.replace(/-/g, ' ')} ${actorName(index, r.to)}, ${when})`;
}

const fmt = (t: number, p: string) => format(new UTCDate(t), p);

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
