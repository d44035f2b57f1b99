import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { DatasetIndex } from '../../query/indexes';
import { useStore } from '../../store/store';
import { selectFilters } from '../../store/selectors';
import { Count } from './Count';
import { treeKey, type TreeRow } from './treeKeys';

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
 * The actor filter: the affiliation tree (the ARIA tree pattern), each actor checkable and
 * described by its event count, with a search box to find actors by name. The tree is one
 * tab stop: arrows move in it, Space checks (treeKeys.ts).
 */
export function ActorTree({ index, counts }: Props) {
  const { actors, includeSubActors } = useStore(selectFilters);
  const [query, setQuery] = useState('');
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const [focused, setFocused] = useState<string | null>(null);
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
  // While searching, every match shows with its ancestors, open.
  const isOpen = (id: string) => shown !== null || !folded.has(id);
  const visibleIds = (ids: readonly string[]) => ids.filter((id) => !shown || shown.has(id));

  // The visible rows in order, for the keys.
  const rows: TreeRow[] = [];
  const walk = (ids: readonly string[], parent: string | null) => {
    for (const id of visibleIds(ids)) {
      const children = index.childrenOf.get(id) ?? [];
      rows.push({
        id,
        parent,
        name: index.actorsById.get(id)!.name,
        // While searching, rows cannot be opened or closed.
        expanded: children.length > 0 && shown === null ? isOpen(id) : null,
      });
      if (children.length > 0 && isOpen(id)) walk(children, id);
    }
  };
  walk(index.roots, null);
  // The tab stop: the last focused row still shown, else the first checked, else the first.
  const tabStop =
    rows.find((r) => r.id === focused)?.id ?? rows.find((r) => chosen.has(r.id))?.id ?? rows[0]?.id;

  const itemId = (id: string) => `${base}-${id}`;
  const fold = (id: string, open: boolean) => {
    const next = new Set(folded);
    if (open) next.delete(id);
    else next.add(id);
    setFolded(next);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (e.altKey || e.ctrlKey || e.metaKey || !row?.dataset.actor) return;
    const action = treeKey(rows, row.dataset.actor, e.key);
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    if (action.kind === 'toggle') useStore.getState().toggleActor(action.id);
    else if (action.kind === 'expand' || action.kind === 'collapse') {
      fold(action.id, action.kind === 'expand');
    } else {
      setFocused(action.id);
      document.getElementById(itemId(action.id))?.focus();
    }
  };

  const renderNodes = (ids: readonly string[], role: 'tree' | 'group') => (
    <ul
      role={role}
      aria-label={role === 'tree' ? 'Actors' : undefined}
      onKeyDown={role === 'tree' ? onKeyDown : undefined}
    >
      {visibleIds(ids).map((id) => {
        const actor = index.actorsById.get(id)!;
        const children = index.childrenOf.get(id) ?? [];
        const open = isOpen(id);
        const n = counts.get(id) ?? 0;
        return (
          <li
            key={id}
            id={itemId(id)}
            data-actor={id}
            role="treeitem"
            aria-checked={chosen.has(id)}
            aria-expanded={children.length > 0 ? open : undefined}
            aria-labelledby={`${itemId(id)}-name`}
            aria-describedby={`${itemId(id)}-n`}
            tabIndex={id === tabStop ? 0 : -1}
            onFocus={(e) => {
              if (e.target === e.currentTarget) setFocused(id);
            }}
          >
            <div
              className={`actor-row${implied(id) ? ' is-implied' : ''}${n ? '' : ' is-empty'}`}
              onClick={() => useStore.getState().toggleActor(id)}
            >
              {children.length > 0 ? (
                <span
                  className={`fold${shown !== null ? ' is-disabled' : ''}`}
                  aria-hidden="true"
                  onClick={(e) => {
                    e.stopPropagation();
                    if (shown === null) fold(id, !open);
                  }}
                >
                  {open ? '▾' : '▸'}
                </span>
              ) : (
                <span className="fold-space" />
              )}
              <span className="tree-check" aria-hidden="true" />
              <span id={`${itemId(id)}-name`} className="actor-name">
                {actor.name}
              </span>
              <Count id={`${itemId(id)}-n`} n={n} />
            </div>
            {children.length > 0 && open && renderNodes(children, 'group')}
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
          renderNodes(index.roots, 'tree')
        )}
      </div>
    </fieldset>
  );
}
