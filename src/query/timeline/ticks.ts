/**
 * Axis ticks that adapt from centuries to days. The step is the finest in the list whose
 * ticks stay at least `minSpacing` pixels apart; labels are formatted in UTC (model/utc.ts).
 * Steps finer than a year also get context labels (the year, or the month for day steps) at
 * each boundary and at the left edge, so the axis always says which year it shows.
 */
import {
  utcDay,
  utcMonday,
  utcMonth,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3-time';
import { formatUtc } from '../../model/formatDate';
import { DAY, YEAR } from './scale';

export interface Tick {
  t: number;
  label: string;
}

export interface Ticks {
  /** The name of the step, e.g. "month" or "10 years". */
  step: string;
  ticks: Tick[];
  /** Coarser labels (years over months, months over days); empty for year steps. */
  context: Tick[];
}

interface Step {
  name: string;
  ms: number;
  interval: TimeInterval;
  pattern: string;
  context?: { interval: CountableTimeInterval; pattern: string };
}

const years = (n: number): TimeInterval => utcYear.every(n)!;
const months = (n: number): TimeInterval => utcMonth.every(n)!;
const dayOfMonth = (n: number): TimeInterval =>
  utcDay.filter((d) => (d.getUTCDate() - 1) % n === 0 && d.getUTCDate() + n <= 32);

const MONTH_CONTEXT = { interval: utcMonth, pattern: 'MMMM yyyy' };
const YEAR_CONTEXT = { interval: utcYear, pattern: 'yyyy' };

const STEPS: Step[] = [
  { name: 'day', ms: DAY, interval: utcDay, pattern: 'd', context: MONTH_CONTEXT },
  { name: '2 days', ms: 2 * DAY, interval: dayOfMonth(2), pattern: 'd', context: MONTH_CONTEXT },
  { name: 'week', ms: 7 * DAY, interval: utcMonday, pattern: 'd MMM', context: YEAR_CONTEXT },
  { name: 'month', ms: YEAR / 12, interval: utcMonth, pattern: 'MMM', context: YEAR_CONTEXT },
  { name: 'quarter', ms: YEAR / 4, interval: months(3), pattern: 'MMM', context: YEAR_CONTEXT },
  { name: 'half year', ms: YEAR / 2, interval: months(6), pattern: 'MMM', context: YEAR_CONTEXT },
  { name: 'year', ms: YEAR, interval: utcYear, pattern: 'yyyy' },
  { name: '2 years', ms: 2 * YEAR, interval: years(2), pattern: 'yyyy' },
  { name: '5 years', ms: 5 * YEAR, interval: years(5), pattern: 'yyyy' },
  { name: '10 years', ms: 10 * YEAR, interval: years(10), pattern: 'yyyy' },
  { name: '20 years', ms: 20 * YEAR, interval: years(20), pattern: 'yyyy' },
  { name: '50 years', ms: 50 * YEAR, interval: years(50), pattern: 'yyyy' },
  { name: '100 years', ms: 100 * YEAR, interval: years(100), pattern: 'yyyy' },
  { name: '500 years', ms: 500 * YEAR, interval: years(500), pattern: 'yyyy' },
];

const fmt = formatUtc;

/** Ticks for a domain (ms, UTC) drawn `width` pixels wide. */
export function timeTicks(
  domain: readonly [number, number],
  width: number,
  minSpacing = 64,
): Ticks {
  const [from, to] = domain;
  const msPerPx = (to - from) / Math.max(1, width);
  const step = STEPS.find((s) => s.ms / msPerPx >= minSpacing) ?? STEPS[STEPS.length - 1]!;
  const ticks = step.interval
    .range(new Date(from), new Date(to + 1))
    .map((d) => ({ t: d.getTime(), label: fmt(d.getTime(), step.pattern) }));
  const context: Tick[] = [];
  if (step.context) {
    const { interval, pattern } = step.context;
    context.push({ t: from, label: fmt(from, pattern) });
    for (const d of interval.range(new Date(from + 1), new Date(to + 1))) {
      context.push({ t: d.getTime(), label: fmt(d.getTime(), pattern) });
    }
    // The left-edge label gives way to a boundary label that would collide with it.
    if (context.length > 1 && (context[1]!.t - from) / msPerPx < 80) context.shift();
  }
  return { step: step.name, ticks, context };
}
