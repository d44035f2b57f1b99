import { useEffect, useId, useState } from 'react';
import { useModalDialog } from '../useModalDialog';
import { useStore } from '../../store/store';
import {
  deleteDataset,
  deleteDraftById,
  libraryDrafts,
  libraryEntries,
  type DraftSummary,
  openDatasets,
  renameDataset,
  type LibraryEntry,
} from '../../store/library';
import { formatSize, SEED_ID } from '../../persist/libraryRecord';

const FORMATS: Record<string, string> = {
  traceline: 'Traceline',
  acled: 'ACLED',
  'ucdp-ged': 'UCDP GED',
  gdelt: 'GDELT',
  'timelinejs-json': 'TimelineJS',
  'timelinejs-csv': 'TimelineJS sheet',
};
const added = (iso: string) =>
  iso
    ? new Date(iso).toLocaleString('en-GB', {
        timeZone: 'UTC',
        dateStyle: 'medium',
        timeStyle: 'short',
      })
    : 'built in';
const range = (e: LibraryEntry) => (e.from ? `${e.from} – ${e.to ?? '…'}` : '—');
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The datasets this browser keeps, and the bundled report: open one, select several to
 * combine (the "Match actors" dialog follows), rename or delete. A modal dialog (the
 * browser's own). Storage problems (private browsing, a full quota) are said in the dialog.
 */
export function LibraryDialog({
  onClose,
  onCombine,
}: {
  onClose: () => void;
  onCombine: (ids: string[]) => void;
}) {
  const ref = useModalDialog();
  const heading = useId();
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const [chosen, setChosen] = useState<string[]>(() => [...useStore.getState().datasets]);
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);
  const open = useStore((s) => s.datasets);

  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const refresh = () =>
    Promise.all([libraryEntries(), libraryDrafts()]).then(([{ entries, error }, listed]) => {
      setEntries(entries);
      setDrafts(listed.drafts);
      setError(error ?? listed.error ?? null);
      setChosen((c) => c.filter((id) => entries.some((e) => e.id === id)));
    });
  useEffect(() => {
    void refresh();
  }, []);

  const act = async (run: () => Promise<void>, done: string) => {
    try {
      await run();
      setSaid(done);
      setError(null);
    } catch (e) {
      setError(message(e));
    }
    await refresh();
  };
  const toggle = (id: string) =>
    setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));

  return (
    <dialog
      ref={ref}
      className="modal library-dialog"
      aria-labelledby={heading}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={heading}>Library</h2>
      <p>
        The datasets you opened, kept in this browser, and the bundled report. Open one, or select
        several and combine them.
      </p>
      {error && (
        <p role="alert" className="library-error">
          {error}
        </p>
      )}
      <p role="status" className="library-said">
        {said}
      </p>
      {entries === null ? (
        <p>Reading the library…</p>
      ) : (
        <div className="library-table-wrap" tabIndex={0} aria-label="Datasets in the library">
          <table className="library-table">
            <thead>
              <tr>
                <th scope="col">Combine</th>
                <th scope="col">Title</th>
                <th scope="col">Format</th>
                <th scope="col">Events</th>
                <th scope="col">Dates</th>
                <th scope="col">Size</th>
                <th scope="col">Added</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} aria-current={open.includes(e.id) ? 'true' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Select ${e.title} to combine`}
                      checked={chosen.includes(e.id)}
                      onChange={() => toggle(e.id)}
                    />
                  </td>
                  <th scope="row">
                    {renaming?.id === e.id ? (
                      <form
                        className="library-rename"
                        onSubmit={(ev) => {
                          ev.preventDefault();
                          const title = renaming.title.trim();
                          if (!title) return;
                          setRenaming(null);
                          void act(() => renameDataset(e.id, title), `Renamed to “${title}”.`);
                        }}
                      >
                        <input
                          aria-label={`New title for ${e.title}`}
                          value={renaming.title}
                          maxLength={200}
                          autoFocus
                          onChange={(ev) => setRenaming({ id: e.id, title: ev.target.value })}
                        />
                        <button type="submit">Save</button>
                        <button type="button" onClick={() => setRenaming(null)}>
                          Cancel
                        </button>
                      </form>
                    ) : (
                      e.title
                    )}
                  </th>
                  <td>{FORMATS[e.format] ?? e.format}</td>
                  <td className="num">{e.events.toLocaleString('en-GB')}</td>
                  <td>{range(e)}</td>
                  <td className="num">{formatSize(e.size)}</td>
                  <td>{added(e.added)}</td>
                  <td className="library-actions">
                    <button
                      type="button"
                      aria-label={`Open ${e.title}`}
                      onClick={() => {
                        onClose();
                        void openDatasets([e.id], { fresh: true });
                      }}
                    >
                      Open
                    </button>
                    {e.id !== SEED_ID && (
                      <>
                        <button
                          type="button"
                          aria-label={`Rename ${e.title}`}
                          onClick={() => setRenaming({ id: e.id, title: e.title })}
                        >
                          Rename
                        </button>
                        <button
                          type="button"
                          aria-label={`Delete ${e.title}`}
                          onClick={() =>
                            void act(() => deleteDataset(e.id), `Deleted “${e.title}”.`)
                          }
                        >
                          Delete
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {drafts.length > 0 && (
        <section aria-labelledby={`${heading}-drafts`}>
          <h3 id={`${heading}-drafts`} className="library-drafts-heading">
            Drafts in the workbench
          </h3>
          <ul className="library-drafts">
            {drafts.map((d) => (
              <li key={d.id} aria-current={open.includes(d.id) ? 'true' : undefined}>
                <span>
                  {d.title} · {d.events.toLocaleString('en-GB')} events · saved {added(d.updated)}
                </span>{' '}
                <button
                  type="button"
                  aria-label={`Resume ${d.title}`}
                  onClick={() => {
                    onClose();
                    void openDatasets([d.id], { fresh: true });
                  }}
                >
                  Resume
                </button>{' '}
                <button
                  type="button"
                  aria-label={`Delete the draft ${d.title}`}
                  onClick={() =>
                    void act(() => deleteDraftById(d.id), `Deleted the draft “${d.title}”.`)
                  }
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="library-footer">
        <button
          type="button"
          disabled={chosen.length < 2}
          onClick={() => onCombine(entries!.map((e) => e.id).filter((id) => chosen.includes(id)))}
        >
          Combine the {chosen.length} selected
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
