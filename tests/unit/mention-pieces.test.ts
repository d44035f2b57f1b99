import { describe, expect, it } from 'vitest';
import { mentionPieces } from '../../src/views/reader/mentionPieces';

const M = [
  { actor: 'ttp', start: 4, end: 7 },
  { actor: 'pak', start: 12, end: 20 },
  { actor: 'isi', start: 30, end: 33 },
];

describe('mentionPieces', () => {
  it('splits a run of text at the mentions inside it, in order, covering it exactly', () => {
    expect(mentionPieces(0, 25, M)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 7, actor: 'ttp' },
      { start: 7, end: 12 },
      { start: 12, end: 20, actor: 'pak' },
      { start: 20, end: 25 },
    ]);
  });

  it('clips a mention that crosses the run’s edges (a passage boundary inside a name)', () => {
    expect(mentionPieces(5, 15, M)).toEqual([
      { start: 5, end: 7, actor: 'ttp' },
      { start: 7, end: 12 },
      { start: 12, end: 15, actor: 'pak' },
    ]);
  });

  it('gives the run whole when no mention falls in it', () => {
    expect(mentionPieces(21, 29, M)).toEqual([{ start: 21, end: 29 }]);
    expect(mentionPieces(0, 10, [])).toEqual([{ start: 0, end: 10 }]);
  });
});
