import { describeProgress, overall } from '../../io/import/progress';
import type { Running } from './useFileOpen';

/**
 * The bar shown while a file is opened: the stage, rows, megabytes and rows per second, and
 * Cancel, which stops the worker and leaves the open view as it was. It floats over the page,
 * so nothing below moves while it comes and goes.
 */
export function ImportProgress({ running, onCancel }: { running: Running; onCancel: () => void }) {
  const { name, size, progress, elapsed } = running;
  const percent = Math.round(overall(progress) * 100);
  const words = describeProgress(progress, size, elapsed);
  return (
    <div className="import-progress" role="group" aria-label={`Opening ${name}`}>
      <progress
        max={100}
        value={percent}
        aria-label={`Opening ${name}`}
        aria-valuetext={`${percent}%: ${words}`}
      />
      <span className="import-progress-words">{words}</span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
