/**
 * The view last chosen for the graph-or-map tab, kept in localStorage so the next visit
 * opens on it (a link's `view=` still decides). Storage may be missing or refused (private
 * windows, sandboxed frames): then nothing is remembered, and nothing fails.
 */
import type { MainView } from './store';

const KEY = 'traceline:view';

export function rememberView(view: MainView): void {
  try {
    globalThis.localStorage?.setItem(KEY, view);
  } catch {
    // Not remembered; the URL still carries the choice.
  }
}

export function rememberedView(): MainView {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'map' ? 'map' : 'graph';
  } catch {
    return 'graph';
  }
}
