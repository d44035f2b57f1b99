import { useId, useMemo, useState } from 'react';
import type { DatasetIndex } from '../../query/indexes';
import { useStore } from '../../store/store';
import { selectFilters } from '../../store/selectors';
import { Count } from './Count';

interface Props {
  index: DatasetIndex;
  counts: ReadonlyMap<string, number>;
}

/** Actors whose name, short name or alias contains the query, and their ancestors. */
function matching(index: DatasetIndex, query: string): Set<string> | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const keep = new Set<string>();
  for (const a of index.actorsById.values()) {
    const names = [a.name, a.shortName ?? '', ...a.aliases].join('\n').toLowerCase();
    if (!names.includes(q)) continue;
    for (let id: string | undefined = a.id; id && !keep.has(id);) {
      keep.add(id);
      id = index.actorsById.get(id)?.parent;
    }
  }
  return keep;
}

/**
 * The actor filter: the affiliation tree as nested lists of checkboxes, each named by the
 * actor and described by its event count, with a search box to find actors by name.
 */
export function ActorTree({ index, counts }: Props) {
  const { actors, includeSubActors } = useStore(selectFilters);
  const [query, setQuery] = useState('');
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const shown = useMemo(() => matching(index, query), [index, query]);
  const chosen = new Set(actors);
  const searchId = useId();
  const base = useId();

  /** Whether an ancestor is checked and stands for this actor through includeSubActors. */
  const implied = (id: string) => {
    if (!includeSubActors) return false;
    for (let p = index.actorsById.get(id)?.parent; p; p = index.actorsById.get(p)?.parent) {
      if (chosen.has(p)) return true;
    }
    return false;
  };

  const renderNodes = (ids: readonly string[]) => (
    <ul>
      {ids
        .filter((id) => !shown || shown.has(id))
        .map((id) => {
          const actor = index.actorsById.get(id)!;
          const children = index.childrenOf.get(id) ?? [];
          const open = shown !== null || !folded.has(id);
          const boxId = `${base}-${id}`;
          const n = counts.get(id) ?? 0;
          return (
            <li key={id}>
              <div
                className={`actor-row${implied(id) ? ' is-implied' : ''}${n ? '' : ' is-empty'}`}
              >
                {children.length > 0 ? (
                  <button
                    type="button"
                    className="fold"
                    aria-expanded={open}
                    aria-label={`Sub-actors of ${actor.name}`}
                    disabled={shown !== null}
                    onClick={() => {
                      const next = new Set(folded);
                      if (next.has(id)) next.delete(id);
                      else next.add(id);
                      setFolded(next);
                    }}
                  >
                    {open ? '▾' : '▸'}
                  </button>
                ) : (
                  <span className="fold-space" />
                )}
                <input
                  type="checkbox"
                  id={boxId}
                  checked={chosen.has(id)}
                  aria-describedby={`${boxId}-n`}
                  onChange={() => useStore.getState().toggleActor(id)}
                />
                <label htmlFor={boxId}>{actor.name}</label>
                <Count id={`${boxId}-n`} n={n} />
              </div>
              {children.length > 0 && open && renderNodes(children)}
            </li>
          );
        })}
    </ul>
  );

  return (
    <fieldset className="filter-group">
      <legend>Actors</legend>
      <label className="visually-hidden" htmlFor={searchId}>
        Find an actor
      </label>
      <input
        id={searchId}
        type="search"
        className="actor-search"
        placeholder="Find an actor…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <label
        className="option"
        title="Checking an actor also shows the events of the actors within it (Pakistan: its government, military, ISI…)"
      >
        <input
          type="checkbox"
          checked={includeSubActors}
          onChange={(e) => useStore.getState().setFilters({ includeSubActors: e.target.checked })}
        />{' '}
        Include sub-actors
      </label>
      <div className="actor-tree">
        {shown && shown.size === 0 ? (
          <p className="muted">No actor matches “{query}”.</p>
        ) : (
          renderNodes(index.roots)
        )}
      </div>
    </fieldset>
  );
}
