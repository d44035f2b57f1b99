/**
 * Writes a value as JSON in pieces, so that a file bigger than the longest string the engine
 * allows (about 512 MiB in V8: a synthetic dataset of a million events is larger) can still
 * be written. The text is the same as JSON.stringify(value) would give.
 */

/** Array items go out this many at a time (one write each). */
const BATCH = 2000;

export function writeJson(value: unknown, write: (text: string) => void): void {
  if (Array.isArray(value)) {
    write('[');
    for (let i = 0; i < value.length; i += BATCH) {
      const items = value.slice(i, i + BATCH).map((v: unknown) => JSON.stringify(v) ?? 'null');
      write((i > 0 ? ',' : '') + items.join(','));
    }
    write(']');
    return;
  }
  if (value !== null && typeof value === 'object' && !('toJSON' in value)) {
    write('{');
    let first = true;
    for (const [key, v] of Object.entries(value)) {
      // As JSON.stringify: members whose value has no JSON form are left out.
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      write(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      writeJson(v, write);
    }
    write('}');
    return;
  }
  write(JSON.stringify(value));
}
