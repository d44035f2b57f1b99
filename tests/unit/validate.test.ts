import { describe, expect, it } from 'vitest';
import {
  formatPath,
  formatProblem,
  validateDataset,
  validateJsonText,
} from '../../src/model/validate';
import { fixture } from './helpers';

const errorsOf = (json: unknown) =>
  validateDataset(json).problems.filter((p) => p.severity === 'error');

describe('validateDataset', () => {
  it('accepts the minimal fixture with no problems', () => {
    const { dataset, problems } = validateDataset(fixture());
    expect(problems).toEqual([]);
    expect(dataset?.events.map((e) => e.id)).toEqual(['shelling', 'meeting']);
  });

  it('reports an unknown actor at its path', () => {
    const d = fixture();
    d.events[0]!.participants[1]!.actor = 'ghosts';
    const [error, ...rest] = errorsOf(d);
    expect(rest).toEqual([]);
    expect(formatPath(error!.path)).toBe('$.events[0].participants[1].actor');
    expect(error!.message).toBe('unknown actor "ghosts"');
  });

  it('reports unknown relation ends and parents', () => {
    const d = fixture();
    d.relations![0]!.to = 'nobody';
    d.actors[1]!.parent = 'nowhere';
    const paths = errorsOf(d).map((p) => formatPath(p.path));
    expect(paths).toEqual(['$.actors[1].parent', '$.relations[0].to']);
  });

  it('reports a duplicate id with where it was first used', () => {
    const d = fixture();
    d.events[1]!.id = 'shelling';
    const errors = errorsOf(d);
    expect(errors).toHaveLength(1);
    expect(formatPath(errors[0]!.path)).toBe('$.events[1].id');
    expect(errors[0]!.message).toBe('duplicate id "shelling" (first used at events[0])');
  });

  it('treats ids as one namespace across actors, events and relations', () => {
    const d = fixture();
    d.events[0]!.id = 'army';
    expect(errorsOf(d)[0]!.message).toMatch(/duplicate id "army" \(first used at actors\[1\]\)/);
  });

  it('reports a quote that is not in the text', () => {
    const d = fixture();
    d.events[0]!.evidence[0]!.quote.exact = 'The navy bombed the harbour at dawn.';
    const errors = errorsOf(d);
    expect(errors).toHaveLength(1);
    expect(formatPath(errors[0]!.path)).toBe('$.events[0].evidence[0].quote.exact');
    expect(errors[0]!.message).toMatch(/is not in the text of "report"/);
  });

  it('suggests the closest passage for a quote with a typo, but still rejects it', () => {
    const d = fixture();
    d.events[0]!.evidence[0]!.quote.exact = 'The army shelld the village in March.';
    const errors = errorsOf(d);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('1 edits, at 0–38');
    expect(errors[0]!.message).toContain('"The army shelled the village in March."');
  });

  it('re-anchors drifted offsets and reports the corrected ones as a warning', () => {
    const d = fixture();
    d.events[1]!.evidence[0]!.position = { type: 'TextPositionSelector', start: 40, end: 54 };
    const { dataset, problems } = validateDataset(d);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', fix: { start: 46, end: 60 } });
    expect(formatPath(problems[0]!.path)).toBe('$.events[1].evidence[0].position');
    expect(dataset!.events[1]!.evidence[0]!.position).toMatchObject({ start: 46, end: 60 });
  });

  it('uses prefix and suffix to pick the right one of several occurrences', () => {
    const d = fixture();
    // "rebels met" occurs twice; the suffix "again." points to the second.
    const ev = d.events[1]!.evidence[0]!;
    ev.quote = {
      type: 'TextQuoteSelector',
      exact: 'rebels met',
      prefix: 'The ',
      suffix: ' again.',
    };
    ev.position = { type: 'TextPositionSelector', start: 0, end: 10 };
    const { problems } = validateDataset(d);
    const text = d.sources[0]!.text;
    const second = text.lastIndexOf('rebels met');
    expect(problems[0]!.fix).toEqual({ start: second, end: second + 10 });
    expect(problems[0]!.message).toContain('best of 2 occurrences');
  });

  it('reports an invalid EDTF date', () => {
    const d = fixture();
    d.events[0]!.when.edtf = '2022-13';
    const errors = errorsOf(d);
    expect(formatPath(errors[0]!.path)).toBe('$.events[0].when.edtf');
    expect(errors[0]!.message).toMatch(/"2022-13" is not a valid EDTF date/);
  });

  it('reports a reversed interval', () => {
    const d = fixture();
    d.relations![0]!.when!.edtf = '2022-05/2021-01';
    const errors = errorsOf(d);
    expect(formatPath(errors[0]!.path)).toBe('$.relations[0].when.edtf');
    expect(errors[0]!.message).toBe(
      '"2022-05/2021-01" is a reversed interval: its end comes before its start',
    );
  });

  it('reports an affiliation cycle once, naming its members', () => {
    const d = fixture();
    d.actors[0]!.parent = 'army'; // state → army → state
    const errors = errorsOf(d);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe('affiliation cycle: state → army → state');
  });

  it('reports an event without evidence', () => {
    const d = fixture();
    d.events[0]!.evidence = [];
    expect(errorsOf(d).map((e) => [formatPath(e.path), e.message])).toEqual([
      ['$.events[0].evidence', 'every event needs at least one evidence quote'],
    ]);
  });

  it('reports a missing field and a wrong category by path', () => {
    const d = fixture() as unknown as { events: Record<string, unknown>[] };
    delete d.events[0]!.title;
    d.events[1]!.category = 'BOMB';
    const errors = errorsOf(d).map((e) => formatPath(e.path));
    expect(errors).toEqual(['$.events[0].title', '$.events[1].category']);
  });

  it('reports text that is not NFC-normalised', () => {
    const d = fixture();
    d.sources[0]!.text = d.sources[0]!.text.replace('March', 'Marche\u0301');
    expect(errorsOf(d).some((e) => /not NFC-normalised/.test(e.message))).toBe(true);
  });

  it('keeps markup in dataset text as plain text', () => {
    const d = fixture();
    d.events[0]!.title = '<script>alert(1)</script>';
    const { dataset } = validateDataset(d);
    expect(dataset!.events[0]!.title).toBe('<script>alert(1)</script>');
  });

  it('turns invalid JSON text into a located problem', () => {
    const { dataset, problems } = validateJsonText('{"format": ');
    expect(dataset).toBeNull();
    expect(formatProblem(problems[0]!)).toMatch(/^error: the file is not valid JSON/);
  });
});
