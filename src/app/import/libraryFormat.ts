/**
 * The format the library files what was read under (its ids start with it). Its own module
 * so the page can name it without importing the readers (openBytes.ts pulls in zod, the edtf
 * grammar and papaparse, which only the workers need).
 */
import type { ReadAnyResult } from '../../io/readDataset';

export function libraryFormat(read: ReadAnyResult): string {
  return read.kind === 'dataset' ? 'traceline' : (read.result.format ?? 'import');
}
