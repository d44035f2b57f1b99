import { useRef } from 'react';
import { LANDMARKS } from './landmarks';

/** Keys and what they do, grouped by where they work. */
const GROUPS: { where: string; keys: [string, string][] }[] = [
  {
    where: 'Anywhere',
    keys: [
      ['Tab (first stop)', 'Skip to timeline'],
      ...LANDMARKS.map((l): [string, string] => [`Alt+Shift+${l.digit}`, `Go to ${l.name}`]),
    ],
  },
  {
    where: 'Timeline',
    keys: [
      ['← → ↑ ↓, Home, End', 'Move between events (past the edge: pan to the next one)'],
      ['Enter or Space', 'Select the event'],
      ['+ and −', 'Zoom in and out'],
      ['0', 'Fit the events shown'],
      ['Shift+← and Shift+→', 'Pan'],
      ['Escape', 'Clear the selection'],
    ],
  },
  {
    where: 'Actors and categories (one tab stop each)',
    keys: [
      ['↑ and ↓, Home, End', 'Move between actors or categories'],
      ['→ and ←', 'Open or close an actor’s sub-actors, or go to its first sub-actor or parent'],
      ['A letter', 'Go to the next name starting with it'],
      ['Space', 'Check or uncheck the filter'],
    ],
  },
  {
    where: 'Map',
    keys: [
      ['← → ↑ ↓', 'Move to the nearest place that way'],
      ['Enter or Space', 'Select the place’s events'],
      ['+ and −', 'Zoom in and out'],
    ],
  },
  {
    where: 'Source',
    keys: [['Enter or Space', 'Select what a highlighted passage is evidence for']],
  },
];

/** A header button opening the list of keyboard shortcuts in a modal dialog. */
export function KeyboardHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        className="header-button"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        Keyboard shortcuts
      </button>
      <dialog ref={dialog} className="keyboard-help" aria-labelledby="keyboard-help-heading">
        <div className="keyboard-help-head">
          <h2 id="keyboard-help-heading">Keyboard shortcuts</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        {GROUPS.map((g) => (
          // Not sections named like the views' regions ("Timeline"): headings only.
          <div key={g.where}>
            <h3>{g.where}</h3>
            <dl>
              {g.keys.map(([key, what]) => (
                <div key={key}>
                  <dt>
                    <kbd>{key}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </dialog>
    </>
  );
}
