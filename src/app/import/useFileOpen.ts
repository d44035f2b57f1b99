/**
 * Opening a file, from the "Open a dataset" button or a drop: one job at a time, in a worker
 * (openFile.ts), with its progress for the bar. The open view stays as it is until the new
 * dataset is handed over; cancelling leaves it untouched. An import that set rows aside
 * waits as `pending` for the reader's choice.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportResult } from '../../io/import';
import type { ImportProgress } from '../../io/import/progress';
import type { Problem } from '../../model/validate';
import type { DatasetIndex } from '../../query/indexes';
import { useStore } from '../../store/store';
import { keepAndOpen } from '../../store/library';
import { Cancelled, openFile, warmUpImport, type OpenedFile, type OpenJob } from './openFile';
import { libraryFormat } from './libraryFormat';

/**
 * A Traceline dataset is read in chunks (openLarge.ts), so its size is bounded by memory,
 * not by the longest string; other formats have their own lower limit in the worker.
 */
const MAX_BYTES = 1024 * 1024 * 1024;

export interface Running {
  name: string;
  size: number;
  progress: ImportProgress;
  /** Milliseconds since the job started, when the progress was reported. */
  elapsed: number;
}

/** An import waiting for the reader's choice. */
export interface Pending {
  name: string;
  result: ImportResult;
  index: DatasetIndex | null;
  record?: OpenedFile['record'];
}

const fail = (name: string, message: string) =>
  useStore.setState({
    load: { status: 'error', name, problems: [{ severity: 'error', path: [], message }] },
  });

/** Shows what a file gave: its dataset, or why there is none. */
function show(name: string, { read, index, record }: OpenedFile) {
  // The moment the page takes over (the bench measures the import up to here).
  performance.mark('traceline:opened');
  // A dataset that opens is kept in the library (the link names it), then shown.
  const built = index ?? undefined;
  const format = libraryFormat(read);
  if (read.kind === 'dataset') {
    const { dataset, problems } = read.result;
    if (dataset) void keepAndOpen(name, dataset, format, problems, built, record);
    else useStore.getState().loadValidated(name, read.result);
    return;
  }
  const { dataset, warnings } = read.result;
  const severity = dataset ? 'warning' : 'error';
  const problems: Problem[] = warnings.map((message) => ({ severity, path: [], message }));
  if (dataset) void keepAndOpen(name, dataset, format, problems, built, record);
  else useStore.setState({ load: { status: 'error', name, problems } });
}

export function useFileOpen() {
  const [running, setRunning] = useState<Running | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const job = useRef<OpenJob | null>(null);
  // The import worker loads while the page is idle, not when the file is chosen.
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return warmUpImport();
    const id = requestIdleCallback(warmUpImport, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, []);

  const open = useCallback(async (file: File) => {
    job.current?.cancel();
    setPending(null);
    if (file.size > MAX_BYTES) {
      fail(
        file.name,
        `the file is ${Math.round(file.size / 2 ** 20)} MiB; the limit is 1 GiB (1024 MiB)`,
      );
      return;
    }
    const started = performance.now();
    const progress = (p: ImportProgress) => {
      if (job.current !== mine) return;
      setRunning({
        name: file.name,
        size: file.size,
        progress: p,
        elapsed: performance.now() - started,
      });
    };
    const mine = openFile(file, progress);
    job.current = mine;
    progress({ stage: 'reading', rows: 0, done: 0 });
    try {
      const opened = await mine.done;
      if (job.current !== mine) return;
      const { read } = opened;
      if (read.kind === 'import' && read.result.badRows.length > 0) {
        setPending({
          name: file.name,
          result: read.result,
          index: opened.index,
          record: opened.record,
        });
      } else show(file.name, opened);
    } catch (err) {
      if (err instanceof Cancelled || job.current !== mine) return;
      fail(
        file.name,
        `the file could not be read: ${err instanceof Error ? err.message : String(err)}`,
      );
    } finally {
      if (job.current === mine) {
        job.current = null;
        setRunning(null);
      }
    }
  }, []);

  const cancel = useCallback(() => job.current?.cancel(), []);
  const importPending = useCallback(() => {
    if (!pending) return;
    setPending(null);
    show(pending.name, {
      read: { kind: 'import', result: pending.result },
      index: pending.index,
      record: pending.record,
    });
  }, [pending]);
  const dismissPending = useCallback(() => setPending(null), []);
  return { running, pending, open, cancel, importPending, dismissPending };
}
