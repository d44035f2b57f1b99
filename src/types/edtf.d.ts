/** Types for the parts of the `edtf` package that Traceline uses. */
declare module 'edtf' {
  interface Bitmask {
    value: number;
  }
  interface EdtfBase {
    type: 'Date' | 'Year' | 'Decade' | 'Century' | 'Season' | 'Interval' | 'List' | 'Set';
    /** Earliest instant covered, in ms since the epoch (UTC); -Infinity when open. */
    min: number;
    /** Latest instant covered, in ms since the epoch (UTC); Infinity when open. */
    max: number;
    edtf: string;
    toEDTF(): string;
  }
  export interface EdtfDate extends EdtfBase {
    type: 'Date' | 'Year' | 'Decade' | 'Century' | 'Season';
    /** 1 = year, 2 = month, 3 = day. */
    precision: number;
    approximate: Bitmask;
    uncertain: Bitmask;
    unspecified: Bitmask;
    values: number[];
  }
  export interface EdtfInterval extends EdtfBase {
    type: 'Interval';
    /** An endpoint; Infinity (open, "..") or null/undefined (unknown) when not a date. */
    lower: EdtfDate | number | null | undefined;
    upper: EdtfDate | number | null | undefined;
  }
  export type Edtf = EdtfDate | EdtfInterval | EdtfBase;
  export interface ParseOptions {
    level?: 0 | 1 | 2;
    types?: string[];
  }
  export default function edtf(input: string, options?: ParseOptions): Edtf;
}
