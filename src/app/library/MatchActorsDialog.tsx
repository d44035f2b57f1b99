import { useEffect, useId, useRef, useState } from 'react';
import type { CombinationDraft, Merge } from '../../store/library';
import type { MatchSuggestion } from '../../model/matchActors';

const keyOf = (m: { keep: Merge[0]; merge: Merge[1] } | Merge) => {
  const [a, b] = 'keep' in m ? [m.keep, m.merge] : m;
  return `${a.part}:${a.id}>${b.part}:${b.id}`;
};
const REASONS: Record<MatchSuggestion['reason'], string> = {
  'same name': 'same name or alias',
  initials: 'initials',
  'similar name': 'similar name',
};

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
  const ref = useRef<HTMLDialogElement>(null);
  const heading = useId();
  const [checked, setChecked] = useState(() => new Set(draft.checked.map(keyOf)));
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
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
      className="library-dialog match-actors"
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
      {draft.suggestions.length === 0 ? (
        <p>No actors look alike; every actor stays apart.</p>
      ) : (
        <ul className="match-list" aria-label="Suggested matches">
          {draft.suggestions.map((s) => {
            const key = keyOf(s);
            return (
              <li key={key}>
                <label>
                  <input type="checkbox" checked={checked.has(key)} onChange={() => toggle(key)} />{' '}
                  {label(s.merge)} is {label(s.keep)}
                </label>{' '}
                <span className="match-why">
                  ({REASONS[s.reason]}
                  {s.score < 1 && `, ${Math.round(s.score * 100)}% alike`})
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <div className="library-footer">
        <button
          type="button"
          onClick={() =>
            onConfirm(
              draft.suggestions
                .filter((s) => checked.has(keyOf(s)))
                .map((s) => [s.keep, s.merge] as Merge),
            )
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
