import { useStore } from '../../store/store';
import { setWorkbench } from '../../store/workbench';

/** How much of the selected words the bar quotes. */
const QUOTED = 90;

/**
 * What the workbench offers for the words selected in the reader: a new event, a new
 * relation, or evidence for one already made. The quoted words are read out as they change.
 */
export function SelectionBar({ text }: { text: string }) {
  const selected = useStore((s) => s.workbench?.selected ?? null);
  const hasItems = useStore(
    (s) =>
      s.load.status === 'ready' &&
      s.load.index.dataset.events.length + s.load.index.dataset.relations.length > 0,
  );
  const words = selected ? text.slice(selected.start, selected.end).replace(/\s+/g, ' ') : '';
  const quoted = words.length > QUOTED ? `${words.slice(0, QUOTED - 1)}…` : words;
  return (
    <div className="reader-selection" role="toolbar" aria-label="Selected words">
      <span className="reader-selection-quote" aria-live="polite">
        {selected
          ? `Selected: “${quoted}”`
          : 'Select words in the text (or focus it and press ↓) to make an event.'}
      </span>
      {selected && (
        <>
          <button type="button" onClick={() => setWorkbench({ form: 'event' })}>
            New event
          </button>
          <button type="button" onClick={() => setWorkbench({ form: 'relation' })}>
            New relation
          </button>
          <button
            type="button"
            disabled={!hasItems}
            onClick={() => setWorkbench({ form: 'evidence' })}
          >
            Add as evidence to…
          </button>
        </>
      )}
    </div>
  );
}
