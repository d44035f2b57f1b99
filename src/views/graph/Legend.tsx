/** The key to the graph: only what the current graph shows, and how to walk it by keyboard. */
import { memo } from 'react';
import type { ActorKind } from '../../model/schema';
import type { ActorGraph, EdgeRole } from '../../query/graph/derive';
import { KIND_LABELS } from '../../query/graph/labels';
import {
  EDGE_FAMILIES,
  FAMILY_COLOURS,
  FAMILY_HINTS,
  FAMILY_LABELS,
  ROLE_DASHES,
  familyOf,
  markPath,
  nodePaint,
} from './style';

/** The two dashed styles and what they mean (solid: events between the two actors). */
const DASHED: { roles: EdgeRole[]; label: string; dash: string | undefined }[] = [
  { roles: ['relation'], label: 'lasting tie', dash: ROLE_DASHES.relation },
  { roles: ['mediator', 'affected'], label: 'mediated or affected', dash: ROLE_DASHES.mediator },
];

const Line = ({ colour, dash, arrow }: { colour: string; dash?: string; arrow?: boolean }) => (
  <svg width="28" height="10" aria-hidden="true">
    <line x1="1" y1="5" x2="27" y2="5" stroke={colour} strokeWidth="2" strokeDasharray={dash} />
    {arrow && <path d="M9,1.5L17,5L9,8.5z" fill={colour} />}
  </svg>
);

export const Legend = memo(function Legend({ graph }: { graph: ActorGraph }) {
  const kinds = [...new Set(graph.nodes.map((n) => n.actor.kind))].sort() as ActorKind[];
  const shown = new Set(graph.edges.map(familyOf));
  const families = EDGE_FAMILIES.filter((f) => shown.has(f));
  const roles = new Set(graph.edges.map((e) => e.role));
  return (
    // Open at first; folding it gives the drawing more room.
    <details className="graph-legend" open>
      <summary>Legend</summary>
      <ul aria-label="Actor kinds (by shape)">
        {kinds.map((k) => (
          <li key={k}>
            <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
              <path d={markPath(k, 5)} {...nodePaint(k)} />
            </svg>
            {KIND_LABELS[k]}
          </li>
        ))}
      </ul>
      <ul aria-label="Ties (by colour: PLOVER quad class)">
        {families.map((f) => (
          <li key={f} title={FAMILY_HINTS[f]}>
            <Line colour={FAMILY_COLOURS[f]} />
            {FAMILY_LABELS[f]}
          </li>
        ))}
      </ul>
      <ul aria-label="Line styles">
        <li title="The arrow points from the actor who acted to the one acted on; wider: more events">
          <Line colour="#5a5a66" arrow />
          events
        </li>
        {DASHED.filter((d) => d.roles.some((r) => roles.has(r))).map((d) => (
          <li key={d.label}>
            <Line colour="#5a5a66" dash={d.dash} />
            {d.label}
          </li>
        ))}
        {graph.partOf.length > 0 && (
          <li>
            <svg width="28" height="10" aria-hidden="true">
              <line className="legend-partof" x1="1" y1="5" x2="27" y2="5" />
            </svg>
            part of
          </li>
        )}
      </ul>
      <p className="graph-keys">
        Keys: arrows between actors, Enter filters, Tab walks an actor’s ties.
      </p>
    </details>
  );
});
