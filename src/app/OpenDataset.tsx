import { useId, type ChangeEvent } from 'react';
import { useStore } from '../store/store';
import { readDataset } from '../io/readDataset';

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

/**
 * Opens a dataset file from the reader's disk. Every file is read the way the CLI reads it
 * (io/readDataset: decoding, repeated keys, validation); the status line says which step
 * is running.
 */
export function OpenDataset() {
  const id = useId();
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
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
      const result = readDataset(bytes);
      if (result.dataset) {
        status(`Indexing ${result.dataset.events.length} events and drawing the views…`);
        await paint();
      }
      useStore.getState().loadValidated(file.name, result);
    } catch (err) {
      fail(`the file could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (
    <span className="open-dataset">
      {/* The file input is hidden behind its label, which looks like a button: the browser's
          "No file chosen" takes room the header needs. */}
      <input
        id={id}
        className="file-input"
        type="file"
        accept=".json,application/json"
        onChange={onChange}
      />
      <label htmlFor={id} className="header-button">
        Open a dataset
      </label>
    </span>
  );
}
