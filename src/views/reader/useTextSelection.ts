import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import { useStore } from '../../store/store';
import { setWorkbench } from '../../store/workbench';
import { extendBySentence, sentenceAt, tidySelection } from '../../edit/selection';
import { selectedRange, showSelection } from './textOffsets';

/**
 * The workbench's selection in the reader: the words selected with the pointer become the
 * store's `workbench.selected`, and the keyboard selects by sentence (↓/↑ the next or
 * previous sentence, Shift+↓/↑ one more sentence after or before, Enter: a new event).
 * Returns the text box's key handler; does nothing outside the workbench.
 */
export function useTextSelection(
  box: RefObject<HTMLDivElement | null>,
  source: { id: string; text: string } | undefined,
  enabled: boolean,
) {
  useEffect(() => {
    if (!enabled || !source) return;
    const onChange = () => {
      const root = box.current;
      if (!root) return;
      const range = selectedRange(root);
      if (range === undefined) return; // a selection elsewhere (a form) leaves ours alone
      const tidy = range && tidySelection(source.text, range[0], range[1]);
      const now = useStore.getState().workbench?.selected ?? null;
      if (!tidy) {
        if (now) setWorkbench({ selected: null });
        return;
      }
      if (now?.source === source.id && now.start === tidy[0] && now.end === tidy[1]) return;
      setWorkbench({ selected: { source: source.id, start: tidy[0], end: tidy[1] } });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [box, source, enabled]);

  return (e: KeyboardEvent<HTMLDivElement>) => {
    if (!enabled || !source || e.target !== e.currentTarget) return;
    const { text } = source;
    const now = useStore.getState().workbench?.selected;
    const here = now?.source === source.id ? now : null;
    let next: [number, number] | null = null;
    if (e.key === 'ArrowDown' && e.shiftKey && here) {
      next = extendBySentence(text, here.start, here.end, 1);
    } else if (e.key === 'ArrowUp' && e.shiftKey && here) {
      next = extendBySentence(text, here.start, here.end, -1);
    } else if (e.key === 'ArrowDown' || e.key === 'Home') {
      let at = here && e.key === 'ArrowDown' ? here.end : 0;
      while (at < text.length && /\s/.test(text[at]!)) at++;
      if (at < text.length) next = sentenceAt(text, at);
    } else if (e.key === 'ArrowUp' && here) {
      let at = here.start - 1;
      while (at > 0 && /\s/.test(text[at]!)) at--;
      if (at >= 0) next = sentenceAt(text, at);
    } else if (e.key === 'Enter' && here) {
      e.preventDefault();
      setWorkbench({ form: 'event' });
      return;
    } else return;
    e.preventDefault();
    if (!next) return;
    setWorkbench({ selected: { source: source.id, start: next[0], end: next[1] } });
    if (box.current) showSelection(box.current, next[0], next[1]);
  };
}
