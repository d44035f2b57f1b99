/**
 * Small lookups the reader and the details need: the evidence of an event or relation by id, and the walk
 * through the evidence of the selection (previous / next passage).
 */
import type { Evidence } from '../model/schema';
import type { DatasetIndex } from './indexes';

/** One evidence item: the `evidence`-th quote of the event or relation `id`. */
export interface PassageRef {
  id: string;
  evidence: number;
}

/** The title and evidence of an event or relation, or null for an unknown id. */
export function itemOf(
  index: DatasetIndex,
  id: string,
): { kind: 'event' | 'relation'; title: string; evidence: readonly Evidence[] } | null {
  const i = index.eventsById.get(id);
  if (i !== undefined) {
    const e = index.events[i]!;
    return { kind: 'event', title: e.title, evidence: e.evidence };
  }
  const r = index.relationsById.get(id);
  return r ? { kind: 'relation', title: r.title, evidence: r.evidence } : null;
}

export interface WalkStep extends PassageRef {
  source: string;
}

/** Every evidence passage of the selected ids, in selection order then evidence order. */
export function selectionWalk(index: DatasetIndex, selection: readonly string[]): WalkStep[] {
  const steps: WalkStep[] = [];
  for (const id of selection) {
    itemOf(index, id)?.evidence.forEach((ev, k) =>
      steps.push({ id, evidence: k, source: ev.source }),
    );
  }
  return steps;
}

/** The step the reader shows: the focused passage when it belongs to the walk, else the first. */
export function currentStep(walk: readonly WalkStep[], focus: PassageRef | null): number {
  if (walk.length === 0) return -1;
  if (!focus) return 0;
  const k = walk.findIndex((s) => s.id === focus.id && s.evidence === focus.evidence);
  return k === -1 ? 0 : k;
}
