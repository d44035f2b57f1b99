/**
 * Holds the graph's positions between renders: it runs the layout (on the main thread for
 * small graphs, in a Web Worker for big ones), remembers where every actor has been so
 * that known actors keep their places when the filters change, and keeps the nodes the
 * reader pinned by dragging. Components read it with useSyncExternalStore.
 */
import { layoutGraph, type LayoutInput, type Point } from '../../query/graph/layout';
import type { LayoutReplyMessage, LayoutRequestMessage } from './layout.worker';

/**
 * Graphs with more nodes + links than this are laid out in the worker. The force layout's
 * cost is mostly its fixed number of ticks, not the graph's size: the report's graph (17
 * actors, 30 links) takes about 80 ms in node, a thousand events' (100 actors, 710 links)
 * about 130 ms; so every graph but the smallest went over the page's 100 ms budget for one
 * task at each change of the filters.
 */
export const WORKER_THRESHOLD = 100;

/** Whether a layout runs on the page (small graphs: no frame of stale positions) or not. */
export const laysOutOnPage = (request: Pick<LayoutRequest, 'ids' | 'links'>, hasWorker: boolean) =>
  !hasWorker || request.ids.length + request.links.length <= WORKER_THRESHOLD;

export interface LayoutSnapshot {
  positions: ReadonlyMap<string, Point>;
  pinned: ReadonlySet<string>;
  /** A layout is being computed (in the worker); `positions` are the previous ones. */
  pending: boolean;
  /** Bumped when a new layout lands (not on drags), so the view can re-fit. */
  generation: number;
  /** How long the last layout took (ms), and where it ran. */
  lastLayout: { ms: number; where: 'main' | 'worker' } | null;
}

export type LayoutRequest = Omit<LayoutInput, 'previous' | 'pinned'>;

export class LayoutEngine {
  private snapshot: LayoutSnapshot = {
    positions: new Map(),
    pinned: new Set(),
    pending: false,
    generation: 0,
    lastLayout: null,
  };
  private listeners = new Set<() => void>();
  /** The last place of every actor ever laid out, present in the graph or not. */
  private memory = new Map<string, Point>();
  private pins = new Map<string, Point>();
  private worker: Worker | null = null;
  private seq = 0;
  private lastInput: LayoutInput | null = null;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  private emit(patch: Partial<LayoutSnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const l of this.listeners) l();
  }

  /** Lays out the graph, starting from the remembered and pinned positions. */
  request(request: LayoutRequest) {
    const previous: Record<string, Point> = {};
    const pinned: Record<string, Point> = {};
    for (const id of request.ids) {
      const p = this.memory.get(id);
      if (p) previous[id] = p;
      const pin = this.pins.get(id);
      if (pin) pinned[id] = pin;
    }
    const input: LayoutInput = { ...request, previous, pinned };
    const seq = ++this.seq;
    this.lastInput = input;
    if (laysOutOnPage(request, typeof Worker !== 'undefined')) {
      const t0 = performance.now();
      const { ids, x, y } = layoutGraph(input);
      this.land(ids, x, y, { ms: performance.now() - t0, where: 'main' });
      return;
    }
    this.worker ??= this.startWorker();
    const message: LayoutRequestMessage = { seq, input };
    this.worker.postMessage(message);
    this.emit({ pending: true });
  }

  private startWorker() {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<LayoutReplyMessage>) => {
      // A newer request supersedes this one: drop it.
      if (e.data.seq === this.seq) {
        this.land(e.data.ids, e.data.x, e.data.y, { ms: e.data.ms, where: 'worker' });
      }
    };
    worker.onerror = (e) => {
      // Fall back to the main thread rather than showing nothing.
      e.preventDefault();
      this.worker?.terminate();
      this.worker = null;
      if (this.lastInput) {
        const t0 = performance.now();
        const { ids, x, y } = layoutGraph(this.lastInput);
        this.land(ids, x, y, { ms: performance.now() - t0, where: 'main' });
      }
    };
    return worker;
  }

  private land(
    ids: readonly string[],
    x: ArrayLike<number>,
    y: ArrayLike<number>,
    lastLayout: LayoutSnapshot['lastLayout'],
  ) {
    const positions = new Map<string, Point>();
    for (let i = 0; i < ids.length; i++) {
      const p: Point = [x[i]!, y[i]!];
      positions.set(ids[i]!, p);
      this.memory.set(ids[i]!, p);
    }
    this.emit({ positions, pending: false, generation: this.snapshot.generation + 1, lastLayout });
  }

  /** Moves a node and pins it there (a drag). */
  pin(id: string, p: Point) {
    this.pins.set(id, p);
    this.memory.set(id, p);
    const positions = new Map(this.snapshot.positions);
    positions.set(id, p);
    this.emit({ positions, pinned: new Set(this.pins.keys()) });
  }

  /** Releases every pinned node (they move again at the next layout). */
  unpinAll() {
    this.pins.clear();
    this.emit({ pinned: new Set() });
  }

  dispose() {
    this.worker?.terminate();
    this.worker = null;
    this.listeners.clear();
  }
}
