/**
 * Outside formats' dates as EDTF at their real precision: a month stays a month, a week a
 * span, a year-only TimelineJS date a year. Each reader returns EDTF or a sentence saying
 * what is wrong with the value.
 */
import { utcMs } from '../../model/dates';
const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

const leap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysIn = (y: number, m: number) =>
  m === 2 ? (leap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** A year as EDTF writes it: four digits, a minus before the era, "Y" beyond 9999. */
export function edtfYear(y: number): string {
  const a = Math.abs(y);
  if (a > 9999) return `Y${y}`;
  return (y < 0 ? '-' : '') + String(a).padStart(4, '0');
}

const pad2 = (n: number) => String(n).padStart(2, '0');
export const ymd = ({ y, m, d }: Ymd) => `${edtfYear(y)}-${pad2(m)}-${pad2(d)}`;

function real(y: number, m: number, d: number): Ymd | null {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) ? { y, m, d } : null;
}

/**
 * A calendar day written as 2022-03-28 (ACLED's API, UCDP with a time after it, GDELT's
 * 20220328) or 16 May 2025 / 16-May-25 (ACLED's web export). Null when it is not a real day.
 */
export function readDay(raw: string): Ymd | null {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s);
  if (m) return real(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return real(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{2}|\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
    if (month < 0) return null;
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return real(y, month + 1, Number(m[1]));
  }
  return null;
}

const utc = (x: Ymd) => utcMs(x.y, x.m - 1, x.d);
const fromMs = (t: number): Ymd => {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};
const DAY = 86_400_000;

/**
 * ACLED: time_precision 1 is the day; 2 a week or weekend whose middle the date is, so the
 * ACLED week (Saturday to Friday) holding it; 3 only the month.
 */
export function acledWhen(day: Ymd, precision: number): string | null {
  if (precision === 1) return ymd(day);
  if (precision === 3) return `${edtfYear(day.y)}-${pad2(day.m)}`;
  if (precision !== 2) return null;
  const t = utc(day);
  const sinceSaturday = (new Date(t).getUTCDay() + 1) % 7; // Saturday 0 … Friday 6
  const start = t - sinceSaturday * DAY;
  return `${ymd(fromMs(start))}/${ymd(fromMs(start + 6 * DAY))}`;
}

/**
 * UCDP GED: date_start and date_end bound the event; date_prec says how well (1 day, 2 a
 * span of 2–6 days, 3 a week, 4 a month, 5 a year). A span that is exactly its month or
 * year is written as that month or year; anything else as the interval UCDP gives.
 */
export function ucdpWhen(start: Ymd, end: Ymd, precision: number): string | string[] {
  if (utc(end) < utc(start)) return ['date_end', 'is before date_start'];
  if (utc(end) === utc(start)) return ymd(start);
  const sameMonth = start.y === end.y && start.m === end.m;
  if (precision >= 4 && sameMonth && start.d === 1 && end.d === daysIn(end.y, end.m)) {
    return `${edtfYear(start.y)}-${pad2(start.m)}`;
  }
  if (precision === 5 && start.y === end.y && start.m === 1 && start.d === 1) {
    if (end.m === 12 && end.d === 31) return edtfYear(start.y);
  }
  return `${ymd(start)}/${ymd(end)}`;
}

/** A TimelineJS date part: a number or a string ("05", "", "-44"); null when empty. */
function part(v: unknown): number | null | undefined {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number(v);
  return undefined; // not a whole number: the caller says so
}

/**
 * A TimelineJS date ({ year, month, day, … }): as precise as its parts, so a year-only date
 * is a year and a month-only date a month. Hours and minutes are not kept (a note says so).
 * Returns EDTF, or [the part at fault, why].
 */
export function timelineDate(d: Record<string, unknown>): string | [string, string] {
  const y = part(d.year);
  if (y === null) return ['year', 'is missing (a TimelineJS date needs a year)'];
  if (y === undefined) return ['year', 'is not a whole number'];
  const m = part(d.month);
  if (m === undefined || (m !== null && (m < 1 || m > 12))) return ['month', 'is not 1–12'];
  const day = part(d.day);
  if (day === undefined) return ['day', 'is not a whole number'];
  if (m === null) return day === null ? edtfYear(y) : ['day', 'is given without a month'];
  if (day === null) return `${edtfYear(y)}-${pad2(m)}`;
  if (Math.abs(y) > 9999) return ['year', 'is too far off for a day-precise date'];
  return real(y, m, day) ? ymd({ y, m, d: day }) : ['day', `is not a day of that month`];
}
