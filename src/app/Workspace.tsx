import { ErrorBoundary } from './ErrorBoundary';
import { EventList } from '../views/eventList/EventList';

/** The explorer's panels. Each view is isolated so one failure cannot blank the page. */
export function Workspace() {
  return (
    <div className="workspace">
      <ErrorBoundary name="the event list">
        <EventList />
      </ErrorBoundary>
    </div>
  );
}
