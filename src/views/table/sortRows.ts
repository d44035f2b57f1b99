/**
 * Row order for the events table. The visible events arrive in time order; other orders
 * are a sort of those indexes by a key read from the index (pure, so it can be tested).
 */
import type { DatasetIndex } from '../../query/indexes';

export type SortKey = 'date' | 'title' | 'actors' | 'category';
export type SortDir = 'ascending' | 'descending';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The names of an event's participants, in order, joined for display and sorting; one the
 * text does not name (identified from outside it) says so.
 */
export function actorNames(index: DatasetIndex, i: number): string {
  const participants = index.events[i]!.participants;
  const outside = new Set(
    participants.filter((p) => p.identified?.basis === 'external').map((p) => p.actor),
  );
  return [...new Set(participants.map((p) => p.actor))]
    .map((id) => {
      const name = index.actorsById.get(id)?.name ?? id;
      return outside.has(id) ? `${name} (identified from outside the text)` : name;
    })
    .join(', ');
}

/** Sorts event indexes (given in time order); ties keep time order. */
export function sortRows(
  index: DatasetIndex,
  inTimeOrder: Uint32Array,
  key: SortKey,
  dir: SortDir,
): Uint32Array {
  const sign = dir === 'ascending' ? 1 : -1;
  if (key === 'date') return dir === 'ascending' ? inTimeOrder : inTimeOrder.slice().reverse();
  const label = (i: number) =>
    key === 'title'
      ? index.events[i]!.title
      : key === 'category'
        ? index.events[i]!.category
        : actorNames(index, i);
  // Read each key once, then sort positions (stable: equal keys stay in time order).
  const keys = Array.from(inTimeOrder, label);
  const order = Array.from(inTimeOrder, (_, k) => k);
  order.sort((a, b) => sign * collator.compare(keys[a]!, keys[b]!) || a - b);
  return Uint32Array.from(order, (k) => inTimeOrder[k]!);
}
