/**
 * The sample files a newcomer opens with one click (public/samples): each is found to be
 * its format by content and imports with events, and each is the fixture it copies.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src/io/import/pipeline';

const SAMPLES = [
  ['acled-sample.csv', 'acled', 'acled.csv'],
  ['ucdp-ged-sample.csv', 'ucdp-ged', 'ucdp-ged.csv'],
  ['gdelt-20220329061500.export.CSV', 'gdelt', '20220329061500.export.CSV'],
  ['timelinejs-sample.json', 'timelinejs-json', 'timeline.json'],
  ['timelinejs-sheet-sample.csv', 'timelinejs-csv', 'timeline-sheet.csv'],
] as const;

describe('public samples', () => {
  it.each(SAMPLES)('%s opens as %s with events', (file, format, fixture) => {
    const bytes = readFileSync(`public/samples/${file}`);
    expect(bytes.equals(readFileSync(`tests/fixtures/import/${fixture}`))).toBe(true);
    const result = importBytes(new Uint8Array(bytes), { file, today: '2026-11-29' });
    expect(result.format).toBe(format);
    expect(result.dataset?.events.length).toBeGreaterThan(0);
  });
});
