import { describe, expect, it } from 'vitest';
import { readEdtf } from '../../src/edit/dates/reading';

describe('the live human reading of typed EDTF', () => {
  it.each([
    ['2021-06~/2021-08~', 'c. June – c. August 2021'],
    ['2021-08', 'August 2021'],
    ['1947/..', '1947 onward'],
    ['../2022-05~', 'until c. May 2022'],
    ['2021-11~/2022-05~', 'c. November 2021 – c. May 2022'],
    ['2021-04?/2022-04?', 'April 2021? – April 2022?'],
    ['2021-08-15', '15 August 2021'],
  ])('%s reads “%s”', (edtf, text) => {
    expect(readEdtf(edtf)).toEqual({ ok: true, text });
  });

  it.each(['2021-13', 'last summer', '2022-05/2021', '2021-02-30'])(
    'says plainly what is wrong with %s',
    (edtf) => {
      const r = readEdtf(edtf);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/not a valid EDTF|reversed|unreadable/);
    },
  );

  it('asks for a date when the field is empty', () => {
    expect(readEdtf('  ')).toMatchObject({ ok: false, error: /Type a date/ });
  });
});
