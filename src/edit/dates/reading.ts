/**
 * A live human reading of typed EDTF for the workbench's date fields: "2021-06~/2021-08~"
 * reads "c. June – c. August 2021"; anything invalid gets the parser's plain message.
 */
import { tryExtent, type Endpoint } from '../../model/dates';
// What people type may be any EDTF form: the workbench reads dates with the parser.
import '../../model/edtfParser';
import { formatExtent } from '../../model/formatDate';
import { MONTHS } from '../../model/utc';

export type EdtfReading = { ok: true; text: string } | { ok: false; error: string };

const qualified = (label: string, p: Endpoint) =>
  `${p.approximate ? 'c. ' : ''}${label}${p.uncertain ? '?' : ''}`;

export function readEdtf(input: string): EdtfReading {
  const value = input.trim();
  if (value === '') return { ok: false, error: 'Type a date, e.g. 2021-08 or 2021-06~/2021-08~' };
  const x = tryExtent(value);
  if (typeof x === 'string') return { ok: false, error: x };
  const { lower, upper } = x;
  // Two months of one year share the year: "c. June – c. August 2021".
  if (
    x.kind === 'interval' &&
    !x.openStart &&
    !x.openEnd &&
    lower.precision === 'month' &&
    upper.precision === 'month'
  ) {
    const a = new Date(lower.min);
    const b = new Date(upper.min);
    if (a.getUTCFullYear() === b.getUTCFullYear()) {
      const from = qualified(MONTHS[a.getUTCMonth()]!, lower);
      const to = qualified(`${MONTHS[b.getUTCMonth()]} ${b.getUTCFullYear()}`, upper);
      return { ok: true, text: `${from} – ${to}` };
    }
  }
  return { ok: true, text: formatExtent(x) };
}
