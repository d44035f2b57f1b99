/** The import layer's entry points. */
export { importBytes, importText, formatBadRow, type ImportOptions } from './pipeline';
export { badRowsCsv } from './badRows';
export { detectFormat, type Detected } from './detect';
export type { BadRow, ImportFormat, ImportResult } from './types';
