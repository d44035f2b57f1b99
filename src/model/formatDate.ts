/**
 * Human-readable labels for EDTF dates ("August 2021", "c. June – August 2021",
 * "1947 onward"), formatted in UTC.
 */
import { formatUtcPattern } from './utc';
import type { Endpoint, Extent } from './dates';
import { extentOf } from './dates';

const PATTERNS: Record<string, string> = {
  time: 'd MMMM yyyy HH:mm',
  day: 'd MMMM yyyy',
  month: 'MMMM yyyy',
  season: 'QQQ yyyy',
  year: 'yyyy',
  decade: 'yyyy',
  century: 'yyyy',
};

/**
 * Formats a UTC time with a date-fns style pattern (see utc.ts), years as people write them: "500", not
 * "0500", and "45 BC" for the year -44 (EDTF counts a year 0; date-fns' era year does not).
 * Every date label in the app goes through here.
 */
export function formatUtc(t: number, pattern: string): string {
  const year = pattern.includes('yyyy') && new Date(t).getUTCFullYear() <= 0 ? "y 'BC'" : 'y';
  return formatUtcPattern(t, pattern.replaceAll('yyyy', year));
}

function endpointLabel(p: Endpoint): string {
  const base = formatUtc(p.min, PATTERNS[p.precision] ?? 'yyyy');
  const label = p.precision === 'decade' ? `the ${base}s` : base;
  if (p.approximate && p.uncertain) return `c. ${label}?`;
  if (p.approximate) return `c. ${label}`;
  if (p.uncertain) return `${label}?`;
  return label;
}

/** Formats an extent for people; intervals use an en dash. */
export function formatExtent(x: Extent): string {
  if (x.kind === 'point') return endpointLabel(x.lower);
  if (x.openStart && x.openEnd) return 'at an unknown time';
  if (x.openStart) return `until ${endpointLabel(x.upper)}`;
  if (x.openEnd) return `${endpointLabel(x.lower)} onward`;
  return `${endpointLabel(x.lower)} – ${endpointLabel(x.upper)}`;
}

/** Formats an EDTF string; falls back to the string itself when it does not parse. */
export function formatEdtf(input: string): string {
  try {
    return formatExtent(extentOf(input));
  } catch {
    return input;
  }
}
