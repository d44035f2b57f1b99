import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useStore } from '../store/store';
import { selectIndex } from '../store/selectors';
import { ErrorBoundary } from './ErrorBoundary';
import { focusLandmark, landmarkOfKey } from './landmarks';
import { Timeline } from '../views/timeline/Timeline';
import { FiltersPanel } from '../views/filters/FiltersPanel';
import { EventDetails, EventsTable, GraphOrMap, PanelLoading, SourceReader } from './panels';

/** One grid area; a failing view shows its error here without blanking the page. */
function Area({ name, label, children }: { name: string; label: string; children: ReactNode }) {
  return (
    <div id={`area-${name}`} className={`area area-${name}`}>
      <ErrorBoundary name={label}>{children}</ErrorBoundary>
    </div>
  );
}

/** A side area that folds to a narrow strip with one button (aria-expanded says which). */
function SideArea({
  name,
  label,
  title,
  side,
  open,
  onToggle,
  children,
}: {
  side: 'left' | 'right';
  name: string;
  label: string;
  title: string;
  open: boolean;
  onToggle(): void;
  children: ReactNode;
}) {
  const id = `area-${name}-content`;
  return (
    <div
      id={`area-${name}`}
      className={`area area-${name} side-area${open ? '' : ' is-collapsed'}`}
    >
      <button
        type="button"
        className="side-toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={open ? `Hide ${title.toLowerCase()}` : `Show ${title.toLowerCase()}`}
        title={open ? `Hide ${title.toLowerCase()}` : `Show ${title.toLowerCase()}`}
        onClick={onToggle}
      >
        <span aria-hidden="true">{open ? (side === 'left' ? '«' : '»') : title}</span>
      </button>
      <div id={id} className="side-content" hidden={!open}>
        <ErrorBoundary name={label}>{children}</ErrorBoundary>
      </div>
    </div>
  );
}

/**
 * Whether the panels below the timeline may mount: not in the first commit, so a dataset's
 * timeline and filters (the first screen) show without waiting for the graph, the reader
 * and the table; those follow in a transition React renders in slices, between frames.
 */
function useRestAfterFirst(): boolean {
  const [rest, setRest] = useState(false);
  useEffect(() => startTransition(() => setRest(true)), []);
  return rest;
}

/**
 * The explorer's panels: filters on the left (they can fold away or be resized), the
 * timeline across the rest, below it the actor graph, the source reader and the details
 * (narrow until something is selected), and the events table below. Views never import each other: they meet in the store.
 */
export function Workspace() {
  const [filtersOpen, setFiltersOpen] = useState(true);
  const rest = useRestAfterFirst();
  const [detailsOpen, setDetailsOpen] = useState(true);
  // The details column widens only while it has something to show.
  const hasSelection = useStore((s) => {
    const index = selectIndex(s);
    return s.selection.some((id) => index?.eventsById.has(id) || index?.relationsById.has(id));
  });

  // Alt+Shift+1…6 move the focus into a landmark, unfolding a folded side panel first.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const landmark = landmarkOfKey(e);
      if (!landmark) return;
      e.preventDefault();
      if (landmark.area === 'filters') flushSync(() => setFiltersOpen(true));
      if (landmark.area === 'details') flushSync(() => setDetailsOpen(true));
      focusLandmark(landmark);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <div className={`workspace${hasSelection ? ' has-selection' : ''}`}>
        <SideArea
          name="filters"
          label="the filters"
          title="Filters"
          side="left"
          open={filtersOpen}
          onToggle={() => setFiltersOpen((o) => !o)}
        >
          <FiltersPanel />
        </SideArea>
        <Area name="timeline" label="the timeline">
          <Timeline />
        </Area>
        <Area name="graph" label="the actor graph or the map">
          {rest && (
            <PanelLoading what="the graph or the map">
              <GraphOrMap />
            </PanelLoading>
          )}
        </Area>
        <Area name="reader" label="the source reader">
          {rest && (
            <PanelLoading what="the source reader">
              <SourceReader />
            </PanelLoading>
          )}
        </Area>
        <SideArea
          name="details"
          label="the details"
          title="Details"
          side="right"
          open={detailsOpen}
          onToggle={() => setDetailsOpen((o) => !o)}
        >
          {rest && (
            <PanelLoading what="the details">
              <EventDetails />
            </PanelLoading>
          )}
        </SideArea>
      </div>
      <Area name="table" label="the events table">
        {rest && (
          <PanelLoading what="the events table">
            <EventsTable />
          </PanelLoading>
        )}
      </Area>
    </>
  );
}
