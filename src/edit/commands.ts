/**
 * Edits are commands. The workbench changes a dataset only through these: plain data (so a
 * history can be saved as JSON), each applied by one pure function and each with an
 * inverse. Undo, redo, autosave and the tests all come from this one mechanism.
 *
 * Three primitive operations on the item lists (actors, events, relations) — insert,
 * remove, replace — plus one on a source's fields, and a batch of them. The builders below
 * (add/change/delete event, relation, actor, evidence, date) only ever produce these, so the
 * inverse is mechanical: insert ⇄ remove at the same index, replace swaps before and after,
 * a batch inverts each step in reverse order.
 */
import type { Actor, Dataset, Event, Relation, Source } from '../model/schema';

export type Collection = 'actors' | 'events' | 'relations';
export type ItemOf<C extends Collection> = Dataset[C][number];
export type Item = Actor | Event | Relation;

export type Command =
  | { op: 'insert'; label: string; collection: Collection; index: number; item: Item }
  | { op: 'remove'; label: string; collection: Collection; index: number; item: Item }
  | {
      op: 'replace';
      label: string;
      collection: Collection;
      index: number;
      before: Item;
      after: Item;
    }
  | { op: 'source'; label: string; index: number; before: Source; after: Source }
  | { op: 'batch'; label: string; commands: Command[] };

/** A command that no longer fits the dataset (its item moved or changed underneath it). */
export class CommandConflict extends Error {}

function assertAt(list: readonly { id: string }[], index: number, id: string, label: string) {
  if (list[index]?.id !== id) {
    throw new CommandConflict(`“${label}” no longer applies: ${id} is not at position ${index}`);
  }
}

const withList = <C extends Collection>(ds: Dataset, c: C, list: Dataset[C]): Dataset => ({
  ...ds,
  [c]: list,
});

/** Applies a command to a dataset and returns the new dataset. Pure: the input is not changed. */
export function apply(ds: Dataset, cmd: Command): Dataset {
  switch (cmd.op) {
    case 'insert': {
      const list = ds[cmd.collection] as Item[];
      if (cmd.index < 0 || cmd.index > list.length) {
        throw new CommandConflict(`“${cmd.label}” no longer applies: no position ${cmd.index}`);
      }
      if (list.some((x) => x.id === cmd.item.id)) {
        throw new CommandConflict(`“${cmd.label}”: the id ${cmd.item.id} is taken`);
      }
      const next = [...list.slice(0, cmd.index), cmd.item, ...list.slice(cmd.index)];
      return withList(ds, cmd.collection, next as Dataset[Collection]);
    }
    case 'remove': {
      const list = ds[cmd.collection] as Item[];
      assertAt(list, cmd.index, cmd.item.id, cmd.label);
      const next = [...list.slice(0, cmd.index), ...list.slice(cmd.index + 1)];
      return withList(ds, cmd.collection, next as Dataset[Collection]);
    }
    case 'replace': {
      const list = ds[cmd.collection] as Item[];
      assertAt(list, cmd.index, cmd.before.id, cmd.label);
      const next = list.map((x, i) => (i === cmd.index ? cmd.after : x));
      return withList(ds, cmd.collection, next as Dataset[Collection]);
    }
    case 'source': {
      assertAt(ds.sources, cmd.index, cmd.before.id, cmd.label);
      return { ...ds, sources: ds.sources.map((s, i) => (i === cmd.index ? cmd.after : s)) };
    }
    case 'batch':
      return cmd.commands.reduce(apply, ds);
  }
}

/** The command that undoes `cmd` (applied to the dataset `cmd` produced). */
export function inverse(cmd: Command): Command {
  switch (cmd.op) {
    case 'insert':
      return { ...cmd, op: 'remove' };
    case 'remove':
      return { ...cmd, op: 'insert' };
    case 'replace':
      return { ...cmd, before: cmd.after, after: cmd.before };
    case 'source':
      return { ...cmd, before: cmd.after, after: cmd.before };
    case 'batch':
      return { ...cmd, commands: cmd.commands.map(inverse).reverse() };
  }
}
