/**
 * The suggester's candidates: every reading of the date expressions, connective clauses
 * and verb forms found in a stretch of text (see suggest.ts for the list of readings).
 */
import { findExpressions, type Expression } from './expressions';
import { clauseEnd, clauseStart, contentWords, overlap } from './clauses';
import { sentences } from '../selection';
import { addMonths, spanEdtf, type Day, type Part, type Reading, type Span } from './span';

export type Kind =
  | 'date'
  | 'own'
  | 'since'
  | 'since-pub'
  | 'after'
  | 'until'
  | 'recently'
  | 'recently-until'
  | 'long'
  | 'perfect'
  | 'retain';

export interface Candidate {
  kind: Kind;
  start: number;
  end: number;
  basis: 'stated' | 'resolved';
  /** Needs the publication date (relative words, or "up to publication"). */
  needsPub: boolean;
  read(ref: Day, pubEnd: Part): Reading;
}

const lo = (s: Span): Part | 'open' => s.lo;
const hi = (s: Span): Part | 'open' => s.hi;
const plain = (p: Part): Part => ({ y: p.y, ...(p.m ? { m: p.m } : {}) });
const q = (s: string) => `“${s}”`;

interface Anchor {
  expr: Expression;
  words: Set<string>;
  sentence: string;
}

let anchorCache: { text: string; anchors: Anchor[]; exprs: Expression[] } | null = null;

/** Every date expression of the text with its sentence's words (memoised on the text). */
function textAnchors(text: string) {
  if (anchorCache?.text === text) return anchorCache;
  const exprs = findExpressions(text);
  const sents = sentences(text);
  const anchors = exprs.map((expr) => {
    const [a, b] = sents.find(([a, b]) => expr.start >= a && expr.start < b) ?? [
      expr.start,
      expr.end,
    ];
    const sentence = text.slice(a, b);
    return { expr, words: contentWords(sentence), sentence };
  });
  anchorCache = { text, anchors, exprs };
  return anchorCache;
}

/** The dated sentence a dateless clause most likely refers to: earlier text first. */
function findAnchor(
  anchors: Anchor[],
  clause: Set<string>,
  sentence: Set<string>,
  at: number,
): Anchor | null {
  const score = (a: Anchor) => 2 * overlap(clause, a.words) + overlap(sentence, a.words);
  const best = (list: Anchor[]) => {
    let top: Anchor | null = null;
    let topScore = 1;
    for (const a of list) {
      const s = score(a);
      if (
        s > topScore ||
        (s === topScore && top && Math.abs(a.expr.start - at) < Math.abs(top.expr.start - at))
      ) {
        top = a;
        topScore = s;
      }
    }
    return top;
  };
  return (
    best(anchors.filter((a) => a.expr.start < at)) ??
    best(anchors.filter((a) => a.expr.start >= at))
  );
}

const CONNECTIVE = /\b(since|after|following|before|until|till)\b/gi;

/** Readings of a connective applied to a dated span, keyed by kind. */
function connectiveReadings(
  word: string,
  expr: Expression,
  direct: boolean,
  what: string,
): Omit<Candidate, 'start' | 'end'>[] {
  const out: Omit<Candidate, 'start' | 'end'>[] = [];
  const basis = expr.basis;
  const own = (): Omit<Candidate, 'start' | 'end'> => ({
    kind: 'own',
    basis,
    needsPub: basis === 'resolved',
    read: (ref, pubEnd) => {
      const r = expr.read(ref, pubEnd);
      return {
        span: r.span,
        note: `The event the clause names, at the date of ${what}. ${r.note}`.trim(),
      };
    },
  });
  const w = word.toLowerCase();
  if (w === 'since') {
    if (!direct) out.push(own());
    out.push({
      kind: 'since',
      basis,
      needsPub: basis === 'resolved',
      read: (ref, pubEnd) => {
        const r = expr.read(ref, pubEnd);
        return {
          span: { lo: lo(r.span), hi: 'open' },
          note: `From ${what} and still ongoing: an open interval. ${r.note}`.trim(),
        };
      },
    });
    out.push({
      kind: 'since-pub',
      basis: 'resolved',
      needsPub: true,
      read: (ref, pubEnd) => {
        const r = expr.read(ref, pubEnd);
        return {
          span: { lo: lo(r.span), hi: pubEnd },
          note: `From ${what} up to about publication. ${r.note}`.trim(),
        };
      },
    });
  } else if (w === 'after' || w === 'following') {
    if (!direct) out.push(own());
    out.push({
      kind: 'after',
      basis: 'resolved',
      needsPub: true,
      read: (ref, pubEnd) => {
        const r = expr.read(ref, pubEnd);
        return {
          span: { lo: hi(r.span), hi: pubEnd },
          note: `After ${what}: from its end up to about publication. ${r.note}`.trim(),
        };
      },
    });
  } else {
    out.push({
      kind: 'until',
      basis,
      needsPub: basis === 'resolved',
      read: (ref, pubEnd) => {
        const r = expr.read(ref, pubEnd);
        return {
          span: { lo: 'open', hi: lo(r.span) },
          note: `Up to ${what}; the start is not given. ${r.note}`.trim(),
        };
      },
    });
  }
  return out;
}

/** Reads an anchor expression, describing it for notes. */
function anchored(a: Anchor, words: string): Expression {
  const phrase = a.sentence.length > 90 ? a.sentence.slice(0, 89) + '…' : a.sentence;
  return {
    ...a.expr,
    basis: 'resolved',
    read: (ref, pubEnd) => {
      const r = a.expr.read(ref, pubEnd);
      return {
        span: r.span,
        note: `${q(words)} taken as the event the text dates at ${spanEdtf(r.span)} in ${q(phrase)}. ${r.note}`.trim(),
      };
    },
  };
}

export function candidatesIn(text: string, from: number, to: number): Candidate[] {
  const { anchors, exprs } = textAnchors(text);
  const here = exprs.filter((e) => e.start >= from && e.end <= to);
  const out: Candidate[] = [];
  const sentenceOf = (at: number) =>
    sentences(text).find(([a, b]) => at >= a && at < b) ?? [from, to];

  for (const e of here) {
    out.push({
      kind: 'date',
      start: e.start,
      end: e.end,
      basis: e.basis,
      needsPub: e.basis === 'resolved',
      read: e.read,
    });
    // A connective before the expression, in the same clause: "since … in 1947".
    const cs = clauseStart(text, e.start, from);
    const before = text.slice(cs, e.start);
    const all = [...before.matchAll(CONNECTIVE)];
    const c = all.at(-1);
    if (c) {
      const start = cs + c.index!;
      const direct = /^\s*(?:in\s+|on\s+)?$/i.test(before.slice(c.index! + c[0].length));
      const what = q(text.slice(e.start, e.end));
      for (const r of connectiveReadings(c[0], e, direct, what))
        out.push({ ...r, start, end: e.end });
    }
  }

  // Dateless connective clauses: "since the Taliban reclaimed power".
  const dateless =
    /\b([Ss]ince|[Aa]fter|[Ff]ollowing)\s+(?=(?:the|its|his|her|their|this|that)\b|[A-Z])/g;
  const region = text.slice(from, to);
  for (const m of region.matchAll(dateless)) {
    const start = from + m.index!;
    const end = clauseEnd(text, start + m[1]!.length, to, true);
    if (here.some((e) => e.start >= start && e.start < end)) continue;
    const phrase = text.slice(start, end);
    if (phrase.split(/\s+/).length < 3) continue;
    const [sa, sb] = sentenceOf(start);
    const anchor = findAnchor(
      anchors.filter((a) => a.expr.start < start || a.expr.start >= end),
      contentWords(phrase),
      contentWords(text.slice(sa, sb)),
      start,
    );
    if (!anchor) continue;
    const expr = anchored(anchor, phrase.slice(m[1]!.length).trim());
    for (const r of connectiveReadings(m[1]!, expr, false, q(phrase.slice(m[1]!.length).trim()))) {
      out.push({ ...r, basis: 'resolved', needsPub: true, start, end });
    }
  }

  // "until recently": the whole clause; the state ended about six months before publication.
  for (const m of region.matchAll(/\buntil\s+recently\b/gi)) {
    const at = from + m.index!;
    const start = clauseStart(text, at, from);
    const end = clauseEnd(text, at, to);
    const recent = (pubEnd: Part): Part => ({
      ...addMonths(pubEnd.y, pubEnd.m ?? 1, -6),
      approx: true,
    });
    const note = 'read as about six months before publication';
    out.push({
      kind: 'recently',
      start,
      end,
      basis: 'resolved',
      needsPub: true,
      read: (_ref, pubEnd) => ({
        span: { lo: recent(pubEnd), hi: pubEnd },
        note: `After the state that held “until recently” ended (${note}), up to about publication.`,
      }),
    });
    out.push({
      kind: 'recently-until',
      start,
      end,
      basis: 'resolved',
      needsPub: true,
      read: (_ref, pubEnd) => ({
        span: { lo: 'open', hi: recent(pubEnd) },
        note: `The state held “until recently” (${note}); its start is not given.`,
      }),
    });
  }

  // "had long supported", "has always been": long-standing, up to about publication.
  for (const m of region.matchAll(/\b(?:has|have|had)\s+(?:long|always)\s+[\p{L}-]+/giu)) {
    const start = from + m.index!;
    out.push({
      kind: 'long',
      start,
      end: start + m[0].length,
      basis: 'resolved',
      needsPub: true,
      read: (_ref, pubEnd) => ({
        span: { lo: 'open', hi: pubEnd },
        note: `Long-standing: the start is not given; still so at about publication.`,
      }),
    });
  }

  // Present perfect with no date in its sentence: from the event it refers to, ongoing.
  const perfect =
    /\b(?:has|have)\s+(?:(?:not|never|already|also|just)\s+)?(?:[\p{L}]+ed|been|done|made|met|led|held|fought|won|lost|left|kept|taken|seen|begun|grown|sought|brought|built|told|said|become|arisen|risen|given)\b/giu;
  for (const m of region.matchAll(perfect)) {
    const start = from + m.index!;
    const [sa, sb] = sentenceOf(start);
    if (
      out.some((c) => c.start >= sa && c.start < sb) ||
      exprs.some((e) => e.start >= sa && e.start < sb)
    )
      continue;
    const end = clauseEnd(text, start, sb, true);
    const phrase = text.slice(start, end);
    const anchor = findAnchor(
      anchors.filter((a) => a.expr.start < sa || a.expr.start >= sb),
      contentWords(phrase),
      contentWords(text.slice(sa, sb)),
      start,
    );
    if (!anchor) continue;
    const expr = anchored(anchor, text.slice(sa, sb).trim());
    out.push({
      kind: 'perfect',
      start,
      end,
      basis: 'resolved',
      needsPub: true,
      read: (ref, pubEnd) => {
        const r = expr.read(ref, pubEnd);
        return {
          span: { lo: lo(r.span), hi: 'open' },
          note: `Present perfect: from the event it refers to and still ongoing at publication, so open-ended. ${r.note}`,
        };
      },
    });
  }

  // "retaining close ties": a state attested up to the date of its sentence.
  for (const m of region.matchAll(/\b(?:retaining|maintaining|keeping|continuing)\b/gi)) {
    const start = from + m.index!;
    const [sa, sb] = sentenceOf(start);
    const dated = exprs
      .filter((e) => e.start >= sa && e.start < sb)
      .sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0];
    if (!dated) continue;
    const end = clauseEnd(text, start, sb, true);
    const what = q(text.slice(dated.start, dated.end));
    out.push({
      kind: 'retain',
      start,
      end,
      basis: dated.basis,
      needsPub: dated.basis === 'resolved',
      read: (ref, pubEnd) => {
        const r = dated.read(ref, pubEnd);
        const end = hi(r.span);
        return {
          span: { lo: 'open', hi: end === 'open' ? end : plain(end) },
          note: `A state the text attests up to ${what}; its start is not given. ${r.note}`.trim(),
        };
      },
    });
  }
  return out;
}
