/**
 * The panels below the timeline (the actor graph or map, the source reader, the details,
 * the events table) are chunks of their own: they mount after the timeline and filters
 * anyway (Workspace's second commit), so the page's first download leaves them out.
 * `preloadPanels` asks for them while the page is idle, as the bundled report is read in
 * its worker, so they are usually there before the workspace mounts.
 */
import { lazy, Suspense, type ReactNode } from 'react';

const graphOrMap = () => import('./GraphOrMap');
const reader = () => import('../views/reader/SourceReader');
const details = () => import('../views/details/EventDetails');
const table = () => import('../views/table/EventsTable');

export const GraphOrMap = lazy(() => graphOrMap().then((m) => ({ default: m.GraphOrMap })));
export const SourceReader = lazy(() => reader().then((m) => ({ default: m.SourceReader })));
export const EventDetails = lazy(() => details().then((m) => ({ default: m.EventDetails })));
export const EventsTable = lazy(() => table().then((m) => ({ default: m.EventsTable })));

/** Starts loading every panel; a failure shows later, where the panel mounts. */
export function preloadPanels(): void {
  for (const load of [graphOrMap, reader, details, table]) load().catch(() => undefined);
}

/** While a panel's code loads: a status line naming it (the area keeps its place). */
export function PanelLoading({ what, children }: { what: string; children: ReactNode }) {
  return <Suspense fallback={<p role="status">Loading {what}…</p>}>{children}</Suspense>;
}
