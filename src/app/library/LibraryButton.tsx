import { lazy, Suspense, useState } from 'react';
import { draftCombination, openCombination, type CombinationDraft } from '../../store/library';
import { useStore } from '../../store/store';
import './library.css';

// The dialogs load when first opened: a first visit does not need them.
const LibraryDialog = lazy(() =>
  import('./LibraryDialog').then((m) => ({ default: m.LibraryDialog })),
);
const MatchActorsDialog = lazy(() =>
  import('./MatchActorsDialog').then((m) => ({ default: m.MatchActorsDialog })),
);

type Shown = { kind: 'none' } | { kind: 'library' } | { kind: 'match'; draft: CombinationDraft };

/** The header's "Library" button, and the two dialogs it leads to. */
export function LibraryButton() {
  const [shown, setShown] = useState<Shown>({ kind: 'none' });
  const close = () => setShown({ kind: 'none' });
  return (
    <>
      <button
        type="button"
        className="header-button"
        aria-haspopup="dialog"
        onClick={() => setShown({ kind: 'library' })}
      >
        Library
      </button>
      {/* Around the dialogs only: the button stays while one loads. */}
      <Suspense fallback={null}>
        {shown.kind === 'library' && (
          <LibraryDialog
            onClose={close}
            onCombine={(ids) => {
              draftCombination(ids).then(
                (draft) => setShown({ kind: 'match', draft }),
                (e: unknown) => {
                  close();
                  useStore
                    .getState()
                    .addNotice(`Could not combine: ${e instanceof Error ? e.message : String(e)}`);
                },
              );
            }}
          />
        )}
        {shown.kind === 'match' && (
          <MatchActorsDialog
            draft={shown.draft}
            onCancel={() => setShown({ kind: 'library' })}
            onConfirm={(merges) => {
              close();
              void openCombination(shown.draft.ids, merges);
            }}
          />
        )}
      </Suspense>
    </>
  );
}
