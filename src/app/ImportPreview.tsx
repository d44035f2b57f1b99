import { useId } from 'react';
import { useModalDialog } from './useModalDialog';
// Only the bad rows' module: the import pipeline itself runs in the worker, not the page.
import { badRowsCsv, formatBadRow } from '../io/import/badRows';
import type { ImportResult } from '../io/import/types';
import { download } from './export/download';
import './importPreview.css';

const MAX_LISTED = 50;
const FORMAT_NAMES: Record<string, string> = {
  acled: 'an ACLED export',
  'ucdp-ged': 'UCDP GED events',
  gdelt: 'GDELT events',
  'timelinejs-json': 'a TimelineJS timeline',
  'timelinejs-csv': 'a TimelineJS spreadsheet',
};

/**
 * What an import set aside, before anything is opened: how many rows were read, which are
 * bad and why, and a choice to open the good ones or cancel. The set-aside rows can be
 * downloaded as CSV to fix. A modal dialog (the browser's own), so focus stays in it.
 */
export function ImportPreview({
  name,
  result,
  onImport,
  onCancel,
}: {
  name: string;
  result: ImportResult;
  onImport: () => void;
  onCancel: () => void;
}) {
  const ref = useModalDialog();
  const heading = useId();
  const bad = result.badRecords.length;
  const listed = result.badRows.slice(0, MAX_LISTED);
  const base = name.replace(/\.[^.]*$/, '');
  return (
    <dialog
      ref={ref}
      className="modal import-preview"
      aria-labelledby={heading}
      onCancel={(e) => {
        e.preventDefault(); // Escape cancels the import the same way the button does
        onCancel();
      }}
    >
      <h2 id={heading}>Import {name}</h2>
      <p>
        Read as {FORMAT_NAMES[result.format ?? ''] ?? 'an unknown format'}: {result.rowsRead} row
        {result.rowsRead === 1 ? '' : 's'} read, {result.goodRows} good, {bad} set aside.
      </p>
      {result.warnings.length > 0 && (
        <ul className="import-warnings" aria-label="Notes on the import">
          {result.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
      {result.badRows.length > 0 && (
        <>
          <h3>Rows set aside</h3>
          <ul className="import-bad-rows" aria-label="Rows set aside">
            {listed.map((b, i) => (
              <li key={i}>{formatBadRow(b)}</li>
            ))}
            {result.badRows.length > MAX_LISTED && (
              <li>… and {result.badRows.length - MAX_LISTED} more problems (in the download)</li>
            )}
          </ul>
        </>
      )}
      <div className="import-actions">
        {result.dataset && (
          <button type="button" onClick={onImport}>
            Import the {result.goodRows} good row{result.goodRows === 1 ? '' : 's'}
          </button>
        )}
        {bad > 0 && (
          <button
            type="button"
            onClick={() => download(`${base}-set-aside.csv`, badRowsCsv(result), 'text/csv')}
          >
            Download the rows set aside (CSV)
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
