/**
 * The seed dataset is the project's promise made concrete: every statement of the report
 * modelled, every quote verbatim at its offsets, dates resolved honestly.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../src/model/validate';
import type { Dataset } from '../../src/model/schema';
import { seed } from './helpers';

const result = validateDataset(seed());
const data = result.dataset as Dataset;
const text = data.sources[0]!.text;
const byId = new Map(data.events.map((e) => [e.id, e]));

describe('the seed dataset', () => {
  it('validates with no problems at all', () => {
    expect(result.problems).toEqual([]);
  });

  it('holds the report verbatim (title and body), curly quotes included', () => {
    // The report as published, kept in the repository so a fresh clone tests on its own.
    const original = readFileSync(
      'tests/fixtures/sources/pakistan-support-for-taliban-failing.txt',
      'utf8',
    ).normalize('NFC');
    const body = original.slice(0, original.indexOf('Check the latest news')).trimEnd();
    expect(text).toBe(body);
    expect(text).toContain('Pakistan’s Inter-Services Intelligence holds sway');
  });

  it('has every quote verbatim at its offsets', () => {
    const items = [...data.events, ...data.relations].flatMap((x) => x.evidence);
    expect(items.length).toBeGreaterThanOrEqual(data.events.length + data.relations.length);
    for (const ev of items) {
      expect(text.slice(ev.position.start, ev.position.end)).toBe(ev.quote.exact);
    }
  });

  it('models every event the report states, each with evidence', () => {
    const expected: [string, string, RegExp][] = [
      ['taliban-take-afghanistan', '2021-08', /August of last year/],
      ['ttp-terrorist-strikes', '2021-08/2022-05~', /over 124 terrorist strikes/],
      ['taliban-target-pakistan', '', /Taliban were targeting Pakistan/],
      ['airstrikes-on-ttp-in-afghanistan', '', /airstrikes/],
      ['taliban-demonstrations', '', /sparked Taliban demonstrations/],
      ['border-fence-thwarted', '', /thwarted by Taliban border security personnel/],
      ['cease-fire-mediation-sought', '', /broker a cease-fire/],
      ['cease-fire-talks-fail', '', /those talks failed/],
      ['former-isi-chief-kabul-talks', '', /visit Kabul for talks with the TTP/],
      ['us-withdraws-from-afghanistan', '2021-06~/2021-08~', /last summer/],
      ['pakistan-created', '1947', /creation in 1947/],
      ['imran-khan-ousted', '2022-04', /ousting of former Pakistan Prime Minister Imran Khan/],
      ['sharif-government-takes-power', '2022-04', /Shehbaz Sharif led government took the power/],
      ['khan-rejects-removal', '', /refused to accept his removal/],
      ['khan-stokes-anti-americanism', '', /anti-American sentiment/],
    ];
    for (const [id, edtf, quote] of expected) {
      const e = byId.get(id);
      expect(e, id).toBeDefined();
      if (edtf) expect(e!.when.edtf, id).toBe(edtf);
      expect(
        e!.evidence.some((ev) => quote.test(ev.quote.exact)),
        `${id} quotes ${quote}`,
      ).toBe(true);
    }
  });

  it('keeps what the text says apart from what is known from outside', () => {
    const takeover = byId.get('taliban-take-afghanistan')!;
    expect(takeover.when).toMatchObject({ basis: 'resolved', phrase: 'in August of last year' });
    expect(takeover.known).toMatchObject({ edtf: '2021-08-15' });
    expect(takeover.known!.citation).toMatch(/Business Recorder/);
    expect(byId.get('us-withdraws-from-afghanistan')!.known!.edtf).toBe('2021-08-30');
    expect(byId.get('former-isi-chief-kabul-talks')!.known!.edtf).toBe('2022-05-16');
    expect(data.sources[0]!.published).toMatchObject({
      edtf: '2022-05-25/2022-06-30',
      basis: 'resolved',
    });
    expect(data.sources[0]!.published.note).toMatch(/Haqqani|essay/);
  });

  it('models the 124 strikes as one aggregate event with a count', () => {
    const strikes = byId.get('ttp-terrorist-strikes')!;
    expect(strikes.magnitude).toEqual({ count: 124, qualifier: 'over', unit: 'terrorist strikes' });
    expect(strikes.participants).toContainEqual({ actor: 'ttp', role: 'initiator' });
  });

  it('models the lasting relations the report states', () => {
    const kinds = data.relations.map((r) => `${r.from} ${r.kind} ${r.to}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'pakistan supports afghan-taliban',
        'isi influences afghan-taliban',
        'afghan-taliban has-constituency-in conservative-clerics',
        'afghan-taliban has-constituency-in islamist-parties',
        'pakistan perceives-threat-from india',
        'afghan-taliban emboldens ttp',
        'pakistan-military controls pakistan-government',
      ]),
    );
  });

  it('names actors with aliases and affiliations', () => {
    const actors = new Map(data.actors.map((a) => [a.id, a]));
    expect(actors.get('ttp')!.aliases).toEqual(
      expect.arrayContaining(['TTP', 'Pakistani Taliban']),
    );
    expect(actors.get('ttp')!.name).toBe('Tehrik-e-Taliban Pakistan');
    expect(actors.get('isi')!.parent).toBe('pakistan-military');
    expect(actors.get('pakistan-military')!.parent).toBe('pakistan');
  });
});
