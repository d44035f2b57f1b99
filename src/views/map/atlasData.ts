/**
 * Natural Earth's countries at 1:50m, from world-atlas, bundled with the map's own chunk
 * (the map is loaded lazily, so the atlas costs nothing until the map is shown). Read as
 * text and parsed once: a JSON module would make the type checker read 750 kB of types.
 */
import raw from 'world-atlas/countries-50m.json?raw';
import type { Topology } from 'topojson-specification';
import { readAtlas } from '../../query/map/atlas';

export const ATLAS = readAtlas(JSON.parse(raw) as Topology);
