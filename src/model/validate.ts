/**
 * The dataset validator, shared by the app and the CLI (`npm run validate`).
 *
 * It checks, in order: the schema (zod); that texts are NFC; that ids are unique; that
 * every reference resolves; that affiliations have no cycles; that EDTF dates parse and
 * intervals are ordered; and that every evidence position selects its exact quote,
 * re-anchoring drifted ones (see anchor.ts). Each problem has a JSON path and a sentence.
 *
 * Drifted offsets whose quote is found verbatim are warnings: the returned dataset carries
 * the corrected offsets. A quote that is not in the text is an error. The validator never
 * throws on any input; it returns problems instead.
 */
import type { z } from 'zod';
import { Dataset, type Evidence } from './schema';
import { anchorQuote } from './anchor';
import { tryExtent } from './dates';
// Dates the fast path does not read need the parser: the validator always has it.
import './edtfParser';
import { scanJson } from './jsonScan';
import {
  badLink,
  impossibleDay,
  recordMismatch,
  replacementCharacters,
  splitsPair,
  unknownFields,
} from './validateChecks';
import {
  formatPath,
  formatProblem,
  type PathPart,
  type Problem,
  type ValidationResult,
} from './problems';

export { formatPath, formatProblem };
export type { PathPart, Problem, ValidationResult };

const quote = (s: string, max = 60) =>
  JSON.stringify(s.length > max ? s.slice(0, max - 1) + '…' : s);

function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is PathPart => typeof p !== 'symbol');
    let message = issue.message;
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) {
      message = `required field is missing (${message})`;
    }
    return { severity: 'error' as const, path, message };
  });
}

/**
 * What the validator may know of the JSON text: the text itself, or (for a document read in
 * pieces, never one string) whether any piece may hold U+FFFD. Without either, every string
 * is searched for U+FFFD.
 */
export type TextHint = string | { mayHoldFffd: boolean };

/** Validates parsed JSON of unknown shape. Never throws. */
export function validateDataset(json: unknown, text?: TextHint): ValidationResult {
  try {
    return validateUnsafe(json, text);
  } catch (e) {
    // A bug in a check must not take the app down: report it as a problem.
    const message = `the validator failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`;
    return { dataset: null, problems: [{ severity: 'error', path: [], message }] };
  }
}

/** Fields zod would drop without a word, named with the field most likely meant. */
function unknownFieldProblems(json: unknown): Problem[] {
  return unknownFields(Dataset, json).map(({ path, likely }) => ({
    severity: 'warning' as const,
    path,
    message:
      `unknown field ${quote(String(path[path.length - 1]))} is ignored` +
      (likely ? `; did you mean "${likely}"?` : ''),
  }));
}

/** Whether JSON text can hold U+FFFD at all (as itself or escaped): most files cannot. */
export const mayHoldFffd = (text: string) => text.includes('\uFFFD') || /\\u[fF]{3}[dD]/.test(text);

function validateUnsafe(json: unknown, text?: TextHint): ValidationResult {
  const parsed = Dataset.safeParse(json);
  const unknown = unknownFieldProblems(json);
  if (!parsed.success) {
    return { dataset: null, problems: [...zodProblems(parsed.error), ...unknown] };
  }
  const data = parsed.data;
  const problems: Problem[] = [...unknown];
  const error = (path: PathPart[], message: string) =>
    problems.push({ severity: 'error', path, message });

  const mayHold =
    text === undefined || (typeof text === 'string' ? mayHoldFffd(text) : text.mayHoldFffd);
  const fffd = mayHold ? replacementCharacters(json) : [];
  for (const path of fffd) {
    problems.push({
      severity: 'warning',
      path,
      message:
        'contains U+FFFD (�), the mark of text decoded with the wrong encoding; check the source',
    });
  }
  data.sources.forEach((s, i) => {
    const bad = s.url === undefined ? null : badLink(s.url);
    if (bad) error(['sources', i, 'url'], bad);
  });

  // Texts: offsets are only stable over one normal form.
  data.sources.forEach((s, i) => {
    if (s.text !== s.text.normalize('NFC')) {
      error(['sources', i, 'text'], `the text of source "${s.id}" is not NFC-normalised`);
    }
  });

  // Ids: one namespace for sources, actors, events and relations, so links are unambiguous.
  const seen = new Map<string, string>();
  const collections = ['sources', 'actors', 'events', 'relations'] as const;
  for (const key of collections) {
    data[key].forEach((item, i) => {
      const where = `${key}[${i}]`;
      const first = seen.get(item.id);
      if (first) error([key, i, 'id'], `duplicate id "${item.id}" (first used at ${first})`);
      else seen.set(item.id, where);
    });
  }

  // References.
  const actorIds = new Set(data.actors.map((a) => a.id));
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const checkActor = (id: string, path: PathPart[]) => {
    if (!actorIds.has(id)) error(path, `unknown actor "${id}"`);
  };
  data.actors.forEach((a, i) => {
    if (a.parent !== undefined) {
      if (a.parent === a.id) error(['actors', i, 'parent'], `actor "${a.id}" is its own parent`);
      else checkActor(a.parent, ['actors', i, 'parent']);
    }
  });
  data.events.forEach((e, i) =>
    e.participants.forEach((p, j) =>
      checkActor(p.actor, ['events', i, 'participants', j, 'actor']),
    ),
  );
  data.relations.forEach((r, i) => {
    checkActor(r.from, ['relations', i, 'from']);
    checkActor(r.to, ['relations', i, 'to']);
  });

  // Parts of a combined dataset: each event and relation names one that is listed.
  const partIds = new Set((data.combines ?? []).map((p) => p.id));
  const checkPart = (id: string | undefined, path: PathPart[]) => {
    if (id !== undefined && !partIds.has(id)) error(path, `unknown dataset part "${id}"`);
  };
  data.events.forEach((e, i) => checkPart(e.dataset, ['events', i, 'dataset']));
  data.relations.forEach((r, i) => checkPart(r.dataset, ['relations', i, 'dataset']));

  // Affiliation cycles (A in B in A): walk up from each actor.
  const parentOf = new Map(data.actors.map((a) => [a.id, a.parent]));
  const reported = new Set<string>();
  data.actors.forEach((a, i) => {
    const chain = [a.id];
    for (let p = a.parent; p !== undefined && actorIds.has(p); p = parentOf.get(p)) {
      if (p === a.id) {
        const key = [...chain].sort().join();
        if (!reported.has(key) && chain.length > 1) {
          reported.add(key);
          error(['actors', i, 'parent'], `affiliation cycle: ${[...chain, p].join(' → ')}`);
        }
        break;
      }
      if (chain.includes(p)) break; // a cycle above this actor; reported from its members
      chain.push(p);
    }
  });

  // Dates.
  // What is wrong with each distinct date string (null: nothing); datasets repeat dates.
  const dateErrors = new Map<string, string | null>();
  const checkDate = (edtf: string, path: PathPart[]) => {
    let wrong = dateErrors.get(edtf);
    if (wrong === undefined) {
      const x = impossibleDay(edtf) ?? tryExtent(edtf);
      wrong = typeof x === 'string' ? x : null;
      dateErrors.set(edtf, wrong);
    }
    if (wrong !== null) error([...path, 'edtf'], wrong);
  };
  data.sources.forEach((s, i) => checkDate(s.published.edtf, ['sources', i, 'published']));
  data.events.forEach((e, i) => {
    checkDate(e.when.edtf, ['events', i, 'when']);
    if (e.known) checkDate(e.known.edtf, ['events', i, 'known']);
  });
  data.relations.forEach((r, i) => {
    if (r.when) checkDate(r.when.edtf, ['relations', i, 'when']);
  });

  // Evidence: every position must select its exact quote.
  const textOf = new Map(data.sources.map((s) => [s.id, s.text]));
  const sourceOf = new Map(data.sources.map((s) => [s.id, s]));
  const checkEvidence = (ev: Evidence, path: PathPart[]) => {
    if (!sourceIds.has(ev.source)) {
      error([...path, 'source'], `unknown source "${ev.source}"`);
      return;
    }
    const mismatch = ev.record && recordMismatch(ev.record, sourceOf.get(ev.source)!);
    if (mismatch) error([...path, 'record'], mismatch);
    const text = textOf.get(ev.source)!;
    const { start, end } = ev.position;
    const anchor = anchorQuote(text, { ...ev.quote, start, end });
    const at = `${start}–${end}`;
    if (anchor.status === 'ok' || anchor.status === 'moved') {
      // Half an emoji is not a passage: a selection must begin and end between characters.
      const cut = [anchor.start, anchor.end].find((k) => splitsPair(text, k));
      if (cut !== undefined) {
        error(
          [...path, anchor.status === 'ok' ? 'position' : 'quote'],
          `the passage ${anchor.start}–${anchor.end} splits a character at offset ${cut} ` +
            '(between the halves of a UTF-16 surrogate pair)',
        );
        return;
      }
    }
    switch (anchor.status) {
      case 'ok':
        return;
      case 'moved':
        problems.push({
          severity: 'warning',
          path: [...path, 'position'],
          message:
            `position ${at} does not select the quote ${quote(ev.quote.exact)}; ` +
            `it was found at ${anchor.start}–${anchor.end}` +
            (anchor.tied > 1
              ? ` (${anchor.tied} of ${anchor.candidates} occurrences fit equally well: ` +
                'the nearest was taken; add a prefix or suffix to choose)'
              : anchor.candidates > 1
                ? ` (best of ${anchor.candidates} occurrences)`
                : ''),
          // A choice among equally good occurrences is a guess: never written back.
          ...(anchor.tied > 1 ? {} : { fix: { start: anchor.start, end: anchor.end } }),
        });
        ev.position = { type: 'TextPositionSelector', start: anchor.start, end: anchor.end };
        return;
      case 'fuzzy':
        error(
          [...path, 'quote', 'exact'],
          `the quote ${quote(ev.quote.exact)} is not in the text of "${ev.source}"; ` +
            `the closest passage (${anchor.errors} edits, at ${anchor.start}–${anchor.end}) ` +
            `reads ${quote(anchor.found)}`,
        );
        return;
      case 'missing':
        error(
          [...path, 'quote', 'exact'],
          `the quote ${quote(ev.quote.exact)} is not in the text of "${ev.source}"`,
        );
    }
  };
  data.events.forEach((e, i) =>
    e.evidence.forEach((ev, j) => checkEvidence(ev, ['events', i, 'evidence', j])),
  );
  data.relations.forEach((r, i) =>
    r.evidence.forEach((ev, j) => checkEvidence(ev, ['relations', i, 'evidence', j])),
  );

  const ok = !problems.some((p) => p.severity === 'error');
  return { dataset: ok ? data : null, problems };
}

/** Parses JSON text and validates it; a syntax error becomes a located problem. */
export function validateJsonText(text: string): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = `the file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
    return { dataset: null, problems: [{ severity: 'error', path: [], message }] };
  }
  const result = validateDataset(json, text);
  return { ...result, problems: [...repeatedKeys(text), ...result.problems] };
}

/**
 * Keys written twice in one object of JSON text that JSON.parse accepted, as warnings; the
 * paths are prefixed with `at` (where the text stands in a bigger document).
 */
export function repeatedKeys(text: string, at: readonly PathPart[] = []): Problem[] {
  try {
    return scanJson(text).duplicates.map(({ path, count }) => ({
      severity: 'warning' as const,
      path: at.length > 0 ? [...at, ...path] : path,
      message: `the key ${quote(String(path[path.length - 1]))} is written ${count} times in one object; the last value applies`,
    }));
  } catch {
    return []; // the scan only adds warnings; the value itself was read
  }
}
