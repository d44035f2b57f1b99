import { lazy, Suspense, useEffect } from 'react';
import { useStore } from '../store/store';
import { startUrlSync } from '../store/urlSync';
import {
  openDatasets,
  openFromLink,
  readSeedEarly,
  readSeedWith,
  readStoredWith,
} from '../store/library';
import { openSeed, readStored } from './import/openFile';
import { DatasetHeader } from './DatasetHeader';
import { DatasetProblems } from './DatasetProblems';
import { ErrorBoundary } from './ErrorBoundary';
import { Notices } from './Notices';
import { OpenDataset } from './OpenDataset';
import { ExportMenu } from './ExportMenu';
import { LibraryButton } from './library/LibraryButton';
import { Workspace } from './Workspace';
import { KeyboardHelp } from './KeyboardHelp';
import { WorkbenchButtons } from './workbench/WorkbenchButtons';
import { focusLandmark, LANDMARKS } from './landmarks';
import { preloadPanels } from './panels';

// The bundled report is validated in a worker (not on the page), which starts on it now,
// while the page renders.
if (typeof Worker !== 'undefined') {
  readSeedWith(openSeed);
  readStoredWith(readStored);
  readSeedEarly();
}

/** The workbench (with its NLP and date parsing) loads only when a draft is open. */
const WorkbenchBar = lazy(() =>
  import('./workbench/WorkbenchBar').then((m) => ({ default: m.WorkbenchBar })),
);
const useWorkbench = () => useStore((s) => s.workbench !== null);

/** The shell: loads the bundled report, then shows the explorer or the dataset's problems. */
export function App() {
  const load = useStore((s) => s.load);

  // The panels below the timeline load while the page is idle (the report is read in its
  // worker meanwhile), so the workspace seldom waits for them.
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return preloadPanels();
    const id = requestIdleCallback(preloadPanels, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }, []);

  useEffect(() => {
    // The datasets the link names (`ds`), from this browser's library; else the report.
    openFromLink().catch((e: unknown) => {
      const message = `the bundled dataset could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
      useStore.setState({
        load: {
          status: 'error',
          name: 'the bundled dataset',
          problems: [{ severity: 'error', path: [], message }],
        },
      });
    });
  }, []);

  const ready = load.status === 'ready';
  const editing = useWorkbench();
  useEffect(() => (ready ? startUrlSync((ids) => void openDatasets(ids)) : undefined), [ready]);

  return (
    <div className="app">
      {ready && (
        <a
          className="skip-link"
          href="#area-timeline"
          onClick={(e) => {
            e.preventDefault();
            focusLandmark(LANDMARKS.find((l) => l.area === 'timeline')!);
          }}
        >
          Skip to timeline
        </a>
      )}
      <header className="app-header">
        <h1>Traceline</h1>
        {load.status === 'ready' && <DatasetHeader />}
        {ready && <KeyboardHelp />}
        <OpenDataset />
        <LibraryButton />
        <WorkbenchButtons />
        {load.status === 'ready' && <ExportMenu />}
      </header>
      {ready && editing && (
        <Suspense fallback={<p role="status">Opening the workbench…</p>}>
          <WorkbenchBar />
        </Suspense>
      )}
      <Notices />
      <main className="app-main">
        {load.status === 'loading' && <p role="status">{load.message ?? 'Loading the report…'}</p>}
        {load.status === 'error' && <DatasetProblems name={load.name} problems={load.problems} />}
        {load.status === 'ready' && (
          <ErrorBoundary name="the explorer">
            {/* A new dataset mounts fresh views: no local state (row numbers, marks, the
                reader's place) outlives the dataset it was computed from. */}
            <Workspace key={load.opened} />
          </ErrorBoundary>
        )}
      </main>
    </div>
  );
}
