import { useState } from 'react';
import { draftCombination, openCombination, type CombinationDraft } from '../../store/library';
import { useStore } from '../../store/store';
import { LibraryDialog } from './LibraryDialog';
import { MatchActorsDialog } from './MatchActorsDialog';
import './library.css';

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
    </>
  );
}
