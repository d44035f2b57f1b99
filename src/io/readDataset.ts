/**
 * The one way a dataset file is read, by the CLI and by the app: bytes are decoded
 * (decode.ts), parsed, scanned for repeated keys and validated. Never throws.
 */
import { validateJsonText, type ValidationResult } from '../model/validate';
import { decodeBytes, type Encoding } from './decode';

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
