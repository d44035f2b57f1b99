/** Parse + validate + index: the work done when a dataset is opened. */
import { generateDataset } from '../synthetic';
import { validateJsonText } from '../../src/model/validate';
import { buildIndex } from '../../src/query/indexes';
import { fmt, measure, printTable } from './measure';

export async function run() {
  const rows: (string | number)[][] = [];
  for (const events of [1_000, 10_000, 100_000]) {
    const text = JSON.stringify(generateDataset({ events, actors: 200, seed: 1 }));
    const parsed = measure(() => validateJsonText(text));
    const dataset = parsed.result.dataset;
    if (!dataset) throw new Error('the synthetic dataset did not validate');
    const indexed = measure(() => buildIndex(dataset));
    rows.push([
      events.toLocaleString('en'),
      fmt(text.length / 2 ** 20),
      fmt(parsed.ms, 0),
      fmt(indexed.ms, 0),
      fmt(parsed.ms + indexed.ms, 0),
      fmt(parsed.heapMiB + indexed.heapMiB),
    ]);
  }
  printTable(
    'Open a dataset: parse + validate + index (200 actors)',
    ['events', 'JSON MiB', 'parse + validate ms', 'index ms', 'total ms', 'retained heap MiB'],
    rows,
  );
}
