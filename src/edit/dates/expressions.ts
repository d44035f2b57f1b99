/**
 * Date expressions in a text: chrono-node for calendar dates ("15 August 2021", "May 2022",
 * "on Monday") and our own refiners for what it misses or misreads ("in August of last
 * year", "last summer", "earlier this year", "over the past decade", "until recently",
 * bare years and decades, months read with a past bias). Each expression says where it
 * is, whether the words state the date or it must be resolved against the publication,
 * and how to read it at a reference day.
 */
import * as chrono from 'chrono-node';
import { point, type Day, type Part, type Reading, type Span } from './span';

export interface Expression {
  start: number;
  end: number;
  /** `stated`: the words give the year; `resolved`: read against the publication date. */
  basis: 'stated' | 'resolved';
  /** Reads the expression at a reference day; `pubEnd` is "about publication". */
  read(ref: Day, pubEnd: Part): Reading;
}

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_NAME = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));
const MONTH = `(${MONTHS.join('|')})`;
/** Month names as written (capitalised), so that "may" and "march" the verbs are not months. */
const CAP_MONTH = `(${MONTH_NAME.join('|')})`;

/** Northern-hemisphere seasons as months (winter runs into the next year). */
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
};
const SEASON = '(spring|summer|autumn|fall|winter)';

function seasonSpan(name: string, year: number): Span {
  const [a, b] = SEASONS[name]!;
  return {
    lo: { y: year, m: a, approx: true },
    hi: { y: b < a ? year + 1 : year, m: b, approx: true },
  };
}

/** The latest year whose `season` has wholly ended before the reference day. */
function lastSeasonYear(name: string, ref: Day): number {
  const [a, b] = SEASONS[name]!;
  let y = ref.y;
  const endsBy = (year: number) => {
    const end = b < a ? { y: year + 1, m: b } : { y: year, m: b };
    return end.y < ref.y || (end.y === ref.y && end.m < ref.m);
  };
  while (!endsBy(y)) y--;
  return y;
}

/** Past bias: the latest year in which month (and day) fall on or before the reference day. */
function pastYear(ref: Day, m: number, d?: number): number {
  const after = m > ref.m || (m === ref.m && d !== undefined && d > ref.d);
  return after ? ref.y - 1 : ref.y;
}

const RELATIVE_YEAR: Record<string, number> = { last: -1, previous: -1, this: 0, next: 1 };

type Refiner = {
  re: RegExp;
  /** A refiner's matches are resolved unless their words give the year. */
  basis: 'stated' | 'resolved' | ((m: RegExpExecArray) => 'stated' | 'resolved');
  /** Rejects a match that only looks like a date. */
  accept?(m: RegExpExecArray): boolean;
  read(m: RegExpExecArray, ref: Day, pubEnd: Part): Reading;
};

const month = (s: string) => MONTHS.indexOf(s.toLowerCase()) + 1;
const q = (phrase: string) => `“${phrase}”`;

/** Our own refiners, tried before chrono; the first to claim a stretch of text keeps it. */
const REFINERS: Refiner[] = [
  {
    // in August of last year / August last year / in March this year
    re: new RegExp(
      `\\b(?:in\\s+)?${MONTH}\\s+(?:of\\s+)?(last|previous|this|next)\\s+year\\b`,
      'gi',
    ),
    basis: 'resolved',
    read: (m, ref) => {
      const y = ref.y + RELATIVE_YEAR[m[2]!.toLowerCase()]!;
      return {
        span: point({ y, m: month(m[1]!) }),
        note: `‘${m[2]!.toLowerCase()} year’ read against the publication year ${ref.y}.`,
      };
    },
  },
  {
    // last summer / this winter / the past spring
    re: new RegExp(
      `\\b(?:(?:in|during)\\s+)?(?:the\\s+)?(last|past|previous|this)\\s+${SEASON}\\b`,
      'gi',
    ),
    basis: 'resolved',
    read: (m, ref) => {
      const name = m[2]!.toLowerCase();
      const y = m[1]!.toLowerCase() === 'this' ? ref.y : lastSeasonYear(name, ref);
      const [a, b] = SEASONS[name]!;
      return {
        span: seasonSpan(name, y),
        note: `${q(m[0])} read against the publication (${ref.y}) as the ${name} of ${y}${b < a ? `–${y + 1}` : ''}, ${MONTH_NAME[a - 1]} to ${MONTH_NAME[b - 1]}, both ends approximate.`,
      };
    },
  },
  {
    // the summer of 2021 / in winter 1979
    re: new RegExp(
      `\\b(?:(?:in|during)\\s+)?(?:the\\s+)?${SEASON}\\s+(?:of\\s+)?(\\d{4})\\b`,
      'gi',
    ),
    basis: 'stated',
    read: (m) => ({
      span: seasonSpan(m[1]!.toLowerCase(), Number(m[2])),
      note: `A season as a fuzzy interval of months.`,
    }),
  },
  {
    // earlier this year / earlier in the year
    re: /\bearlier\s+(?:this|in\s+the)\s+year\b/gi,
    basis: 'resolved',
    read: (_m, ref, pubEnd) => ({
      span: { lo: { y: ref.y, m: 1 }, hi: pubEnd },
      note: `From the start of the publication year ${ref.y} up to about publication.`,
    }),
  },
  {
    // over the past decade / in the last ten years / over the past 3 years
    re: /\b(?:over|in|during|for)\s+the\s+(?:past|last)\s+(decade|(\d+|two|three|four|five|six|seven|eight|nine|ten|few)\s+years)\b/gi,
    basis: 'resolved',
    read: (m, ref, pubEnd) => {
      const words: Record<string, number> = {
        two: 2,
        three: 3,
        four: 4,
        five: 5,
        six: 6,
        seven: 7,
        eight: 8,
        nine: 9,
        ten: 10,
        few: 3,
      };
      const n =
        m[1]!.toLowerCase() === 'decade' ? 10 : (words[m[2]!.toLowerCase()] ?? Number(m[2]));
      return {
        span: { lo: { y: ref.y - n, approx: true }, hi: pubEnd },
        note: `${n} years back from the publication year ${ref.y} (approximate start) up to about publication.`,
      };
    },
  },
  {
    // last year / this year / next year
    re: /\b(?:in\s+)?(last|previous|this|next)\s+year\b/gi,
    basis: 'resolved',
    read: (m, ref) => {
      const y = ref.y + RELATIVE_YEAR[m[1]!.toLowerCase()]!;
      return { span: point({ y }), note: `Read against the publication year ${ref.y}.` };
    },
  },
  {
    // in the 1990s: a decade as an interval of years
    re: /\b(?:(?:in|during)\s+)?the\s+(1\d\d|20\d)0s\b/gi,
    basis: 'stated',
    read: (m) => {
      const y = Number(m[1]) * 10;
      return { span: { lo: { y }, hi: { y: y + 9 } }, note: `The ${y}s, as an interval of years.` };
    },
  },
  {
    // In April / in May 2022 / April: a month, with its year or read with a past bias.
    // Month names are matched as written (capitalised) and "May" only after "in" or before
    // a year, so that "may" and "march" the verbs are not months.
    re: new RegExp(
      `\\b(?:([Ii]n|[Dd]uring)\\s+)?${CAP_MONTH}(?:\\s+(?:of\\s+)?(\\d{4}))?\\b(?!\\s+\\d)`,
      'g',
    ),
    accept: (m) => m[2] !== 'May' || m[1] !== undefined || m[3] !== undefined,
    basis: (m) => (m[3] ? 'stated' : 'resolved'),
    read: (m, ref) => {
      const mm = month(m[2]!);
      if (m[3]) return { span: point({ y: Number(m[3]), m: mm }), note: '' };
      const y = pastYear(ref, mm);
      return {
        span: point({ y, m: mm }),
        note: `${q(m[0])} read as ${MONTH_NAME[mm - 1]} ${y}, the last ${MONTH_NAME[mm - 1]} on or before publication.`,
      };
    },
  },
  {
    // a bare year: 1947, in 2019 (not a count: "2000 soldiers")
    re: /\b(?:(?:in|of)\s+)?(1[5-9]\d\d|20\d\d)\b(?!\s*[-–]?\s*[a-z]+s\b)/gi,
    basis: 'stated',
    read: (m) => ({ span: point({ y: Number(m[1]) }), note: '' }),
  },
];

function refinerMatches(
  text: string,
  days: readonly Expression[],
): (Expression & { claimed: true })[] {
  const out: (Expression & { claimed: true })[] = [];
  const taken: [number, number][] = days.map((d) => [d.start, d.end]);
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  for (const r of REFINERS) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end) || (r.accept && !r.accept(m))) continue;
      taken.push([start, end]);
      const match = m;
      out.push({
        start,
        end,
        claimed: true,
        basis: typeof r.basis === 'function' ? r.basis(match) : r.basis,
        read: (ref, pubEnd) => r.read(match, ref, pubEnd),
      });
    }
  }
  return out;
}

/** Calendar days (and weekdays) that chrono finds. */
function chronoMatches(text: string): Expression[] {
  const out: Expression[] = [];
  for (const r of chrono.en.parse(text, { instant: new Date(0), timezone: 0 })) {
    let start = r.index;
    const end = start + r.text.replace(/[\s,.;:]+$/, '').length;
    const c = r.start;
    if (!c.isCertain('day') && !c.isCertain('weekday')) continue; // months and years are ours
    const lead = /\b(?:on|in|by|from|since|until)\s+$/i.exec(
      text.slice(Math.max(0, start - 7), start),
    );
    if (lead && !/^(on|in)\b/i.test(r.text)) start -= lead[0].length;
    const yearStated = c.isCertain('year') && /\d{4}|'\d\d/.test(r.text);
    const relative = !c.isCertain('month');
    const phrase = text.slice(start, end);
    out.push({
      start,
      end,
      basis: yearStated && !relative ? 'stated' : 'resolved',
      read: (ref) => {
        const at = new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12));
        const [again] = chrono.en.parse(phrase, { instant: at, timezone: 0 });
        const d = (again?.start ?? c).date();
        // A bare weekday in a report is the last one before it: chrono takes the nearest,
        // which may be after the publication ("on Tuesday", written on a Sunday).
        if (relative && d > at && !/\b(?:next|coming|tomorrow)\b/i.test(phrase)) {
          d.setUTCDate(d.getUTCDate() - 7);
        }
        let p: Part = { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
        if (!yearStated && !relative) p = { ...p, y: pastYear(ref, p.m!, p.d) };
        return {
          span: point(p),
          note:
            yearStated && !relative
              ? ''
              : `${q(phrase)} read against the publication date, in the past.`,
        };
      },
    });
  }
  return out;
}

/** Every date expression in `text`, in text order. */
export function findExpressions(text: string): Expression[] {
  // Chrono reads calendar days best; our refiners take everything else.
  const days = chronoMatches(text);
  return [...days, ...refinerMatches(text, days)].sort((a, b) => a.start - b.start);
}
