/**
 * Relation stripes, folded: in each lane, the relations with the same dates share one
 * stripe. The seed's lasting (undated) ties would otherwise stack a pile of identical
 * full-width lines in the busiest lanes; one stripe with a count says the same. Pure.
 */
import type { Relation } from '../../model/schema';
import type { MarkTime } from './extent';

export interface BandGroup {
  time: MarkTime;
  relations: Relation[];
}

const keyOf = (t: MarkTime) => `${t.softStart}|${t.start}|${t.end}|${t.softEnd}`;

/** Per lane, its stripes: one per distinct date, in the order the relations come. */
export function groupBands(
  relations: readonly { relation: Relation; lanes: readonly number[] }[],
  times: readonly MarkTime[],
  nLanes: number,
): BandGroup[][] {
  const out: BandGroup[][] = Array.from({ length: nLanes }, () => []);
  const seen: Map<string, BandGroup>[] = Array.from({ length: nLanes }, () => new Map());
  relations.forEach(({ relation, lanes }, r) => {
    const time = times[r]!;
    const key = keyOf(time);
    for (const lane of lanes) {
      const g = seen[lane]!.get(key);
      if (g) g.relations.push(relation);
      else {
        const group = { time, relations: [relation] };
        seen[lane]!.set(key, group);
        out[lane]!.push(group);
      }
    }
  });
  return out;
}

/** A stripe's short label: the tie's kind, or how many ties share it. */
export function bandLabel(relations: readonly Relation[]): string {
  if (relations.length === 1) return relations[0]!.kind.replace(/[-_]/g, ' ');
  return `${relations.length} ties`;
}
