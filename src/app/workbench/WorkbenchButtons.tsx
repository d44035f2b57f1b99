import { lazy, Suspense, useState } from 'react';
import { useStore } from '../../store/store';
import { editOpenDataset } from '../../store/workbench';

const NewReportDialog = lazy(() =>
  import('./NewReportDialog').then((m) => ({ default: m.NewReportDialog })),
);

/** The header's way into the workbench: a new dataset from a report, or edit the open one. */
export function WorkbenchButtons() {
  const [open, setOpen] = useState(false);
  const canEdit = useStore((s) => s.load.status === 'ready' && s.workbench === null);
  return (
    <>
      <button type="button" className="header-button" onClick={() => setOpen(true)}>
        New from a report
      </button>
      {canEdit && (
        <button type="button" className="header-button" onClick={() => void editOpenDataset()}>
          Edit this dataset
        </button>
      )}
      {open && (
        <Suspense fallback={null}>
          <NewReportDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
