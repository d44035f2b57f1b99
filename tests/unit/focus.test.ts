/**
 * The default focus window (query/focus.ts): where most of the events are. Checked against
 * the rule written out plainly, as the code was before its points went into a typed array.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultFocus } from '../../src/query/focus';
import type { DatasetIndex } from '../../src/query/indexes';

const DAY = 86_400_000;

/** The rule as the module states it, on plain arrays. */
function plainFocus(start: number[], end: number[], span: [number, number], share = 0.9) {
  const points: number[] = [];
  for (let i = 0; i < start.length; i++) {
    for (const t of [start[i]!, end[i]!]) if (Number.isFinite(t)) points.push(t);
  }
  if (points.length < 2) return null;
  points.sort((a, b) => a - b);
  const k = Math.max(1, Math.ceil(points.length * share) - 1);
  let best: [number, number] = [points[0]!, points[points.length - 1]!];
  for (let i = 0; i + k < points.length; i++) {
    if (points[i + k]! - points[i]! < best[1] - best[0]) best = [points[i]!, points[i + k]!];
  }
  const pad = Math.max(15 * DAY, (best[1] - best[0]) / 5);
  const focus: [number, number] = [best[0] - pad, best[1] + pad];
  if (focus[1] - focus[0] > 0.8 * (span[1] - span[0])) return null;
  return focus;
}

const indexOf = (start: number[], end: number[], span: [number, number]) =>
  ({
    events: start.map(() => ({})),
    start: Float64Array.from(start),
    end: Float64Array.from(end),
    span,
  }) as unknown as DatasetIndex;

describe('defaultFocus', () => {
  it('opens a report about 2021–2022 that mentions 1947 on 2021–2022', () => {
    const t = (iso: string) => Date.parse(iso);
    const start = [
      t('1947-08-14'),
      ...Array.from({ length: 30 }, (_, i) => t('2021-01-01') + i * 20 * DAY),
    ];
    const end = start.map((s) => s + DAY);
    const focus = defaultFocus(indexOf(start, end, [start[0]!, end[end.length - 1]!]))!;
    expect(focus[0]).toBeGreaterThan(t('2020-01-01'));
    expect(focus[1]).toBeLessThan(t('2023-06-01'));
  });

  it('gives the plain rule’s window for any dates, open ends and undated events included', () => {
    const time = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: -2e12, max: 2e12 }) },
      fc.constantFrom(-Infinity, Infinity, NaN),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(time, time), { maxLength: 80 }), (pairs) => {
        const start = pairs.map((p) => p[0]);
        const end = pairs.map((p) => p[1]);
        const finite = [...start, ...end].filter(Number.isFinite);
        const span: [number, number] = finite.length
          ? [Math.min(...finite), Math.max(...finite)]
          : [0, 0];
        expect(defaultFocus(indexOf(start, end, span))).toEqual(plainFocus(start, end, span));
      }),
      { numRuns: 300 },
    );
  });
});
