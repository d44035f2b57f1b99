/**
 * The open dataset's index and the filters, deferred together: counts that follow the
 * filters catch up when React has time (a zoom changes the window every frame), and a new
 * dataset is never counted under the last one's filters (its window), even for one commit.
 */
import { useDeferredValue, useMemo } from 'react';
import { useStore } from '../store/store';
import { selectFilters, selectIndex } from '../store/selectors';

export function useDeferredFilters() {
  const index = useStore(selectIndex);
  const filters = useStore(selectFilters);
  return useDeferredValue(useMemo(() => ({ index, filters }), [index, filters]));
}
