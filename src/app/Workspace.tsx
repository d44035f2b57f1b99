import { useState, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { Timeline } from '../views/timeline/Timeline';
import { ActorGraph } from '../views/graph/ActorGraph';
import { SourceReader } from '../views/reader/SourceReader';
import { EventDetails } from '../views/details/EventDetails';
import { FiltersPanel } from '../views/filters/FiltersPanel';
import { EventsTable } from '../views/table/EventsTable';

/** One grid area; a failing view shows its error here without blanking the page. */
function Area({ name, label, children }: { name: string; label: string; children: ReactNode }) {
  return (
    <div className={`area area-${name}`}>
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
    <div className={`area area-${name} side-area${open ? '' : ' is-collapsed'}`}>
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
 * The explorer's panels: filters on the left, details on the right (each can fold away or
 * be resized), the timeline above the actor graph and the source reader, and the events
 * table below. Views never import each other: they meet in the store.
 */
export function Workspace() {
  const [filtersOpen, setFiltersOpen] = useState(true);
  const [detailsOpen, setDetailsOpen] = useState(true);
  return (
    <>
      <div className="workspace">
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
        <Area name="graph" label="the actor graph">
          <ActorGraph />
        </Area>
        <Area name="reader" label="the source reader">
          <SourceReader />
        </Area>
        <SideArea
          name="details"
          label="the details"
          title="Details"
          side="right"
          open={detailsOpen}
          onToggle={() => setDetailsOpen((o) => !o)}
        >
          <EventDetails />
        </SideArea>
      </div>
      <Area name="table" label="the events table">
        <EventsTable />
      </Area>
    </>
  );
}
