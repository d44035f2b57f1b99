/**
 * A single pass over JSON text that JSON.parse has already accepted, for what the parsed
 * value forgets: keys written twice in one object (JSON.parse keeps the last), and where a
 * value stands in the text (so `validate --fix` can patch offsets without rewriting the
 * file). Iterative, so nesting depth costs memory, never the call stack.
 */
export type PathPart = string | number;

export interface Duplicate {
  /** The path of the repeated key (its object's path plus the key). */
  path: PathPart[];
  /** How many times the key occurs in its object so far. */
  count: number;
}

interface Frame {
  array: boolean;
  /** The current key (objects) or index (arrays). */
  at: PathPart;
  keys: Map<string, number> | null;
  expectKey: boolean;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** The index just past the string starting at `i` (a quote). */
function stringEnd(text: string, i: number): number {
  let j = text.indexOf('"', i + 1);
  while (j !== -1) {
    let backslashes = 0;
    for (let k = j - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return j + 1;
    j = text.indexOf('"', j + 1);
  }
  return text.length;
}

/**
 * Scans JSON text. `wanted` holds paths (joined by pathKey) whose primitive values should be
 * located; their [start, end) text ranges are returned.
 */
export function scanJson(
  text: string,
  wanted?: ReadonlySet<string>,
): { duplicates: Duplicate[]; ranges: Map<string, [number, number]> } {
  const duplicates: Duplicate[] = [];
  const ranges = new Map<string, [number, number]>();
  const stack: Frame[] = [];
  const path = () => stack.map((f) => f.at);
  const primitive = (start: number, end: number) => {
    if (wanted && wanted.size > 0) {
      const key = pathKey(path());
      if (wanted.has(key)) ranges.set(key, [start, end]);
    }
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (isSpace(c) || c === 0x3a /* : */ || c === 0xfeff) {
      i++;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const array = c === 0x5b;
      stack.push({ array, at: array ? 0 : '', keys: array ? null : new Map(), expectKey: !array });
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      i++;
    } else if (c === 0x2c /* , */) {
      if (top?.array) (top.at as number)++;
      else if (top) top.expectKey = true;
      i++;
    } else if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      if (top && !top.array && top.expectKey) {
        // Most keys have no escapes: slicing is much cheaper than JSON.parse.
        let key = text.slice(i + 1, end - 1);
        if (key.includes('\\')) {
          try {
            key = JSON.parse(text.slice(i, end)) as string;
          } catch {
            // keep the raw key; JSON.parse accepted the text, so this does not happen
          }
        }
        const count = (top.keys!.get(key) ?? 0) + 1;
        top.keys!.set(key, count);
        top.at = key;
        top.expectKey = false;
        if (count > 1) duplicates.push({ path: path(), count });
      } else {
        primitive(i, end);
      }
      i = end;
    } else {
      // A number, true, false or null: up to the next delimiter.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isSpace(d) || d === 0x2c || d === 0x5d || d === 0x7d) break;
        j++;
      }
      primitive(i, j);
      i = j;
    }
  }
  return { duplicates, ranges };
}

/** One string per path, for set lookups. */
export const pathKey = (path: readonly PathPart[]) => JSON.stringify(path);
