import { useId } from 'react';
import { readEdtf } from '../../edit/dates/reading';

/**
 * A labelled EDTF input with its live human reading ("c. June – c. August 2021") or, for
 * anything invalid, the parser's plain message, announced politely as it changes.
 */
export function EdtfField({
  id,
  label,
  value,
  onChange,
  required = true,
}: {
  id?: string;
  label: string;
  value: string;
  onChange(value: string): void;
  required?: boolean;
}) {
  const own = useId();
  const inputId = id ?? own;
  const readingId = `${inputId}-reading`;
  const reading = value.trim() === '' && !required ? null : readEdtf(value);
  return (
    <div className="wb-field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        className="wb-edtf"
        value={value}
        spellCheck={false}
        aria-describedby={readingId}
        aria-invalid={reading !== null && !reading.ok}
        onChange={(e) => onChange(e.target.value)}
      />
      <span
        id={readingId}
        className={`wb-reading${reading && !reading.ok ? ' is-error' : ''}`}
        aria-live="polite"
      >
        {reading === null ? '' : reading.ok ? reading.text : reading.error}
      </span>
    </div>
  );
}
