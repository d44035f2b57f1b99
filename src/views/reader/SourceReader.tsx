/** Placeholder until the Source is built; replaced by its issue's work. */
export function SourceReader() {
  return (
    <section aria-label="Source" className="panel panel-reader">
      <h2>Source</h2>
      <p>Not built yet.</p>
    </section>
  );
}
