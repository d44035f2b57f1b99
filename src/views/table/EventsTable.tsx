/** Placeholder until the Events is built; replaced by its issue's work. */
export function EventsTable() {
  return (
    <section aria-label="Events" className="panel panel-table">
      <h2>Events</h2>
      <p>Not built yet.</p>
    </section>
  );
}
