/**
 * The graph as text: each actor with its ties, every tie a button that selects its events
 * (so the details panel shows them with their quotes). Rendered only while open.
 */
import { memo, useState } from 'react';
import { tiesOf, type ActorGraph } from '../../query/graph/derive';
import { KIND_LABELS, edgeName } from '../../query/graph/labels';
import { useStore } from '../../store/store';
import { selectIndex } from '../../store/selectors';

/** Beyond this many actors the list stops, saying how many are left out. */
const MAX_ACTORS = 150;

export const TiesAsText = memo(function TiesAsText({ graph }: { graph: ActorGraph }) {
  const [open, setOpen] = useState(false);
  const index = useStore(selectIndex);
  const select = useStore((s) => s.select);
  const actor = (id: string) => index?.actorsById.get(id);
  const shown = graph.nodes.slice(0, MAX_ACTORS);
  return (
    <details className="graph-ties" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Ties as text</summary>
      {open && (
        <>
          <ul className="ties-actors">
            {shown.map((node) => {
              const ties = tiesOf(graph, node.id);
              return (
                <li key={node.id}>
                  <span className="ties-actor">{node.actor.name}</span>{' '}
                  <span className="ties-meta">
                    ({KIND_LABELS[node.actor.kind]}, {node.eventCount} event
                    {node.eventCount === 1 ? '' : 's'})
                  </span>
                  {ties.length === 0 ? (
                    <p className="ties-none">No ties to other actors here.</p>
                  ) : (
                    <ul>
                      {ties.map(([edge]) => (
                        <li key={edge.id}>
                          <button type="button" onClick={() => select(edge.ids)}>
                            {edgeName(edge, actor)}
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
          {graph.nodes.length > shown.length && (
            <p>
              And {graph.nodes.length - shown.length} more actors with fewer events; narrow the
              filters to list them.
            </p>
          )}
        </>
      )}
    </details>
  );
});
