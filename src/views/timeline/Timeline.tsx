/** Placeholder until the Timeline is built; replaced by its issue's work. */
export function Timeline() {
  return (
    <section aria-label="Timeline" className="panel panel-timeline">
      <h2>Timeline</h2>
      <p>Not built yet.</p>
    </section>
  );
}
