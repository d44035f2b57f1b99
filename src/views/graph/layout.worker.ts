/// <reference lib="webworker" />
/**
 * Runs the force layout off the main thread for big graphs. The layout is the same pure
 * function the main thread and the tests use; this file only carries messages.
 */
import { layoutGraph, type LayoutInput } from '../../query/graph/layout';

export interface LayoutRequestMessage {
  seq: number;
  input: LayoutInput;
}

export interface LayoutReplyMessage {
  seq: number;
  ids: readonly string[];
  x: Float64Array;
  y: Float64Array;
  ms: number;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<LayoutRequestMessage>) => {
  const t0 = performance.now();
  const { ids, x, y } = layoutGraph(e.data.input);
  const reply: LayoutReplyMessage = { seq: e.data.seq, ids, x, y, ms: performance.now() - t0 };
  scope.postMessage(reply, [x.buffer, y.buffer]);
};
