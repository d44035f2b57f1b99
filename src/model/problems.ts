/**
 * What the validator reports, and how problems are written out. Apart from validate.ts so
 * that the page can show problems without loading the validator (zod, the EDTF grammar).
 */
import type { Dataset } from './schema';

export type PathPart = string | number;

export interface Problem {
  severity: 'error' | 'warning';
  /** Where in the JSON: ['events', 3, 'evidence', 0, 'position']. */
  path: PathPart[];
  message: string;
  /** For drifted evidence: the offsets that select the quote now. */
  fix?: { start: number; end: number };
}

export interface ValidationResult {
  /** The parsed dataset (offsets corrected) when there are no errors. */
  dataset: Dataset | null;
  problems: Problem[];
}

/** Formats a path the way JSON tools do: `$.events[3].evidence[0]`. */
export function formatPath(path: readonly PathPart[]): string {
  return (
    '$' +
    path
      .map((p) =>
        typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `["${p}"]`,
      )
      .join('')
  );
}

export function formatProblem(p: Problem): string {
  // A problem with the whole file (or an import note) has no path worth a "$".
  if (p.path.length === 0) return `${p.severity}: ${p.message}`;
  return `${p.severity}: ${formatPath(p.path)}: ${p.message}`;
}
