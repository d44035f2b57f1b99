/** Placeholder until the Filters is built; replaced by its issue's work. */
export function FiltersPanel() {
  return (
    <section aria-label="Filters" className="panel panel-filters">
      <h2>Filters</h2>
      <p>Not built yet.</p>
    </section>
  );
}
