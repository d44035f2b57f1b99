/** Placeholder until the Actor graph is built; replaced by its issue's work. */
export function ActorGraph() {
  return (
    <section aria-label="Actor graph" className="panel panel-graph">
      <h2>Actor graph</h2>
      <p>Not built yet.</p>
    </section>
  );
}
