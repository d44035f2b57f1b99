/**
 * The one way a dataset file is read, by the CLI and by the app: bytes are decoded
 * (decode.ts), parsed, scanned for repeated keys and validated. Never throws.
 */
import { validateJsonText, type ValidationResult } from '../model/validate';
import { decodeBytes, type Encoding } from './decode';
import { detectFormat } from './import/detect';
import { importText } from './import/pipeline';
import type { OnProgress } from './import/progress';
import type { ImportResult } from './import/types';

export interface ReadResult extends ValidationResult {
  /** The decoded text and how it was decoded (null when it could not be). */
  text: string | null;
  encoding: Encoding | null;
  exact: boolean;
}

export function readDataset(bytes: Uint8Array): ReadResult {
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) {
    return { dataset: null, problems: [decoded.error], text: null, encoding: null, exact: false };
  }
  const { dataset, problems } = validateJsonText(decoded.text);
  return {
    dataset,
    problems: [...decoded.warnings, ...problems],
    text: decoded.text,
    encoding: decoded.encoding,
    exact: decoded.exact,
  };
}

export type ReadAnyResult =
  { kind: 'dataset'; result: ReadResult } | { kind: 'import'; result: ImportResult };

/**
 * Any file the app opens: a Traceline dataset is read as above; a file in an outside format
 * (ACLED, UCDP GED, GDELT, TimelineJS; told by its content, never its name) goes through
 * the import pipeline, whose result a preview shows when rows were set aside.
 */
export function readAnyFile(
  bytes: Uint8Array,
  file: string,
  onProgress?: OnProgress,
): ReadAnyResult {
  const decoded = decodeBytes(bytes);
  // A Traceline dataset names its format: no need to parse it twice to find out.
  if (!('error' in decoded) && !decoded.text.includes('"traceline/1"')) {
    const detected = detectFormat(decoded.text);
    if (typeof detected !== 'string' && detected.format !== 'traceline') {
      const result = importText(decoded.text, { file, ...(onProgress ? { onProgress } : {}) });
      const warnings = decoded.warnings.map((w) => w.message);
      return { kind: 'import', result: { ...result, warnings: [...warnings, ...result.warnings] } };
    }
  }
  onProgress?.({ stage: 'validating', rows: 0, done: 0 });
  return { kind: 'dataset', result: readDataset(bytes) };
}
