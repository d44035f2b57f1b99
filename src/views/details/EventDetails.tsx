/** Placeholder until the Details is built; replaced by its issue's work. */
export function EventDetails() {
  return (
    <section aria-label="Details" className="panel panel-details">
      <h2>Details</h2>
      <p>Not built yet.</p>
    </section>
  );
}
