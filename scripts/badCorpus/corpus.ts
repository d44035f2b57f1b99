/** Every case of the corpus, and the bytes each file holds. */
import { DATA_CASES } from './dataCases';
import { DATE_CASES } from './dateCases';
import { FILE_CASES } from './fileCases';
import { SHAPE_CASES } from './shapeCases';
import { STRUCTURE_CASES } from './structureCases';
import { fresh, type Case } from './types';

export const CASES: Case[] = [
  ...FILE_CASES,
  ...STRUCTURE_CASES,
  ...DATE_CASES,
  ...DATA_CASES,
  ...SHAPE_CASES,
];

/** The file's content: raw bytes, raw text, or the case's dataset as pretty JSON. */
export function render(c: Case): Uint8Array {
  const made = c.make(fresh());
  if (made instanceof Uint8Array) return made;
  return Buffer.from(typeof made === 'string' ? made : JSON.stringify(made, null, 2) + '\n');
}
