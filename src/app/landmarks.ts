/**
 * The explorer's landmarks and the keys that reach them: Alt+Shift+1…6 move the focus into
 * Filters, Timeline, Actor graph, Source, Details and Events. Alt+Shift rather than Alt
 * alone: Alt+digit switches browser tabs on Linux, and the timeline takes plain keys.
 */
export interface Landmark {
  digit: number;
  /** The grid area holding the landmark (its wrapper's id is `area-<area>`). */
  area: 'filters' | 'timeline' | 'graph' | 'reader' | 'details' | 'table';
  /** The name the help gives it. */
  name: string;
  /** Where the focus goes inside it when that exists (a view's tab stop), else the region. */
  into?: string;
}

export const LANDMARKS: readonly Landmark[] = [
  { digit: 1, area: 'filters', name: 'Filters', into: 'input[type="search"]' },
  { digit: 2, area: 'timeline', name: 'Timeline', into: '[data-key][tabindex="0"]' },
  { digit: 3, area: 'graph', name: 'Actor graph or map', into: '[role="button"][tabindex="0"]' },
  { digit: 4, area: 'reader', name: 'Source', into: '[aria-current="true"]' },
  { digit: 5, area: 'details', name: 'Details' },
  { digit: 6, area: 'table', name: 'Events table' },
];

interface KeyLike {
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The physical key: Alt+Shift+1 gives "!" or "⁄" as `key`, but always "Digit1" here. */
  code: string;
}

/** The landmark a key press asks for, or null. Pure. */
export function landmarkOfKey(e: KeyLike): Landmark | null {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null;
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
  return (m && LANDMARKS.find((l) => l.digit === Number(m[1]))) || null;
}

/**
 * Moves the focus into a landmark: to the view's own tab stop when it has one (the
 * timeline's mark, the graph's node, the reader's current passage), else to the region
 * itself, made focusable by script for this (tabindex -1 keeps it out of the tab order).
 */
export function focusLandmark(landmark: Landmark): boolean {
  waiting?.disconnect();
  waiting = null;
  const area = document.getElementById(`area-${landmark.area}`);
  const region = area?.querySelector('section');
  if (!region) {
    // The panel's code is still loading (panels below the timeline load on use): the focus
    // moves there when it shows, unless another landmark is asked for first.
    if (area) focusWhenShown(area, landmark);
    return false;
  }
  let target = landmark.into ? region.querySelector<HTMLElement | SVGElement>(landmark.into) : null;
  if (!target) {
    if (!region.hasAttribute('tabindex')) region.tabIndex = -1;
    target = region;
  }
  target.focus();
  return document.activeElement === target;
}

/** A landmark asked for before its panel showed, waiting for it. */
let waiting: MutationObserver | null = null;

/** How long a landmark's focus waits for its panel (ms): longer and it would surprise. */
const WAIT_MS = 5_000;

function focusWhenShown(area: HTMLElement, landmark: Landmark): void {
  // Given up if the reader has moved the focus meanwhile.
  const from = document.activeElement;
  const observer = new MutationObserver(() => {
    if (!area.querySelector('section')) return;
    observer.disconnect();
    if (waiting === observer) waiting = null;
    if (document.activeElement === from) focusLandmark(landmark);
  });
  observer.observe(area, { childList: true, subtree: true });
  waiting = observer;
  setTimeout(() => {
    observer.disconnect();
    if (waiting === observer) waiting = null;
  }, WAIT_MS);
}
