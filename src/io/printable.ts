/**
 * Text from a dataset, made safe to print on a terminal or paste into a shell.
 */

/** C0 and C1 controls (which can retitle or clear a terminal), line separators and
 * bidirectional marks and overrides (which can reorder what is shown). */
const unsafe = (c: number) =>
  c < 0x20 ||
  (c >= 0x7f && c <= 0x9f) ||
  c === 0x061c ||
  c === 0x200e ||
  c === 0x200f ||
  c === 0x2028 ||
  c === 0x2029 ||
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2066 && c <= 0x2069);

/** The unsafe characters as \u escapes. */
export function printable(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += unsafe(c) ? `\\u${c.toString(16).padStart(4, '0')}` : s[i];
  }
  return out;
}

/** A POSIX shell word that stands for `s` exactly: single quotes, with ' written as '\''. */
export const shellQuote = (s: string): string =>
  /^[\w./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
