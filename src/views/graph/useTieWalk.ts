/**
 * Keyboard access to the ties of the focused actor. From an actor, Tab enters its ties (the
 * busiest first); Tab and Shift+Tab, or the arrow keys, walk them; Escape goes back to the
 * actor; Tab past the last tie leaves the graph. Each tie is a button named for who did
 * what to whom ("Pakistan to TTP: 1 assault"), so a screen reader announces it.
 */
import { useCallback, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { ActorGraph, GraphEdge } from '../../query/graph/derive';
import { edgeName } from '../../query/graph/labels';
import { tiesOf } from '../../query/graph/navigate';
import { useStore } from '../../store/store';
import { selectIndex } from '../../store/selectors';

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex="0"]';

/** Moves focus to the first tabbable element after `el` in the document (out of the graph). */
function focusAfter(el: Element) {
  const after = [...document.querySelectorAll<HTMLElement>(TABBABLE)].find(
    (c) => !el.contains(c) && el.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  after?.focus();
}

export function useTieWalk(
  graph: ActorGraph,
  anchor: string | null,
  nodeEls: RefObject<Map<string, SVGGElement>>,
  svgRef: RefObject<SVGSVGElement | null>,
) {
  const index = useStore(selectIndex);
  const setHover = useStore((s) => s.setHover);
  const edgeEls = useRef(new Map<string, SVGGElement>());
  const actorOf = useCallback((id: string) => index?.actorsById.get(id), [index]);
  const ties = useMemo(
    () => (anchor ? tiesOf(graph.edges, anchor, (e) => edgeName(e, actorOf)) : []),
    [graph, anchor, actorOf],
  );

  const registerEdge = useCallback((id: string, el: SVGGElement | null) => {
    if (el) edgeEls.current.set(id, el);
    else edgeEls.current.delete(id);
  }, []);

  const focusTie = useCallback((i: number) => edgeEls.current.get(ties[i]!.id)?.focus(), [ties]);

  /** Tab on an actor enters its ties; returns whether it did. */
  const enterTies = useCallback(
    (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || e.shiftKey || ties.length === 0) return false;
      e.preventDefault();
      focusTie(0);
      return true;
    },
    [ties, focusTie],
  );

  const onEdgeKey = useCallback(
    (e: KeyboardEvent, edge: GraphEdge) => {
      const i = ties.findIndex((t) => t.id === edge.id);
      if (i < 0 || !anchor) return;
      const back = () => nodeEls.current?.get(anchor)?.focus();
      const step = e.key === 'Tab' ? (e.shiftKey ? -1 : 1) : KEY_STEPS[e.key];
      if (e.key === 'Escape') {
        e.preventDefault();
        back();
      } else if (step !== undefined) {
        e.preventDefault();
        const next = i + step;
        const arrows = e.key !== 'Tab';
        if (next >= 0 && next < ties.length) focusTie(next);
        else if (arrows) focusTie((next + ties.length) % ties.length);
        else if (next < 0) back();
        else if (svgRef.current) focusAfter(svgRef.current);
      }
    },
    [ties, anchor, nodeEls, svgRef, focusTie],
  );

  // A focused tie lights up its events in every view, as hovering it would.
  const onFocusEdge = useCallback(
    (edge: GraphEdge) => setHover({ actor: null, ids: edge.ids }),
    [setHover],
  );

  return { registerEdge, enterTies, onEdgeKey, onFocusEdge };
}

const KEY_STEPS: Record<string, number> = {
  ArrowDown: 1,
  ArrowRight: 1,
  ArrowUp: -1,
  ArrowLeft: -1,
};
