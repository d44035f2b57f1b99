/**
 * The default focus window: where most of the events are. A report about 2021–2022 that
 * mentions 1947 should open on 2021–2022, with 1947 one action away.
 *
 * Rule: take each dated event's midpoint (open ends use their known end); find the shortest
 * time interval that holds `share` of them; pad it by a tenth of its length on each side
 * (at least 15 days). Returns null when that would show (nearly) the whole span anyway.
 */
import type { DatasetIndex } from './indexes';

const DAY = 86_400_000;

export function defaultFocus(index: DatasetIndex, share = 0.8): [number, number] | null {
  const mids: number[] = [];
  for (let i = 0; i < index.events.length; i++) {
    const s = index.start[i]!;
    const e = index.end[i]!;
    const m = Number.isFinite(s) && Number.isFinite(e) ? (s + e) / 2 : Number.isFinite(s) ? s : e;
    if (Number.isFinite(m)) mids.push(m);
  }
  if (mids.length < 2) return null;
  mids.sort((a, b) => a - b);
  const k = Math.max(1, Math.ceil(mids.length * share) - 1);
  let best: [number, number] = [mids[0]!, mids[mids.length - 1]!];
  for (let i = 0; i + k < mids.length; i++) {
    if (mids[i + k]! - mids[i]! < best[1] - best[0]) best = [mids[i]!, mids[i + k]!];
  }
  const pad = Math.max(15 * DAY, (best[1] - best[0]) / 10);
  const focus: [number, number] = [best[0] - pad, best[1] + pad];
  const [lo, hi] = index.span;
  if (focus[1] - focus[0] > 0.8 * (hi - lo)) return null;
  return focus;
}
