/**
 * The sources the reader's picker lists. An import has one source per row: 300k options
 * would cost the page seconds to lay out, and nobody scrolls them. So past `max`, the first
 * `max` are listed, and the shown source and those of the selection always.
 */
export function pickSources<S extends { id: string }>(
  sources: readonly S[],
  shown: string,
  selected: readonly string[],
  max: number,
): readonly S[] {
  if (sources.length <= max) return sources;
  const keep = new Set([shown, ...selected.slice(0, max)]);
  return sources.filter((s, i) => i < max || keep.has(s.id));
}
