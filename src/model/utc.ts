/**
 * The few UTC calendar operations the app needs, written out (date-fns' format and add*
 * cost about 7 KiB gzip of the page's first download for this). Only the pattern letters
 * the app uses are read; any other letter throws, so a new pattern cannot pass unnoticed.
 */

/** The months' English names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Each token's text for a date; `y` is the era year (the year 0 is 1 BC, as date-fns has it). */
const TOKENS: Record<string, (d: Date) => string> = {
  y: (d) => {
    const year = d.getUTCFullYear();
    return String(year <= 0 ? 1 - year : year);
  },
  MMMM: (d) => MONTHS[d.getUTCMonth()]!,
  MMM: (d) => MONTHS[d.getUTCMonth()]!.slice(0, 3),
  MM: (d) => pad2(d.getUTCMonth() + 1),
  QQQ: (d) => `Q${Math.floor(d.getUTCMonth() / 3) + 1}`,
  dd: (d) => pad2(d.getUTCDate()),
  d: (d) => String(d.getUTCDate()),
  HH: (d) => pad2(d.getUTCHours()),
  mm: (d) => pad2(d.getUTCMinutes()),
};

const TOKEN = /'([^']*)'|MMMM|MMM|MM|QQQ|dd|d|HH|mm|y|[a-zA-Z]|[^a-zA-Z']+/g;

/**
 * Formats a UTC instant with a date-fns style pattern (letters: y MMMM MMM MM QQQ dd d HH
 * mm; text in single quotes is literal).
 */
export function formatUtcPattern(t: number, pattern: string): string {
  const d = new Date(t);
  return pattern.replace(TOKEN, (token, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted;
    const write = TOKENS[token];
    if (write) return write(d);
    if (/^[a-zA-Z]$/.test(token)) throw new Error(`unsupported date pattern letter "${token}"`);
    return token;
  });
}

/**
 * Adds calendar months in UTC, keeping the time of day; a day past the end of the target
 * month becomes its last day (31 January + 1 month = 28 or 29 February).
 */
export function addUtcMonths(t: number, months: number): number {
  const d = new Date(t);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(d.getTime());
  last.setUTCMonth(last.getUTCMonth() + 1, 0);
  d.setUTCDate(Math.min(day, last.getUTCDate()));
  return d.getTime();
}

/** Adds whole days in UTC (no daylight saving there: a day is always 24 hours). */
export function addUtcDays(t: number, days: number): number {
  return t + days * 86_400_000;
}
