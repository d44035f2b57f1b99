/**
 * Keyboard moves in a list or tree with one tab stop (the ARIA tree pattern): what a key
 * does on the focused row. Pure: the component applies the action.
 */
export interface TreeRow {
  id: string;
  /** The parent row's id; null at the top. */
  parent: string | null;
  name: string;
  /** Whether the row has children; null when it cannot be opened or closed. */
  expanded: boolean | null;
}

export type TreeAction =
  | { kind: 'focus'; id: string }
  | { kind: 'expand'; id: string }
  | { kind: 'collapse'; id: string }
  | { kind: 'toggle'; id: string };

/**
 * The action for `key` on row `current` of the visible rows (in order): ↑/↓ the previous or
 * next row, Home/End the first or last, → opens a closed row or goes to its first child,
 * ← closes an open row or goes to its parent, Space and Enter check or uncheck, and a
 * letter goes to the next row whose name starts with it. Null: the key does nothing here.
 */
export function treeKey(rows: readonly TreeRow[], current: string, key: string): TreeAction | null {
  const k = rows.findIndex((r) => r.id === current);
  if (k < 0) return rows[0] ? { kind: 'focus', id: rows[0].id } : null;
  const row = rows[k]!;
  const focus = (r: TreeRow | undefined): TreeAction | null =>
    r && r.id !== current ? { kind: 'focus', id: r.id } : null;
  switch (key) {
    case 'ArrowDown':
      return focus(rows[k + 1]);
    case 'ArrowUp':
      return focus(rows[k - 1]);
    case 'Home':
      return focus(rows[0]);
    case 'End':
      return focus(rows.at(-1));
    case 'ArrowRight':
      if (row.expanded === false) return { kind: 'expand', id: row.id };
      return row.expanded && rows[k + 1]?.parent === row.id ? focus(rows[k + 1]) : null;
    case 'ArrowLeft':
      if (row.expanded === true) return { kind: 'collapse', id: row.id };
      return focus(rows.find((r) => r.id === row.parent));
    case ' ':
    case 'Enter':
      return { kind: 'toggle', id: row.id };
  }
  if (key.length === 1 && /\S/.test(key)) {
    const c = key.toLowerCase();
    for (let j = 1; j <= rows.length; j++) {
      const r = rows[(k + j) % rows.length]!;
      if (r.name.toLowerCase().startsWith(c)) return focus(r);
    }
  }
  return null;
}
