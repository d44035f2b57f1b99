/**
 * `validate --fix`: writes corrected evidence offsets into the file's own text. Only the
 * digits of each `start` and `end` change; everything else (formatting, big integers, -0,
 * repeated keys) stays as the author wrote it.
 */
import { pathKey, scanJson } from '../model/jsonScan';
import type { Problem } from '../model/validate';

/** Returns the patched text and how many offsets pairs it changed. */
export function patchOffsets(
  text: string,
  fixes: readonly Problem[],
): { text: string; fixed: number } {
  const edits: { path: (string | number)[]; value: number }[] = [];
  for (const p of fixes) {
    if (!p.fix) continue;
    edits.push({ path: [...p.path, 'start'], value: p.fix.start });
    edits.push({ path: [...p.path, 'end'], value: p.fix.end });
  }
  const { ranges } = scanJson(text, new Set(edits.map((e) => pathKey(e.path))));
  const located = edits
    .map((e) => ({ ...e, range: ranges.get(pathKey(e.path)) }))
    .filter((e): e is typeof e & { range: [number, number] } => e.range !== undefined)
    .sort((a, b) => b.range[0] - a.range[0]);
  let out = text;
  for (const e of located) {
    out = out.slice(0, e.range[0]) + String(e.value) + out.slice(e.range[1]);
  }
  return { text: out, fixed: Math.floor(located.length / 2) };
}
