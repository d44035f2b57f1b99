/** The import layer's entry points. */
export { importBytes, importText, type ImportOptions } from './pipeline';
export { badRowsCsv, formatBadRow } from './badRows';
export { detectFormat, type Detected } from './detect';
export type { BadRow, ImportFormat, ImportResult } from './types';
