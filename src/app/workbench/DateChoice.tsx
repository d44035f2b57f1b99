import { useId } from 'react';
import type { DateSuggestion } from '../../edit/dates/suggest';
import { readEdtf } from '../../edit/dates/reading';
import type { DateClaim } from '../../model/schema';
import { EdtfField } from './EdtfField';

export interface DateDraft {
  /** The suggestion chosen (its index), or -1: typed by hand. */
  pick: number;
  edtf: string;
  phrase: string;
  note: string;
  basis: DateClaim['basis'];
}

/** The first suggestion, or an empty date to type. */
export function firstDate(suggestions: readonly DateSuggestion[]): DateDraft {
  const s = suggestions[0];
  return s
    ? { pick: 0, edtf: s.edtf, phrase: s.phrase, note: s.note, basis: s.basis }
    : { pick: -1, edtf: '', phrase: '', note: '', basis: 'stated' };
}

/** The date claim a draft makes, or null when it is left empty (where that is allowed). */
export function claimOf(d: DateDraft): DateClaim | null {
  if (d.edtf.trim() === '') return null;
  return {
    edtf: d.edtf.trim(),
    basis: d.basis,
    ...(d.phrase.trim() ? { phrase: d.phrase.trim() } : {}),
    ...(d.note.trim() ? { note: d.note.trim() } : {}),
  };
}

/**
 * The date of an event or relation: the suggester's readings of the words (each with its
 * phrase, basis and how it was read) to pick from, or a date typed as EDTF with its live
 * reading; the phrase and the note stay editable.
 */
export function DateChoice({
  legend,
  suggestions,
  value,
  onChange,
  required,
  fieldId,
}: {
  legend: string;
  suggestions: readonly DateSuggestion[];
  value: DateDraft;
  onChange(d: DateDraft): void;
  required: boolean;
  /** The EDTF input's id (problems link to it). */
  fieldId: string;
}) {
  const name = useId();
  const pick = (k: number) => {
    const s = suggestions[k];
    onChange(
      s
        ? { pick: k, edtf: s.edtf, phrase: s.phrase, note: s.note, basis: s.basis }
        : { ...value, pick: -1 },
    );
  };
  return (
    <fieldset className="wb-date">
      <legend>{legend}</legend>
      {suggestions.length === 0 && (
        <p className="wb-hint">No date found in or around these words; type one below.</p>
      )}
      <ul className="wb-choices">
        {suggestions.map((s, k) => {
          const reading = readEdtf(s.edtf);
          return (
            <li key={`${s.edtf}|${s.start}`}>
              <label>
                <input
                  type="radio"
                  name={name}
                  checked={value.pick === k}
                  onChange={() => pick(k)}
                />{' '}
                <strong>{reading.ok ? reading.text : s.edtf}</strong> <code>{s.edtf}</code> from “
                {s.phrase}” ({s.basis}) <span className="wb-hint">{s.note}</span>
              </label>
            </li>
          );
        })}
        <li>
          <label>
            <input type="radio" name={name} checked={value.pick === -1} onChange={() => pick(-1)} />{' '}
            Another date
          </label>
        </li>
      </ul>
      <EdtfField
        id={fieldId}
        label="Date (EDTF)"
        value={value.edtf}
        required={required}
        onChange={(edtf) => onChange({ ...value, pick: -1, edtf })}
      />
      <div className="wb-row">
        <div className="wb-field">
          <label htmlFor={`${fieldId}-phrase`}>The text’s words for it</label>
          <input
            id={`${fieldId}-phrase`}
            value={value.phrase}
            onChange={(e) => onChange({ ...value, phrase: e.target.value })}
          />
        </div>
        <div className="wb-field">
          <label htmlFor={`${fieldId}-basis`}>Basis</label>
          <select
            id={`${fieldId}-basis`}
            value={value.basis}
            onChange={(e) => onChange({ ...value, basis: e.target.value as DateClaim['basis'] })}
          >
            <option value="stated">stated: the text gives it</option>
            <option value="resolved">resolved: worked out from the text</option>
            <option value="external">external: known from elsewhere</option>
          </select>
        </div>
      </div>
      <div className="wb-field">
        <label htmlFor={`${fieldId}-note`}>How it was read</label>
        <input
          id={`${fieldId}-note`}
          value={value.note}
          onChange={(e) => onChange({ ...value, note: e.target.value })}
        />
      </div>
    </fieldset>
  );
}
