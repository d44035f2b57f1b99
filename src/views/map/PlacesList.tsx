/** The places as text: every place on the map, busiest first, each a button that selects its events. */
import { memo } from 'react';
import type { DatasetIndex } from '../../query/indexes';
import { PRECISION_WORDS, type Place } from '../../query/map/places';
import { useStore } from '../../store/store';

/** More places than this are left to the map (the list says how many). */
const LISTED = 300;

export const PlacesList = memo(function PlacesList({
  index,
  places,
  selected,
}: {
  index: DatasetIndex;
  places: readonly Place[];
  selected: ReadonlySet<number>;
}) {
  const ids = (p: Place) => p.events.map((i) => index.events[i]!.id);
  return (
    <details className="map-list">
      <summary>Places as text ({places.length.toLocaleString('en')})</summary>
      <ul>
        {places.slice(0, LISTED).map((p) => (
          <li key={p.key}>
            <button
              type="button"
              aria-pressed={p.events.some((i) => selected.has(i))}
              onClick={() => useStore.getState().select(ids(p))}
              onFocus={() => useStore.getState().setHover({ ids: ids(p) })}
              onBlur={() => useStore.getState().setHover({ ids: [] })}
            >
              {p.name} ({PRECISION_WORDS[p.precision]}): {p.events.length.toLocaleString('en')}{' '}
              {p.events.length === 1 ? 'event' : 'events'}
            </button>
          </li>
        ))}
      </ul>
      {places.length > LISTED && (
        <p>
          … and {(places.length - LISTED).toLocaleString('en')} more places; filter or draw an area
          to list them.
        </p>
      )}
    </details>
  );
});
