/**
 * "Dates: best known / as the text says": the one switch for which date places, filters,
 * sorts and counts events in every view (src/query/dateBasis.ts). It lives in the filters,
 * so the URL carries it (dates=text).
 */
import { useStore } from '../../store/store';
import type { DateBasis } from '../../query/dateBasis';

export function DateBasisSelect() {
  const basis = useStore((s) => s.filters.dates);
  return (
    <span className="tl-control">
      <label htmlFor="tl-dates">Dates</label>
      <select
        id="tl-dates"
        value={basis}
        title="Best known: a date known from outside the report, with its citation, where there is one"
        onChange={(e) => useStore.getState().setFilters({ dates: e.target.value as DateBasis })}
      >
        <option value="best">best known</option>
        <option value="text">as the text says</option>
      </select>
    </span>
  );
}
