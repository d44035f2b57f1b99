/** Which events are selected, hovered, or belong to the hovered actor (as event indexes). */
import { useMemo } from 'react';
import { withDescendants, type DatasetIndex } from '../../query/indexes';

function useEventSet(index: DatasetIndex, ids: readonly string[]): Set<number> {
  return useMemo(() => {
    const out = new Set<number>();
    for (const id of ids) {
      const i = index.eventsById.get(id);
      if (i !== undefined) out.add(i);
    }
    return out;
  }, [index, ids]);
}

export interface ActorHot {
  /** The hovered actor and its descendants. */
  actors: Set<string>;
  /** Their events. */
  events: Set<number>;
}

export function useHighlights(
  index: DatasetIndex,
  selection: readonly string[],
  hover: { ids: readonly string[]; actor: string | null },
) {
  const selectedSet = useEventSet(index, selection);
  const hoverSet = useEventSet(index, hover.ids);
  const actorHot = useMemo<ActorHot | null>(() => {
    if (!hover.actor || !index.actorsById.has(hover.actor)) return null;
    const actors = new Set(withDescendants(index, hover.actor));
    const out = new Set<number>();
    for (const a of actors) for (const i of index.eventsByActor.get(a) ?? []) out.add(i);
    return { actors, events: out };
  }, [index, hover.actor]);
  return { selectedSet, hoverSet, actorHot };
}
