/**
 * Builders: the edits a person makes (add/change/delete an event, relation or actor; add or
 * remove evidence; set or clear a date), each turned into a primitive command against the
 * current dataset. A builder returns an error message instead of a command when the edit
 * cannot be made (an unknown id, an actor still in use), so the UI can say why.
 */
import type { DateClaim, Dataset, Evidence, KnownDate, Source } from '../model/schema';
import type { Collection, Command, Item, ItemOf } from './commands';

export type Built = Command | { error: string };

const KIND: Record<Collection, string> = {
  actors: 'actor',
  events: 'event',
  relations: 'relation',
};
const nameOf = (item: Item) => ('name' in item ? item.name : item.title);

function find(ds: Dataset, collection: Collection, id: string) {
  const list = ds[collection] as Item[];
  const index = list.findIndex((x) => x.id === id);
  return index === -1 ? null : { index, item: list[index]! };
}

/** Every id in the dataset's one namespace (sources, actors, events, relations). */
export function takenIds(ds: Dataset): Set<string> {
  return new Set(
    [...ds.sources, ...ds.actors, ...ds.events, ...ds.relations].map((x: { id: string }) => x.id),
  );
}

/**
 * Words as an id or a file name: lower-case ASCII letters and digits joined by "-", at most
 * `max` characters, cut between words where there is a word break to cut at. May be empty.
 */
export function slugOf(words: string, max = 48): string {
  const slug = words
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  return slug
    .slice(0, max + 1)
    .replace(/-[^-]*$/, '')
    .slice(0, max);
}

/** A fresh, readable id from words: "Taliban take Kabul" → "taliban-take-kabul(-2)". */
export function freshId(ds: Dataset, words: string, fallback = 'item'): string {
  const base = slugOf(words) || fallback;
  const taken = takenIds(ds);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function addItem<C extends Collection>(ds: Dataset, collection: C, item: ItemOf<C>): Built {
  if (takenIds(ds).has(item.id)) return { error: `the id “${item.id}” is already used` };
  const index = ds[collection].length;
  return {
    op: 'insert',
    label: `Add ${KIND[collection]} “${nameOf(item)}”`,
    collection,
    index,
    item,
  };
}

export function changeItem<C extends Collection>(
  ds: Dataset,
  collection: C,
  id: string,
  patch: Partial<ItemOf<C>>,
  label?: string,
): Built {
  const found = find(ds, collection, id);
  if (!found) return { error: `there is no ${KIND[collection]} “${id}”` };
  if (patch.id !== undefined && patch.id !== id) return { error: 'an id cannot be changed' };
  const after = { ...found.item, ...patch } as Item;
  // A field patched to undefined is removed, so the saved JSON stays clean.
  for (const [k, v] of Object.entries(after)) {
    if (v === undefined) delete (after as unknown as Record<string, unknown>)[k];
  }
  return {
    op: 'replace',
    label: label ?? `Change ${KIND[collection]} “${nameOf(after)}”`,
    collection,
    index: found.index,
    before: found.item,
    after,
  };
}

/** Where an actor is still used (as a parent, participant or relation end); empty if nowhere. */
export function actorUses(ds: Dataset, id: string): string[] {
  return [
    ...ds.actors.filter((a) => a.parent === id).map((a) => `actor “${a.name}” (parent)`),
    ...ds.events
      .filter((e) => e.participants.some((p) => p.actor === id))
      .map((e) => `event “${e.title}”`),
    ...ds.relations.filter((r) => r.from === id || r.to === id).map((r) => `relation “${r.title}”`),
  ];
}

export function deleteItem(ds: Dataset, collection: Collection, id: string): Built {
  const found = find(ds, collection, id);
  if (!found) return { error: `there is no ${KIND[collection]} “${id}”` };
  if (collection === 'actors') {
    const uses = actorUses(ds, id);
    if (uses.length > 0)
      return { error: `“${nameOf(found.item)}” is still used by ${uses.join(', ')}` };
  }
  return {
    op: 'remove',
    label: `Delete ${KIND[collection]} “${nameOf(found.item)}”`,
    collection,
    index: found.index,
    item: found.item,
  };
}

/** Adds an evidence passage to an event or relation. */
export function addEvidence(ds: Dataset, ownerId: string, evidence: Evidence): Built {
  const collection = find(ds, 'events', ownerId) ? 'events' : 'relations';
  const found = find(ds, collection, ownerId);
  if (!found) return { error: `there is no event or relation “${ownerId}”` };
  const list = (found.item as { evidence: Evidence[] }).evidence;
  return changeItem(
    ds,
    collection,
    ownerId,
    { evidence: [...list, evidence] },
    `Add evidence to “${nameOf(found.item)}”`,
  );
}

export function removeEvidence(ds: Dataset, ownerId: string, k: number): Built {
  const collection = find(ds, 'events', ownerId) ? 'events' : 'relations';
  const found = find(ds, collection, ownerId);
  if (!found) return { error: `there is no event or relation “${ownerId}”` };
  const list = (found.item as { evidence: Evidence[] }).evidence;
  if (!list[k]) return { error: `“${nameOf(found.item)}” has no evidence ${k + 1}` };
  if (list.length === 1) return { error: 'the last evidence passage cannot be removed' };
  return changeItem(
    ds,
    collection,
    ownerId,
    { evidence: list.filter((_, i) => i !== k) },
    `Remove evidence ${k + 1} from “${nameOf(found.item)}”`,
  );
}

/** Sets (or, with undefined, clears) an event's `when`/`known` or a relation's `when`. */
export function setDate(
  ds: Dataset,
  ownerId: string,
  field: 'when' | 'known',
  value: DateClaim | KnownDate | undefined,
): Built {
  const collection = find(ds, 'events', ownerId) ? 'events' : 'relations';
  const found = find(ds, collection, ownerId);
  if (!found) return { error: `there is no event or relation “${ownerId}”` };
  if (field === 'known' && collection === 'relations') {
    return { error: 'a relation has no known date' };
  }
  if (field === 'when' && collection === 'events' && value === undefined) {
    return { error: 'an event needs a date' };
  }
  const label = `${value ? 'Set' : 'Clear'} the ${field === 'when' ? 'date' : 'known date'} of “${nameOf(found.item)}”`;
  return changeItem(ds, collection, ownerId, { [field]: value }, label);
}

/** Changes a source's title, publication date or other fields (never its text). */
export function changeSource(
  ds: Dataset,
  id: string,
  patch: Partial<Omit<Source, 'id' | 'text'>>,
): Built {
  const index = ds.sources.findIndex((s) => s.id === id);
  if (index === -1) return { error: `there is no source “${id}”` };
  const before = ds.sources[index]!;
  return {
    op: 'source',
    label: `Change source “${before.title}”`,
    index,
    before,
    after: { ...before, ...patch },
  };
}

/** Several commands as one step of the history (a new event with its new actors). */
export function batch(label: string, commands: Command[]): Command {
  return { op: 'batch', label, commands };
}

export const isError = (b: Built): b is { error: string } => 'error' in b;
