import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useStore } from '../../store/store';

/** The workbench's store code (and the editing it brings) loads when it is first asked for. */
const editOpenDataset = () => import('../../store/workbench').then((m) => m.editOpenDataset());

const NewReportDialog = lazy(() =>
  import('./NewReportDialog').then((m) => ({ default: m.NewReportDialog })),
);

/**
 * The header's way into the workbench: one button (the header is full) that shows two
 * choices, a new dataset from a report or the open dataset to edit. A disclosure: Escape or
 * a click elsewhere closes it.
 */
export function WorkbenchButtons() {
  const [shown, setShown] = useState(false);
  const [dialog, setDialog] = useState(false);
  const canEdit = useStore((s) => s.load.status === 'ready' && s.workbench === null);
  const id = useId();
  const box = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!shown) return;
    const away = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setShown(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [shown]);
  return (
    <span
      ref={box}
      className="wb-entry"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && shown) {
          setShown(false);
          box.current?.querySelector('button')?.focus();
        }
      }}
    >
      <button
        type="button"
        className="header-button"
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setShown((s) => !s)}
      >
        Workbench
      </button>
      <span id={id} className="wb-entry-choices" hidden={!shown}>
        <button
          type="button"
          onClick={() => {
            setShown(false);
            setDialog(true);
          }}
        >
          New from a report
        </button>
        {canEdit && (
          <button
            type="button"
            onClick={() => {
              setShown(false);
              void editOpenDataset();
            }}
          >
            Edit this dataset
          </button>
        )}
      </span>
      {dialog && (
        <Suspense fallback={null}>
          <NewReportDialog onClose={() => setDialog(false)} />
        </Suspense>
      )}
    </span>
  );
}
