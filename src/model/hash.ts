/**
 * FNV-1a hashes of text: short, stable ids (combine.ts) and the library's content hashes
 * (persist/libraryRecord.ts). A module of its own so the library does not bring in the
 * combining code on a first visit.
 */

/** FNV-1a's starting value: a hash of text in pieces starts here and goes on with hashText. */
export const FNV_START = 0x811c9dc5;

/** The FNV-1a hash of `h`'s text followed by `s` (unsigned 32-bit). */
export function hashText(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit FNV-1a hash in base 36: short, stable, enough to tell ids apart. */
export function shortHash(s: string): string {
  return hashText(FNV_START, s).toString(36);
}
