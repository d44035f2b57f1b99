import { useEffect, useMemo, useState } from 'react';
import { useStore } from '../../store/store';
import { redoEdit, runEdit, setWorkbench, undoEdit } from '../../store/workbench';
import { keepDraft } from '../../store/library';
import { validateDataset, formatProblem } from '../../model/validate';
import { addItem, deleteItem, freshId, slugOf } from '../../edit/build';
import { suggestNewActors } from '../../edit/newActors';
import { toTracelineJson } from '../../io/export/json';
import { download } from '../export/download';
import { EditForm } from './EditForm';

/** Typing in a field keeps the browser's own undo there. */
const inField = (t: EventTarget | null) =>
  t instanceof HTMLElement &&
  (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/**
 * The workbench's bar over the explorer while a draft is open: whether it is saved, undo and
 * redo (Ctrl+Z, Ctrl+Shift+Z) with the history, the validator's findings, the names in the
 * text that are not actors yet, export, and keeping the dataset in the Library.
 */
export function WorkbenchBar() {
  const wb = useStore((s) => s.workbench);
  const selection = useStore((s) => s.selection);
  const dataset = useStore((s) => (s.load.status === 'ready' ? s.load.index.dataset : null));
  const [said, setSaid] = useState('');

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || inField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) undoEdit();
      else if ((key === 'z' && e.shiftKey) || key === 'y') redoEdit();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const findings = useMemo(() => (dataset ? validateDataset(dataset).problems : []), [dataset]);
  // Names are looked for when the list is opened (compromise reads the text: ~0.2 s for the
  // report), again only when the text or the actors change, not on every edit.
  const [namesOpen, setNamesOpen] = useState(false);
  const sources = dataset?.sources;
  const actors = dataset?.actors;
  const names = useMemo(
    () =>
      namesOpen && sources && actors
        ? suggestNewActors(sources.map((s) => s.text).join('\n\n'), actors, 12)
        : [],
    [namesOpen, sources, actors],
  );
  if (!wb || !dataset) return null;
  const { done, undone } = wb.history;
  const lastDone = done.at(-1);
  const lastUndone = undone.at(-1);

  const addActor = (name: string, kind: (typeof names)[number]['kind']) => {
    const problems = runEdit((ds) =>
      addItem(ds, 'actors', { id: freshId(ds, name, 'actor'), name, kind, aliases: [] }),
    );
    setSaid(problems ? problems.map((p) => p.message).join(' ') : `Added the actor ${name}.`);
  };
  // One selected event or relation can be deleted (undo brings it back).
  const chosen =
    selection.length === 1
      ? (dataset.events.find((e) => e.id === selection[0]) ??
        dataset.relations.find((r) => r.id === selection[0]))
      : undefined;
  const remove = () => {
    if (!chosen) return;
    const list = dataset.events.some((e) => e.id === chosen.id) ? 'events' : 'relations';
    const problems = runEdit((ds) => deleteItem(ds, list, chosen.id));
    setSaid(problems ? problems.map((p) => p.message).join(' ') : `Deleted “${chosen.title}”.`);
  };
  const select = (path: readonly (string | number)[]) => {
    const list = path[0] === 'events' || path[0] === 'relations' ? path[0] : null;
    const item = list ? dataset[list][Number(path[1])] : undefined;
    if (item) useStore.getState().select([item.id]);
  };

  return (
    <section className="workbench-bar" aria-label="Workbench">
      <h2 className="wb-heading">Workbench</h2>
      <span role="status" className="wb-saved">
        {wb.saved === 'saved'
          ? 'Saved in this browser'
          : wb.saved === 'saving'
            ? 'Saving…'
            : wb.saved}
      </span>
      <button
        type="button"
        disabled={!lastDone}
        title={lastDone ? `Undo: ${lastDone.label} (Ctrl+Z)` : 'Nothing to undo'}
        aria-keyshortcuts="Control+Z"
        onClick={undoEdit}
      >
        Undo
      </button>
      <button
        type="button"
        disabled={!lastUndone}
        title={lastUndone ? `Redo: ${lastUndone.label} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        aria-keyshortcuts="Control+Shift+Z"
        onClick={redoEdit}
      >
        Redo
      </button>
      <details className="wb-pop">
        <summary>History ({done.length})</summary>
        {done.length + undone.length === 0 ? (
          <p>No edits yet.</p>
        ) : (
          <ol aria-label="Edit history">
            {done.map((c, k) => (
              <li key={`d${k}`}>{c.label}</li>
            ))}
            {[...undone].reverse().map((c, k) => (
              <li key={`u${k}`} className="is-undone">
                {c.label} (undone)
              </li>
            ))}
          </ol>
        )}
      </details>
      <details className="wb-pop">
        <summary>
          Check ({findings.length === 0 ? 'no problems' : `${findings.length} to look at`})
        </summary>
        {findings.length === 0 ? (
          <p>The validator finds nothing: the dataset exports as it is.</p>
        ) : (
          <ul aria-label="What the validator found">
            {findings.map((p, k) => (
              <li key={k}>
                <button type="button" className="link-button" onClick={() => select(p.path)}>
                  {formatProblem(p)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </details>
      <details
        className="wb-pop"
        onToggle={(e) => setNamesOpen((e.target as HTMLDetailsElement).open)}
      >
        <summary>Names in the text{namesOpen ? ` (${names.length})` : ''}</summary>
        {names.length === 0 ? (
          <p>Every name found in the text is an actor already.</p>
        ) : (
          <ul aria-label="Possible new actors">
            {names.map((n) => (
              <li key={n.name}>
                <button type="button" onClick={() => addActor(n.name, n.kind)}>
                  Add {n.name}
                </button>{' '}
                <span className="wb-hint">
                  {n.kind}, {n.count}×
                </span>
              </li>
            ))}
          </ul>
        )}
      </details>
      {chosen && (
        <button type="button" onClick={() => setWorkbench({ form: 'edit' })}>
          Edit “{chosen.title.length > 40 ? `${chosen.title.slice(0, 39)}…` : chosen.title}”
        </button>
      )}
      {chosen && (
        <button type="button" onClick={remove}>
          Delete “{chosen.title.length > 40 ? `${chosen.title.slice(0, 39)}…` : chosen.title}”
        </button>
      )}
      <label className="wb-check">
        <input
          type="checkbox"
          checked={wb.showMentions}
          onChange={(e) => setWorkbench({ showMentions: e.target.checked })}
        />{' '}
        Mark mentions of actors
      </label>
      <button
        type="button"
        onClick={() =>
          download(
            `${slugOf(dataset.title, 60) || 'dataset'}.json`,
            toTracelineJson(dataset),
            'application/json',
          )
        }
      >
        Export JSON
      </button>
      <button type="button" onClick={() => void keepDraft().then((m) => setSaid(m))}>
        Keep in the Library
      </button>
      <span role="status" className="wb-said">
        {said}
      </span>
      <EditForm />
    </section>
  );
}
