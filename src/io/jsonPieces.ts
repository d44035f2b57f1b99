/**
 * A value as JSON text in pieces: the same text as JSON.stringify(value), but never as one
 * string. A dataset of a million events is longer than the longest string V8 allows (about
 * 512 MiB), and a long one written in pieces can be written a slice at a time, between the
 * page's frames (persist/libraryRecord.ts).
 */

/** Array items go out `batch` at a time (one piece each). */
export function* jsonPieces(value: unknown, batch = 2000): Generator<string> {
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i += batch) {
      const items = value.slice(i, i + batch).map((v: unknown) => JSON.stringify(v) ?? 'null');
      yield (i > 0 ? ',' : '') + items.join(',');
    }
    yield ']';
    return;
  }
  if (value !== null && typeof value === 'object' && !('toJSON' in value)) {
    yield '{';
    let first = true;
    for (const [key, v] of Object.entries(value)) {
      // As JSON.stringify: members whose value has no JSON form are left out.
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      first = false;
      yield* jsonPieces(v, batch);
    }
    yield '}';
    return;
  }
  yield JSON.stringify(value);
}
