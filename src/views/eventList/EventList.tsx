import { useStore } from '../../store/store';
import { selectIndex, selectVisibleEvents } from '../../store/selectors';
import { formatEdtf, formatExtent } from '../../model/formatDate';

/** A plain chronological list of the filtered events. */
export function EventList() {
  const index = useStore(selectIndex);
  const visible = useStore(selectVisibleEvents);
  if (!index || !visible) return null;
  return (
    <section aria-labelledby="event-list-heading" className="event-list">
      <h2 id="event-list-heading">Events in time order</h2>
      <ol>
        {Array.from(visible, (i) => {
          const e = index.events[i]!;
          const actors = e.participants
            .map((p) => `${index.actorsById.get(p.actor)?.name ?? p.actor} (${p.role})`)
            .join(', ');
          return (
            <li key={e.id}>
              <h3>{e.title}</h3>
              <p className="event-date">
                {e.when.phrase ? <q>{e.when.phrase}</q> : 'No date in the text'} →{' '}
                {formatExtent(index.extents[i]!)} <span className="basis">({e.when.basis})</span>
                {e.known && <> · known from outside: {formatEdtf(e.known.edtf)}</>}
              </p>
              <p className="event-actors">{actors}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
