import { useState } from 'react';

/** Characters shown before "Show more"; each press shows ten times as many. */
const FIRST = 600;

/** Cuts before `at`, never between the halves of a surrogate pair. */
function cut(text: string, at: number): string {
  const c = text.charCodeAt(at - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? at - 1 : at);
}

/** The start of a long text, for places with no room for a button (inside one). */
export const clip = (text: string, n = FIRST) => (text.length <= n ? text : `${cut(text, n)}…`);

/**
 * Text of any length from a dataset: a long one shows its start and a "Show more" button,
 * so a summary of a hundred megabytes cannot stall the page when its event is selected.
 */
export function LongText({ text }: { text: string }) {
  const [limit, setLimit] = useState(FIRST);
  if (text.length <= limit) return <>{text}</>;
  const shown = cut(text, limit);
  return (
    <>
      {shown}…{' '}
      <button type="button" className="show-more" onClick={() => setLimit(limit * 10)}>
        Show more
      </button>{' '}
      <span className="show-more-count">
        ({shown.length.toLocaleString('en')} of {text.length.toLocaleString('en')} characters)
      </span>
    </>
  );
}
