import { useId, useState } from 'react';
import { useModalDialog } from '../useModalDialog';
import type { CombinationDraft, Merge } from '../../store/library';
import type { MatchSuggestion } from '../../model/matchActors';
import { AddMatch } from './AddMatch';

const keyOf = (m: { keep: Merge[0]; merge: Merge[1] } | Merge) => {
  const [a, b] = 'keep' in m ? [m.keep, m.merge] : m;
  return `${a.part}:${a.id}>${b.part}:${b.id}`;
};
const REASONS: Record<MatchSuggestion['reason'], string> = {
  'same name': 'same name or alias',
  initials: 'initials',
  'similar name': 'similar name',
};
const why = (s: MatchSuggestion) =>
  `${REASONS[s.reason]}${s.score < 1 ? `, ${Math.round(s.score * 100)}% alike` : ''}`;

/** A pair the dialog lists: a suggestion, or a match the reader made. */
interface Row {
  keep: Merge[0];
  merge: Merge[1];
  why: string;
}

/** The suggestions, then the matches confirmed before that no suggestion offers. */
function rowsOf(draft: CombinationDraft): Row[] {
  const rows: Row[] = draft.suggestions.map((s) => ({ keep: s.keep, merge: s.merge, why: why(s) }));
  const listed = new Set(rows.map(keyOf));
  for (const [keep, merge] of draft.checked) {
    if (!listed.has(keyOf([keep, merge]))) rows.push({ keep, merge, why: 'your match' });
  }
  return rows;
}

/**
 * The actors of the datasets being combined that look like the same one, each with a box:
 * checked pairs merge (the first keeps its id; the second's names become aliases). Same
 * names start checked, or the matches confirmed for this combination before.
 */
export function MatchActorsDialog({
  draft,
  onConfirm,
  onCancel,
}: {
  draft: CombinationDraft;
  onConfirm: (merges: Merge[]) => void;
  onCancel: () => void;
}) {
  const ref = useModalDialog();
  const heading = useId();
  const [checked, setChecked] = useState(() => new Set(draft.checked.map(keyOf)));
  const [rows, setRows] = useState(() => rowsOf(draft));
  const label = (r: Merge[0]) =>
    `${draft.names[r.part]?.get(r.id) ?? r.id} (${draft.titles[r.part] ?? ''})`;
  const toggle = (key: string) =>
    setChecked((c) => {
      const next = new Set(c);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <dialog
      ref={ref}
      className="modal library-dialog match-actors"
      aria-labelledby={heading}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={heading}>Match actors</h2>
      <p>
        Combining {draft.titles.map((t) => `“${t}”`).join(' and ')}. Each checked pair becomes one
        actor, so filtering by it shows the events of every dataset.
      </p>
      {rows.length === 0 ? (
        <p>No actors look alike; every actor stays apart unless you match them below.</p>
      ) : (
        <ul className="match-list" aria-label="Suggested matches">
          {rows.map((s) => {
            const key = keyOf(s);
            return (
              <li key={key}>
                <label>
                  <input type="checkbox" checked={checked.has(key)} onChange={() => toggle(key)} />{' '}
                  {label(s.merge)} is {label(s.keep)}
                </label>{' '}
                <span className="match-why">({s.why})</span>
              </li>
            );
          })}
        </ul>
      )}
      <AddMatch
        draft={draft}
        onAdd={(m) => {
          const key = keyOf(m);
          if (!rows.some((r) => keyOf(r) === key)) {
            setRows([...rows, { keep: m[0], merge: m[1], why: 'your match' }]);
          }
          setChecked(new Set(checked).add(key));
        }}
      />
      <div className="library-footer">
        <button
          type="button"
          onClick={() =>
            onConfirm(rows.filter((r) => checked.has(keyOf(r))).map((r) => [r.keep, r.merge]))
          }
        >
          Combine
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
