/**
 * The height of the lanes' panel. The timeline sits in a workspace area of fixed height (the
 * area CSS lets the user resize); this hook sizes that same box so the lanes' view gets the
 * height asked for: on first load of a dataset it grows (never shrinks) to fit every lane up
 * to a share of the window; "Fit lanes" fits them exactly (within bounds); the grip drags or
 * steps it (arrow keys, Page keys, Home/End).
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { fitLanes } from '../../query/timeline/laneOrder';

/** The lanes' view never gets shorter than this. */
export const MIN_LANES = 48;
/**
 * On first load the lanes' view grows to fit them up to this share of the window's height
 * (less on short screens, so the graph and the source keep some room).
 */
const firstShare = (h: number) => (h >= 850 ? 0.5 : 0.4);
/** Fit lanes and the grip go up to this share. */
const MAX_SHARE = 0.85;
const STEP = 24;

export interface LanePanel {
  /** Sets the lanes' view to this height (px), within bounds. */
  setLanesHeight(h: number): void;
  fit(): void;
  /** The grip's bounds: the lanes' view height now and its limits. */
  min: number;
  max: number;
  onGripKeyDown(ev: KeyboardEvent): void;
  onGripPointerDown(ev: React.PointerEvent): void;
}

export function useLanePanel(
  sectionRef: RefObject<HTMLElement | null>,
  scrollRef: RefObject<HTMLElement | null>,
  viewHeight: number,
  width: number,
  contentHeight: number,
  datasetId: string,
): LanePanel {
  const maxFor = (share: number) =>
    typeof window === 'undefined' ? 2000 : Math.round(window.innerHeight * share);
  const max = maxFor(MAX_SHARE);
  const latest = useRef({ viewHeight, contentHeight });
  useEffect(() => {
    latest.current = { viewHeight, contentHeight };
  });

  const setLanesHeight = useCallback((h: number) => {
    const area = sectionRef.current?.parentElement;
    if (!area) return;
    const target = Math.round(Math.max(MIN_LANES, Math.min(maxFor(MAX_SHARE), h)));
    const delta = target - (scrollRef.current?.clientHeight ?? latest.current.viewHeight);
    if (Math.abs(delta) < 1) return;
    area.style.setProperty('height', `${area.getBoundingClientRect().height + delta}px`);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- maxFor reads only the window
  }, []);

  const fit = useCallback(() => {
    setLanesHeight(latest.current.contentHeight + 2);
  }, [setLanesHeight]);

  // First load of a dataset: grow to fit every lane, within a share of the window. Done
  // before paint, once the layout is at the view's real width (the first sizes are guesses).
  const fitted = useRef<string | null>(null);
  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (fitted.current === datasetId || contentHeight <= 0 || !box) return;
    if (!sectionRef.current?.parentElement?.classList.contains('area')) return;
    if (box.clientHeight <= 0 || Math.abs(box.clientWidth - width) > 1) return;
    fitted.current = datasetId;
    const cap = Math.round(window.innerHeight * firstShare(window.innerHeight));
    const next = fitLanes(contentHeight + 2, box.clientHeight, cap);
    if (next > box.clientHeight) setLanesHeight(next);
  }, [datasetId, contentHeight, width, setLanesHeight, sectionRef, scrollRef]);

  // The view's height as laid out now: two quick key presses come before the next render.
  const heightNow = () => scrollRef.current?.clientHeight ?? latest.current.viewHeight;

  const onGripKeyDown = (ev: KeyboardEvent) => {
    const h = heightNow();
    const to: Record<string, number> = {
      ArrowUp: h - STEP,
      ArrowDown: h + STEP,
      PageUp: h - 4 * STEP,
      PageDown: h + 4 * STEP,
      Home: MIN_LANES,
      End: max,
    };
    const next = to[ev.key];
    if (next === undefined) return;
    ev.preventDefault();
    ev.stopPropagation();
    setLanesHeight(next);
  };

  const onGripPointerDown = (ev: React.PointerEvent) => {
    ev.preventDefault();
    const grip = ev.currentTarget as HTMLElement;
    grip.setPointerCapture(ev.pointerId);
    const y0 = ev.clientY;
    const h0 = heightNow();
    const move = (e: PointerEvent) => setLanesHeight(h0 + e.clientY - y0);
    const up = () => {
      grip.removeEventListener('pointermove', move);
      grip.removeEventListener('pointerup', up);
      grip.removeEventListener('pointercancel', up);
    };
    grip.addEventListener('pointermove', move);
    grip.addEventListener('pointerup', up);
    grip.addEventListener('pointercancel', up);
  };

  return { setLanesHeight, fit, min: MIN_LANES, max, onGripKeyDown, onGripPointerDown };
}
