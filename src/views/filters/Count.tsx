/** An event count beside a filter box; read out as "12 events" through aria-describedby. */
export function Count({ id, n }: { id: string; n: number }) {
  return (
    <span id={id} className="count">
      {n.toLocaleString('en')}
      <span className="visually-hidden"> event{n === 1 ? '' : 's'}</span>
    </span>
  );
}
