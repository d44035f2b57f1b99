/**
 * The edit history: commands done (to undo) and undone (to redo). Pure functions over plain
 * data, so the history is saved with the draft and a reload keeps undo working.
 */
import type { Dataset } from '../model/schema';
import { apply, inverse, type Command } from './commands';

export interface History {
  done: Command[];
  undone: Command[];
}

export const EMPTY_HISTORY: History = { done: [], undone: [] };

export interface Edited {
  dataset: Dataset;
  history: History;
}

/** Applies a command and records it; a new edit clears what could be redone. */
export function execute(dataset: Dataset, history: History, cmd: Command): Edited {
  return { dataset: apply(dataset, cmd), history: { done: [...history.done, cmd], undone: [] } };
}

/** Undoes the last command; unchanged when there is nothing to undo. */
export function undo(dataset: Dataset, history: History): Edited {
  const last = history.done.at(-1);
  if (!last) return { dataset, history };
  return {
    dataset: apply(dataset, inverse(last)),
    history: { done: history.done.slice(0, -1), undone: [...history.undone, last] },
  };
}

/** Redoes the last undone command; unchanged when there is nothing to redo. */
export function redo(dataset: Dataset, history: History): Edited {
  const next = history.undone.at(-1);
  if (!next) return { dataset, history };
  return {
    dataset: apply(dataset, next),
    history: { done: [...history.done, next], undone: history.undone.slice(0, -1) },
  };
}
