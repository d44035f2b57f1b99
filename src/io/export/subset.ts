/**
 * The current view as a dataset of its own: the events and relations that pass the
 * filters, and exactly what they need to validate (their actors with every ancestor in the
 * affiliation tree, the sources their evidence quotes). Everything keeps the order it has
 * in the original. A view that shows every event and relation is the dataset itself, actors
 * without events included, so exporting an unfiltered view loses nothing.
 */
import type { Dataset, Relation } from '../../model/schema';
import type { DatasetIndex } from '../../query/indexes';

export function viewSubset(
  index: DatasetIndex,
  events: ArrayLike<number>,
  relations: readonly Relation[],
): Dataset {
  const { dataset } = index;
  if (events.length === dataset.events.length && relations.length === dataset.relations.length) {
    return dataset;
  }
  const keepEvent = new Uint8Array(dataset.events.length);
  for (let k = 0; k < events.length; k++) keepEvent[events[k]!] = 1;
  const keptEvents = dataset.events.filter((_, i) => keepEvent[i] === 1);
  const keptRelationIds = new Set(relations.map((r) => r.id));
  const keptRelations = dataset.relations.filter((r) => keptRelationIds.has(r.id));

  const actorIds = new Set<string>();
  const addActor = (id: string) => {
    // Walk up the affiliation tree: a kept actor's parent must resolve too.
    for (let a = index.actorsById.get(id); a && !actorIds.has(a.id);) {
      actorIds.add(a.id);
      a = a.parent ? index.actorsById.get(a.parent) : undefined;
    }
  };
  const sourceIds = new Set<string>();
  for (const e of keptEvents) {
    for (const p of e.participants) addActor(p.actor);
    for (const ev of e.evidence) sourceIds.add(ev.source);
  }
  for (const r of keptRelations) {
    addActor(r.from);
    addActor(r.to);
    for (const ev of r.evidence) sourceIds.add(ev.source);
  }
  // A dataset needs at least one source; an empty view keeps the first.
  if (sourceIds.size === 0 && dataset.sources[0]) sourceIds.add(dataset.sources[0].id);

  return {
    ...dataset,
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
    actors: dataset.actors.filter((a) => actorIds.has(a.id)),
    events: keptEvents,
    relations: keptRelations,
  };
}
