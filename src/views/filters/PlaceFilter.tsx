/** The place filter: the area drawn on the map (bbox), in words, with a way to clear it. */
import { describeBbox } from '../../query/map/bbox';
import { useStore } from '../../store/store';

export function PlaceFilter() {
  const bbox = useStore((s) => s.filters.bbox);
  return (
    <fieldset className="filter-group">
      <legend>Place</legend>
      {bbox ? (
        <>
          <p className="window-state">Map area: {describeBbox(bbox)}.</p>
          <button type="button" onClick={() => useStore.getState().setFilters({ bbox: null })}>
            Clear map area
          </button>
        </>
      ) : (
        <p className="window-state">Anywhere. Draw an area on the map to keep its events.</p>
      )}
    </fieldset>
  );
}
