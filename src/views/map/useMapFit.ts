/**
 * The extent the map's projection is fitted to: the places shown when the map opens, again
 * on "Fit", and again whenever the filters change what is shown, so the map frames the
 * events that are left. Except after the person has zoomed or panned by hand since the
 * last fit: then they are looking at something, and a filter change (often made to look
 * closer at what they are looking at) must not take it away; "Fit" brings the refitting
 * back. A new dataset always refits.
 *
 * Fitted at the size of that moment, so a resize (the details column widening) does not
 * move the map under the view.
 */
import { useCallback, useState } from 'react';
import type { DatasetIndex } from '../../query/indexes';
import type { Bbox } from '../../query/map/bbox';
import type { Place } from '../../query/map/places';
import { ATLAS } from './atlasData';
import { placesBounds } from './mapScene';

export interface Fitted {
  bounds: Bbox | null;
  width: number;
  height: number;
}

const sameBounds = (a: Bbox | null, b: Bbox | null) =>
  a === b || (!!a && !!b && a.every((x, i) => x === b[i]));

export function useMapFit(
  index: DatasetIndex,
  places: readonly Place[],
  width: number,
  height: number,
) {
  const [fitted, setFitted] = useState<Fitted | null>(null);
  const [moved, setMoved] = useState(false);
  const [seen, setSeen] = useState({ index, places });
  const ready = width > 0 && height > 0;
  if (!fitted && ready) setFitted({ bounds: placesBounds(ATLAS, places), width, height });
  if (fitted && (seen.index !== index || seen.places !== places)) {
    setSeen({ index, places });
    const newDataset = seen.index !== index;
    if (newDataset) setMoved(false);
    const bounds = placesBounds(ATLAS, places);
    // The same extent (a time window sliding over the same places) leaves the view alone.
    if ((newDataset || !moved) && !sameBounds(bounds, fitted.bounds)) {
      setFitted({ bounds, width, height });
    }
  }
  const fit = useCallback(() => {
    setMoved(false);
    setFitted({ bounds: placesBounds(ATLAS, places), width, height });
  }, [places, width, height]);
  const movedByHand = useCallback(() => setMoved(true), []);
  return { fitted, fit, movedByHand };
}
