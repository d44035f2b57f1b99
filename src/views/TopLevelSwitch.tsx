/**
 * The one "Top-level actors" switch: sub-actors fold into their top-level actor (ISI and
 * the army into Pakistan). It is the store's `collapseActors`, so the timeline's lanes and
 * the graph's actors always agree; each view shows the same switch in its toolbar.
 */
import { useStore } from '../store/store';

export function TopLevelSwitch({ disabled = false }: { disabled?: boolean }) {
  const collapse = useStore((s) => s.collapseActors);
  const setCollapse = useStore((s) => s.setCollapseActors);
  return (
    <label
      className="top-level-switch"
      title="Fold sub-actors into their top-level actor, in the timeline and the graph"
    >
      <input
        type="checkbox"
        checked={collapse}
        disabled={disabled}
        onChange={(e) => setCollapse(e.target.checked)}
      />{' '}
      Top-level actors
    </label>
  );
}
