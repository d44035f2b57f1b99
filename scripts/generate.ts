/**
 * npm run generate -- --events N --actors M --seed S [--located] [--out FILE]
 *
 * Writes a deterministic synthetic dataset (default: stdout).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateDataset } from './synthetic';
import { jsonPieces } from '../src/io/jsonPieces';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000' },
    actors: { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    located: { type: 'boolean', default: false },
  },
});

const number = (name: string, raw: string, min: number) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number of at least ${min}, not "${raw}"`);
    process.exit(2);
  }
  return n;
};

const dataset = generateDataset({
  events: number('events', values.events, 0),
  actors: number('actors', values.actors, 1),
  seed: number('seed', values.seed, 0),
  located: values.located,
});
// Written in pieces: at a million events the text is longer than one string can be.
const fd = values.out ? openSync(values.out, 'w') : 1;
for (const piece of jsonPieces(dataset)) writeSync(fd, piece);
if (values.out) {
  closeSync(fd);
  console.error(
    `wrote ${values.out}: ${dataset.events?.length} events, ${dataset.actors?.length} actors`,
  );
}
