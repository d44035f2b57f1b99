import { lazy, Suspense, useId, useRef } from 'react';
import { DropOverlay } from './import/DropOverlay';
import { ImportProgress } from './import/ImportProgress';
import { useFileOpen } from './import/useFileOpen';

// The preview loads with the first file opened (while the worker reads it), not on a visit.
const loadPreview = () => import('./ImportPreview');
const ImportPreview = lazy(() => loadPreview().then((m) => ({ default: m.ImportPreview })));

/**
 * Opens a dataset file from the reader's disk, chosen with the button or dropped anywhere on
 * the page; both go the same way (import/useFileOpen.ts). Every file is read the way the
 * CLI reads it (io/readDataset: decoding, repeated keys, validation; ACLED, UCDP GED, GDELT
 * and TimelineJS files through the import pipeline), in a worker, with a progress bar. An
 * import that set rows aside opens a preview first.
 */
export function OpenDataset() {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { running, pending, open: openFile, cancel, importPending, dismissPending } = useFileOpen();
  const open = (file: File) => {
    void loadPreview();
    return openFile(file);
  };
  // Choosing the same file again (fixed, or to reconsider) must open it again.
  const clearInput = () => {
    if (inputRef.current) inputRef.current.value = '';
  };
  return (
    <span className="open-dataset">
      {/* The file input is hidden behind its label, which looks like a button: the browser's
          "No file chosen" takes room the header needs. */}
      <input
        ref={inputRef}
        id={id}
        className="file-input"
        type="file"
        accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void open(file);
        }}
      />
      <label htmlFor={id} className="header-button">
        Open a dataset
      </label>
      <DropOverlay onFile={open} />
      {running && (
        <ImportProgress
          running={running}
          onCancel={() => {
            cancel();
            clearInput();
          }}
        />
      )}
      {pending && (
        <Suspense fallback={null}>
          <ImportPreview
            name={pending.name}
            result={pending.result}
            onImport={importPending}
            onCancel={() => {
              dismissPending();
              clearInput();
            }}
          />
        </Suspense>
      )}
    </span>
  );
}
