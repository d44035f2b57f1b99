import { useId, type ChangeEvent } from 'react';
import { useStore } from '../store/store';

const MAX_BYTES = 256 * 1024 * 1024;

/** Opens a dataset file from the reader's disk; every file goes through the validator. */
export function OpenDataset() {
  const loadDataset = useStore((s) => s.loadDataset);
  const id = useId();
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
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
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (err) {
      fail(`the file is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    loadDataset(file.name, json);
  };
  return (
    <span className="open-dataset">
      <label htmlFor={id}>Open a dataset</label>
      <input id={id} type="file" accept=".json,application/json" onChange={onChange} />
    </span>
  );
}
