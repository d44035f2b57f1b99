import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { EventList } from '../views/eventList/EventList';
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

/** The explorer's panels. Views never import each other: they meet in the store. */
export function Workspace() {
  return (
    <div className="workspace">
      <Area name="filters" label="the filters">
        <FiltersPanel />
      </Area>
      <Area name="timeline" label="the timeline">
        <Timeline />
      </Area>
      <Area name="graph" label="the actor graph">
        <ActorGraph />
      </Area>
      <Area name="reader" label="the source reader">
        <SourceReader />
      </Area>
      <Area name="details" label="the details">
        <EventDetails />
      </Area>
      <Area name="table" label="the events table">
        <EventsTable />
      </Area>
      <Area name="list" label="the event list">
        <EventList />
      </Area>
    </div>
  );
}
