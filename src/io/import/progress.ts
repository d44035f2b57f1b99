/**
 * How far opening a file has got. The pipeline reports it as it goes (in a worker, or in
 * node for the bench); the app's progress bar turns it into words and figures.
 */
export type ImportStage = 'reading' | 'parsing' | 'mapping' | 'validating' | 'indexing';

export interface ImportProgress {
  stage: ImportStage;
  /** Records read so far (rows of a table; the events, once they are mapped). */
  rows: number;
  /** How much of the stage is done, 0–1; for reading and parsing, the share of the file. */
  done: number;
}

export type OnProgress = (p: ImportProgress) => void;

/** Each stage's share of the whole bar: reading a local file is quick, the rest is not. */
const SPAN: Record<ImportStage, readonly [number, number]> = {
  reading: [0, 0.1],
  parsing: [0.1, 0.5],
  mapping: [0.5, 0.65],
  validating: [0.65, 0.9],
  indexing: [0.9, 1],
};

const WORDS: Record<ImportStage, string> = {
  reading: 'Reading',
  parsing: 'Parsing',
  mapping: 'Mapping rows to events',
  validating: 'Checking',
  indexing: 'Indexing',
};

/** The whole job's progress, 0–1. */
export function overall(p: ImportProgress): number {
  const [a, b] = SPAN[p.stage];
  return a + (b - a) * Math.min(1, Math.max(0, p.done));
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/** "Parsing: 120,000 rows · 40.1 of 100.0 MB · 45,000 rows/s" */
export function describeProgress(p: ImportProgress, totalBytes: number, elapsedMs: number): string {
  const bytes = p.stage === 'reading' || p.stage === 'parsing' ? p.done * totalBytes : totalBytes;
  const parts = [`${mb(bytes)} of ${mb(totalBytes)} MB`];
  if (p.rows > 0) {
    parts.unshift(`${p.rows.toLocaleString('en')} rows`);
    if (elapsedMs > 0) {
      parts.push(`${Math.round(p.rows / (elapsedMs / 1000)).toLocaleString('en')} rows/s`);
    }
  }
  return `${WORDS[p.stage]}: ${parts.join(' · ')}`;
}

/**
 * Passes a report on at most every `ms` milliseconds, and always when the stage changes, so
 * a fast loop does not flood the page with messages.
 */
export function throttled(report: OnProgress, ms: number, now = () => Date.now()): OnProgress {
  let last = -Infinity;
  let stage: ImportStage | null = null;
  return (p) => {
    const t = now();
    if (p.stage !== stage || t - last >= ms) {
      last = t;
      stage = p.stage;
      report(p);
    }
  };
}
