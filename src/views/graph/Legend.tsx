/** The key to the graph: only what the current graph shows. */
import { memo } from 'react';
import type { ActorKind } from '../../model/schema';
import type { ActorGraph, EdgeRole } from '../../query/graph/derive';
import { KIND_LABELS } from '../../query/graph/labels';
import {
  FAMILY_COLOURS,
  FAMILY_HINTS,
  FAMILY_LABELS,
  KIND_COLOURS,
  ROLE_DASHES,
  familyOf,
  markPath,
  type EdgeFamily,
} from './style';

const ROLE_LABELS: Partial<Record<EdgeRole, string>> = {
  mediator: 'mediated',
  affected: 'affected',
  mutual: 'no direction',
};

export const Legend = memo(function Legend({ graph }: { graph: ActorGraph }) {
  const kinds = [...new Set(graph.nodes.map((n) => n.actor.kind))].sort() as ActorKind[];
  const families = [...new Set(graph.edges.map(familyOf))].sort() as EdgeFamily[];
  const roles = [...new Set(graph.edges.map((e) => e.role))].filter((r) => ROLE_LABELS[r]);
  return (
    <div className="graph-legend">
      <h3 className="visually-hidden">Legend</h3>
      <ul aria-label="Actor kinds">
        {kinds.map((k) => (
          <li key={k}>
            <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
              <path d={markPath(k, 5.5)} fill={KIND_COLOURS[k]} />
            </svg>
            {KIND_LABELS[k]}
          </li>
        ))}
      </ul>
      <ul aria-label="Ties">
        {families.map((f) => (
          <li key={f} title={FAMILY_HINTS[f]}>
            <svg width="26" height="10" aria-hidden="true">
              <line
                x1="1"
                y1="5"
                x2="19"
                y2="5"
                stroke={FAMILY_COLOURS[f]}
                strokeWidth="2"
                strokeDasharray={f === 'relation' ? ROLE_DASHES.relation : undefined}
              />
              <path d="M18,1.5L25,5L18,8.5z" fill={FAMILY_COLOURS[f]} />
            </svg>
            {FAMILY_LABELS[f]}
          </li>
        ))}
        {roles.map((r) => (
          <li key={r}>
            <svg width="26" height="10" aria-hidden="true">
              <line
                x1="1"
                y1="5"
                x2="25"
                y2="5"
                stroke="#5a5a66"
                strokeWidth="2"
                strokeDasharray={ROLE_DASHES[r]}
              />
            </svg>
            {ROLE_LABELS[r]}
          </li>
        ))}
        {graph.partOf.length > 0 && (
          <li>
            <svg width="26" height="10" aria-hidden="true">
              <line className="legend-partof" x1="1" y1="5" x2="25" y2="5" />
            </svg>
            part of
          </li>
        )}
        <li>wider: more events</li>
      </ul>
    </div>
  );
});
