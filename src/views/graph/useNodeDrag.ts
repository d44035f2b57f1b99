/**
 * Dragging a node pins it where it is dropped: the one place d3-drag is attached. The
 * behaviour sits on the layer that holds the nodes and finds the dragged node from the
 * pointer's target, so nodes can come and go without re-attaching anything. A press on
 * the empty background is not a drag and falls through to the zoom's pan.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { drag, type D3DragEvent } from 'd3-drag';
import type { Point } from '../../query/graph/layout';

interface Subject {
  id: string;
  x: number;
  y: number;
}

export function useNodeDrag(
  layerRef: RefObject<SVGGElement | null>,
  positionOf: (id: string) => Point | undefined,
  onDrag: (id: string, p: Point) => void,
) {
  const latest = useRef({ positionOf, onDrag });
  useEffect(() => {
    latest.current = { positionOf, onDrag };
  }, [positionOf, onDrag]);

  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    const behaviour = drag<SVGGElement, unknown, Subject | null>()
      // Pointer positions are read in the layer's own (zoomed) coordinates.
      .container(() => layer)
      .subject((event: D3DragEvent<SVGGElement, unknown, Subject | null>) => {
        const target = (event.sourceEvent as Event).target as Element | null;
        const id = target?.closest('[data-node-id]')?.getAttribute('data-node-id');
        const p = id ? latest.current.positionOf(id) : undefined;
        return id && p ? { id, x: p[0], y: p[1] } : null;
      })
      .on('drag', (event: D3DragEvent<SVGGElement, unknown, Subject>) => {
        latest.current.onDrag(event.subject.id, [event.x, event.y]);
      });
    const selection = select(layer).call(behaviour);
    return () => {
      selection.on('.drag', null);
    };
  }, [layerRef]);
}
