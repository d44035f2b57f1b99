import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useStore } from '../store/store';
import { keepAndOpen } from '../store/library';
import { readAnyFile } from '../io/readDataset';
import type { ImportResult } from '../io/import';
import type { Problem } from '../model/validate';
import { ImportPreview } from './ImportPreview';

const MAX_BYTES = 256 * 1024 * 1024;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MiB`;
/** Lets the browser paint the status line before the next long step. */
const paint = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Reads a file's bytes, saying how far it has got. */
async function readBytes(file: File, progress: (read: number) => void): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let read = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes.set(chunk.value.subarray(0, bytes.length - read), read);
    read += chunk.value.length;
    progress(read);
  }
  return bytes.subarray(0, read);
}

const asWarnings = (messages: readonly string[]): Problem[] =>
  messages.map((message) => ({ severity: 'warning', path: [], message }));

/** An import waiting for the reader's choice. */
interface Pending {
  name: string;
  result: ImportResult;
}

/**
 * Opens a dataset file from the reader's disk. Every file is read the way the CLI reads it
 * (io/readDataset: decoding, repeated keys, validation; ACLED, UCDP GED, GDELT and
 * TimelineJS files through the import pipeline); the status line says which step is
 * running. An import that set rows aside opens a preview first.
 */
export function OpenDataset() {
  const id = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const openImported = (name: string, result: ImportResult) => {
    if (result.dataset) {
      const problems = asWarnings(result.warnings);
      // Kept in the library (the link names it), then shown.
      void keepAndOpen(name, result.dataset, result.format ?? 'import', problems);
    } else {
      const problems: Problem[] = result.warnings.map((message) => ({
        severity: 'error',
        path: [],
        message,
      }));
      useStore.setState({ load: { status: 'error', name, problems } });
    }
  };
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const file = input.files?.[0];
    if (!file) return;
    const before = useStore.getState().load;
    const status = (message: string) => useStore.setState({ load: { status: 'loading', message } });
    const fail = (message: string) =>
      useStore.setState({
        load: {
          status: 'error',
          name: file.name,
          problems: [{ severity: 'error', path: [], message }],
        },
      });
    if (file.size > MAX_BYTES) {
      fail(`the file is ${Math.round(file.size / 2 ** 20)} MiB; the limit is 256 MiB`);
      return;
    }
    try {
      status(`Reading ${file.name} (${mib(file.size)})…`);
      let shown = 0;
      const bytes = await readBytes(file, (read) => {
        // A step of a tenth at most, so the line changes without flooding React.
        if (read - shown >= file.size / 10) {
          shown = read;
          status(`Reading ${file.name}: ${mib(read)} of ${mib(file.size)}…`);
        }
      });
      status(`Checking ${file.name}: parsing, validating and anchoring every quote…`);
      await paint();
      const read = readAnyFile(bytes, file.name);
      if (read.kind === 'import' && read.result.badRows.length > 0) {
        useStore.setState({ load: before }); // nothing changes until the reader chooses
        setPending({ name: file.name, result: read.result });
        return;
      }
      const dataset = read.result.dataset;
      if (dataset) {
        status(`Indexing ${dataset.events.length} events and drawing the views…`);
        await paint();
      }
      if (read.kind === 'import') openImported(file.name, read.result);
      else if (read.result.dataset) {
        void keepAndOpen(file.name, read.result.dataset, 'traceline', read.result.problems);
      } else useStore.getState().loadValidated(file.name, read.result);
    } catch (err) {
      fail(`the file could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
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
        onChange={onChange}
      />
      <label htmlFor={id} className="header-button">
        Open a dataset
      </label>
      {pending && (
        <ImportPreview
          name={pending.name}
          result={pending.result}
          onImport={() => {
            setPending(null);
            openImported(pending.name, pending.result);
          }}
          onCancel={() => {
            setPending(null);
            // Choosing the same file again (fixed, or to reconsider) must open it again.
            if (inputRef.current) inputRef.current.value = '';
          }}
        />
      )}
    </span>
  );
}
