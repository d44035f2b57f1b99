/**
 * One typed table maps store fields to URL query parameters, so that no filter can be left
 * out of a shareable link. Each row parses its parameter (returning an error sentence for a
 * bad value) and serialises the store back (returning null for the default, so clean links
 * stay short).
 */
import { PLOVER_CATEGORIES, type Category } from '../model/vocab';
import type { LaneGrouping, MainView, TracelineData } from './store';
import { EMPTY_FILTERS } from '../query/filter';
import { formatBbox, parseBbox } from '../query/map/bbox';

export type UrlFields = Pick<
  TracelineData,
  'filters' | 'selection' | 'laneGrouping' | 'collapseActors' | 'mainView' | 'datasets'
>;

type Patch = { [K in keyof UrlFields]?: Partial<UrlFields[K]> | UrlFields[K] };

interface Param {
  /** Reads the raw value; returns a patch, or a string saying what is wrong. */
  parse(raw: string): Patch | string;
  /** Writes the value; null when it is the default and the parameter can be left out. */
  serialise(s: UrlFields): string | null;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A comma-separated list, without empty items or repeats. */
const list = (raw: string) => [...new Set(raw.split(',').filter(Boolean))];
/** A list of ids; an empty value is an empty list. */
const idList = (raw: string): string[] | null => {
  const ids = list(raw);
  return ids.every((id) => ID.test(id)) ? ids : null;
};
const flag = (value: boolean, dflt: boolean) => (value === dflt ? null : value ? '1' : '0');
const parseFlag = (raw: string): boolean | string =>
  raw === '1' ? true : raw === '0' ? false : `must be 1 or 0, not "${raw}"`;

function parseDay(raw: string, endOfDay: boolean): number | string {
  if (!DAY.test(raw)) return `must be a date like 2021-08-15, not "${raw}"`;
  const t = Date.parse(`${raw}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== raw) {
    return `"${raw}" is not a real date`;
  }
  return endOfDay ? t + 86_399_999 : t;
}
/** A window end as a day; an open end (±Infinity) is "..". */
const formatDay = (t: number) =>
  Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : '..';

/** The table. Keys are the parameter names. */
export const URL_PARAMS: Record<string, Param> = {
  actors: {
    parse: (raw) => {
      const ids = idList(raw);
      return ids ? { filters: { actors: ids } } : `"${raw}" is not a list of ids`;
    },
    serialise: (s) => (s.filters.actors.length ? s.filters.actors.join(',') : null),
  },
  sub: {
    parse: (raw) => {
      const v = parseFlag(raw);
      return typeof v === 'string' ? v : { filters: { includeSubActors: v } };
    },
    serialise: (s) => flag(s.filters.includeSubActors, EMPTY_FILTERS.includeSubActors),
  },
  cat: {
    parse: (raw) => {
      const cats = list(raw.toUpperCase());
      const bad = cats.filter((c) => !(PLOVER_CATEGORIES as readonly string[]).includes(c));
      return bad.length
        ? `unknown categor${bad.length > 1 ? 'ies' : 'y'} ${bad.join(', ')}`
        : { filters: { categories: cats as Category[] } };
    },
    serialise: (s) => (s.filters.categories.length ? s.filters.categories.join(',') : null),
  },
  q: {
    parse: (raw) =>
      raw.length > 500 ? 'is longer than 500 characters' : { filters: { text: raw } },
    serialise: (s) => (s.filters.text ? s.filters.text : null),
  },
  // The window needs both ends; `to` completes it (see parseUrl). ".." is an open end, and
  // from=..&to=.. is the whole span (a link without them opens on the default focus).
  from: {
    parse: (raw) => {
      const t = raw === '..' ? -Infinity : parseDay(raw, false);
      return typeof t === 'string' ? t : { filters: { window: [t, NaN] } };
    },
    serialise: (s) => (s.filters.window ? formatDay(s.filters.window[0]) : '..'),
  },
  to: {
    parse: (raw) => {
      const t = raw === '..' ? Infinity : parseDay(raw, true);
      return typeof t === 'string' ? t : { filters: { window: [NaN, t] } };
    },
    serialise: (s) => (s.filters.window ? formatDay(s.filters.window[1]) : '..'),
  },
  possible: {
    parse: (raw) => {
      const v = parseFlag(raw);
      return typeof v === 'string' ? v : { filters: { includePossible: v } };
    },
    serialise: (s) => flag(s.filters.includePossible, EMPTY_FILTERS.includePossible),
  },
  dates: {
    parse: (raw) =>
      raw === 'text' || raw === 'best'
        ? { filters: { dates: raw } }
        : `must be best or text, not "${raw}"`,
    serialise: (s) => (s.filters.dates === EMPTY_FILTERS.dates ? null : s.filters.dates),
  },
  bbox: {
    parse: (raw) => {
      const box = parseBbox(raw);
      return typeof box === 'string' ? box : { filters: { bbox: box } };
    },
    serialise: (s) => (s.filters.bbox ? formatBbox(s.filters.bbox) : null),
  },
  sel: {
    parse: (raw) => {
      const ids = idList(raw);
      return ids ? { selection: ids } : `"${raw}" is not a list of ids`;
    },
    serialise: (s) => (s.selection.length ? s.selection.join(',') : null),
  },
  lanes: {
    parse: (raw) =>
      raw === 'actor' || raw === 'category' || raw === 'none'
        ? { laneGrouping: raw as LaneGrouping }
        : `must be actor, category or none, not "${raw}"`,
    serialise: (s) => (s.laneGrouping === 'actor' ? null : s.laneGrouping),
  },
  // The open datasets, by library id (the bundled report alone is the default).
  ds: {
    parse: (raw) => {
      const ids = idList(raw);
      return ids?.length ? { datasets: ids } : `"${raw}" is not a list of library ids`;
    },
    serialise: (s) =>
      s.datasets.length === 0 || s.datasets.join() === 'seed' ? null : s.datasets.join(','),
  },
  collapse: {
    parse: (raw) => {
      const v = parseFlag(raw);
      return typeof v === 'string' ? v : { collapseActors: v };
    },
    serialise: (s) => flag(s.collapseActors, false),
  },
  view: {
    parse: (raw) =>
      raw === 'graph' || raw === 'map'
        ? { mainView: raw as MainView }
        : `must be graph or map, not "${raw}"`,
    serialise: (s) => (s.mainView === 'graph' ? null : s.mainView),
  },
};

/** A key or value as a notice quotes it: short enough to read. */
const shorten = (s: string, max = 40) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Decodes one `application/x-www-form-urlencoded` part; null when an escape is broken. */
function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Splits a query string into (key, value) pairs as URLSearchParams would, but strictly: a
 * part with a broken percent escape (URLSearchParams would turn it into U+FFFD or keep it
 * literally) and a repeated key (it would keep both) are left out, each with a problem.
 */
export function readQuery(search: string): { params: [string, string][]; problems: string[] } {
  const params: [string, string][] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decodePart(eq === -1 ? part : part.slice(0, eq));
    const value = decodePart(eq === -1 ? '' : part.slice(eq + 1));
    if (key === null || value === null) {
      problems.push(`Ignored the link parameter "${shorten(part)}": it has a broken % escape.`);
      continue;
    }
    if (seen.has(key)) {
      problems.push(
        `Ignored a repeated link parameter "${shorten(key)}": the first "${shorten(key)}" applies.`,
      );
      continue;
    }
    seen.add(key);
    params.push([key, value]);
  }
  return { params, problems };
}

export interface ParsedUrl {
  state: UrlFields;
  /** One sentence per ignored parameter, naming it. */
  problems: string[];
}

/** Which ids the dataset knows: actors (for the actor filter) and events or relations. */
export interface KnownIds {
  actor(id: string): boolean;
  item(id: string): boolean;
}

/**
 * Reads URL parameters over a base state (the defaults: a parameter left out keeps its base
 * value). Unknown and malformed parameters are ignored and reported; they never throw. Ids
 * are checked against `known` when it is given.
 */
export function parseUrl(search: string, base: UrlFields, known?: KnownIds): ParsedUrl {
  const { params, problems } = readQuery(search);
  let filters = { ...base.filters };
  const state: UrlFields = { ...base, filters };
  let window: [number, number] | null = null;
  for (const [key, raw] of params) {
    // Own properties only: "constructor" or "__proto__" must not find Object.prototype's.
    const row = Object.hasOwn(URL_PARAMS, key) ? URL_PARAMS[key] : undefined;
    if (!row) {
      problems.push(`Ignored the unknown link parameter "${shorten(key)}".`);
      continue;
    }
    const patch = row.parse(raw);
    if (typeof patch === 'string') {
      problems.push(`Ignored the link parameter "${key}": ${patch}.`);
      continue;
    }
    if (patch.filters) {
      const f = patch.filters as Partial<UrlFields['filters']>;
      if (f.window) {
        const prev: [number, number] = window ?? [NaN, NaN];
        window = key === 'from' ? [f.window[0], prev[1]] : [prev[0], f.window[1]];
        continue;
      }
      filters = { ...filters, ...f };
    }
    if (patch.selection) state.selection = patch.selection as string[];
    if (patch.laneGrouping) state.laneGrouping = patch.laneGrouping as LaneGrouping;
    if (patch.collapseActors !== undefined) state.collapseActors = patch.collapseActors as boolean;
    if (patch.mainView) state.mainView = patch.mainView as MainView;
    if (patch.datasets) state.datasets = patch.datasets as string[];
  }
  if (window) {
    const [from, to] = window;
    if (Number.isNaN(from) || Number.isNaN(to)) {
      problems.push('Ignored the time window: a link needs both "from" and "to".');
    } else if (from > to) {
      problems.push('Ignored the time window: "from" comes after "to".');
    } else {
      filters.window = from === -Infinity && to === Infinity ? null : [from, to];
    }
  }
  if (known) {
    const unknownActors = filters.actors.filter((id) => !known.actor(id));
    if (unknownActors.length) {
      problems.push(`Ignored unknown actor(s) in the link: ${unknownActors.join(', ')}.`);
      filters.actors = filters.actors.filter((id) => known.actor(id));
    }
    const unknownSel = state.selection.filter((id) => !known.item(id));
    if (unknownSel.length) {
      problems.push(`Ignored unknown selection in the link: ${unknownSel.join(', ')}.`);
      state.selection = state.selection.filter((id) => known.item(id));
    }
  }
  state.filters = filters;
  return { state, problems };
}

/**
 * Writes the store's shareable fields as a query string (without "?"). With `base` (the
 * defaults parseUrl reads over), parameters that equal the default are left out, so the
 * default view has a clean address.
 */
export function serialiseUrl(s: UrlFields, base?: UrlFields): string {
  const params = new URLSearchParams();
  for (const [key, row] of Object.entries(URL_PARAMS)) {
    const value = row.serialise(s);
    if (value === null) continue;
    if (base && row.serialise(base) === value) continue;
    params.set(key, value);
  }
  return params.toString();
}
