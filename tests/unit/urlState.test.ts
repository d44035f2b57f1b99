/** The URL table (src/store/urlState.ts): round trips, bad values, unknown parameters. */
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/query/filter';
import { parseUrl, serialiseUrl, type UrlFields } from '../../src/store/urlState';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const endOfDay = (s: string) => day(s) + 86_399_999;

const FOCUS = [day('2021-07-01'), endOfDay('2022-06-30')] as const;
/** The defaults a link is read over: the dataset's focus window, nothing else set. */
const BASE: UrlFields = {
  filters: { ...EMPTY_FILTERS, window: FOCUS },
  selection: [],
  laneGrouping: 'actor',
  collapseActors: false,
  mainView: 'graph',
  datasets: ['seed'],
};
const known = {
  actor: (id: string) => ['ttp', 'pakistan', 'isi'].includes(id),
  item: (id: string) => ['airstrikes', 'talks', 'ties'].includes(id),
};

describe('the URL table', () => {
  it('round-trips every shareable field', () => {
    const state: UrlFields = {
      filters: {
        actors: ['ttp', 'pakistan'],
        includeSubActors: false,
        categories: ['ASSAULT', 'CONSULT'],
        text: 'cease-fire & talks',
        window: [day('2021-08-01'), endOfDay('2022-04-30')],
        includePossible: false,
        dates: 'text',
        bbox: [60.5, 29.1, 71.3, 35.2],
      },
      selection: ['airstrikes', 'talks'],
      laneGrouping: 'category',
      collapseActors: true,
      mainView: 'map',
      datasets: ['seed', 'acled-1x2y3z'],
    };
    const query = serialiseUrl(state, BASE);
    const { state: back, problems } = parseUrl(query, BASE, known);
    expect(problems).toEqual([]);
    expect(back).toEqual(state);
  });

  it('names the open datasets by library id; the report alone is the default', () => {
    expect(serialiseUrl({ ...BASE, datasets: ['acled-1x2y3z'] }, BASE)).toBe('ds=acled-1x2y3z');
    expect(serialiseUrl({ ...BASE, datasets: ['seed'] }, BASE)).toBe('');
    // Not in the library: nothing to name.
    expect(serialiseUrl({ ...BASE, datasets: [] }, BASE)).toBe('');
    expect(parseUrl('?ds=seed,acled-1', BASE).state.datasets).toEqual(['seed', 'acled-1']);
    expect(parseUrl('?ds=Bad!', BASE).problems).toEqual([
      'Ignored the link parameter "ds": "Bad!" is not a list of library ids.',
    ]);
  });

  it('has a row for every filter, so none can be left out of a link', () => {
    // Change each filter alone: the link must change.
    const variants: Partial<UrlFields['filters']>[] = [
      { actors: ['ttp'] },
      { includeSubActors: false },
      { categories: ['AID'] },
      { text: 'x' },
      { window: [0, 1] },
      { includePossible: false },
      { dates: 'text' },
      { bbox: [60, 29, 71, 35] },
    ];
    for (const v of variants) {
      expect(
        serialiseUrl({ ...BASE, filters: { ...BASE.filters, ...v } }, BASE),
        `${Object.keys(v)}`,
      ).not.toBe('');
    }
    expect(Object.keys(EMPTY_FILTERS)).toHaveLength(variants.length);
  });

  it('leaves defaults out of the link, so the default view has a clean address', () => {
    expect(serialiseUrl(BASE, BASE)).toBe('');
    expect(parseUrl('', BASE, known)).toEqual({ state: BASE, problems: [] });
  });

  it('writes the whole span as from=..&to=.. and reads it back as no window', () => {
    const whole = { ...BASE, filters: { ...BASE.filters, window: null } };
    const query = serialiseUrl(whole, BASE);
    expect(new URLSearchParams(query).get('from')).toBe('..');
    expect(new URLSearchParams(query).get('to')).toBe('..');
    expect(parseUrl(query, BASE).state.filters.window).toBeNull();
  });

  it('reads day windows inclusively: from the first instant to the last of each day', () => {
    const { state } = parseUrl('?from=2021-08-15&to=2021-08-15', BASE);
    expect(state.filters.window).toEqual([day('2021-08-15'), endOfDay('2021-08-15')]);
  });

  it('reads the date basis: dates=text, and best known by default', () => {
    expect(parseUrl('?dates=text', BASE).state.filters.dates).toBe('text');
    expect(parseUrl('', BASE).state.filters.dates).toBe('best');
    const bad = parseUrl('?dates=known', BASE);
    expect(bad.state.filters.dates).toBe('best');
    expect(bad.problems).toEqual([
      'Ignored the link parameter "dates": must be best or text, not "known".',
    ]);
  });

  it('reads lists without repeats or empty items, and an empty list as empty', () => {
    const { state, problems } = parseUrl('actors=ttp,,ttp,isi&cat=assault,AID', BASE, known);
    expect(problems).toEqual([]);
    expect(state.filters.actors).toEqual(['ttp', 'isi']);
    expect(state.filters.categories).toEqual(['ASSAULT', 'AID']);
    expect(parseUrl('actors=', BASE).state.filters.actors).toEqual([]);
  });

  it('ignores malformed values, naming each parameter, and keeps the rest', () => {
    const { state, problems } = parseUrl(
      '?cat=NOPE&from=2021-13-45&to=2022-01-01&sub=yes&lanes=colour&q=ok&actors=TTP!',
      BASE,
      known,
    );
    expect(problems).toHaveLength(6);
    expect(problems[0]).toMatch(/"cat".*NOPE/);
    expect(problems[1]).toMatch(/"from".*2021-13-45/);
    expect(problems.some((p) => /"sub".*"yes"/.test(p))).toBe(true);
    expect(problems.some((p) => /"lanes".*"colour"/.test(p))).toBe(true);
    expect(problems.some((p) => /"actors"/.test(p))).toBe(true);
    expect(problems[5]).toMatch(/needs both "from" and "to"/);
    // The good parameter applies; the bad ones keep their defaults.
    expect(state.filters.text).toBe('ok');
    expect(state.filters.categories).toEqual([]);
    expect(state.filters.includeSubActors).toBe(true);
    expect(state.laneGrouping).toBe('actor');
    // "to" alone cannot make a window: the default window stays (and that is said too).
    expect(state.filters.window).toEqual(FOCUS);
  });

  it('rejects impossible and badly written dates', () => {
    for (const bad of ['2021-02-30', '2021-8-1', '21-08-01', 'yesterday', '2021-08-01T00:00']) {
      const { state, problems } = parseUrl(`from=${bad}&to=2022-01-01`, BASE);
      expect(problems.length, bad).toBeGreaterThan(0);
      expect(state.filters.window).toEqual(FOCUS);
    }
  });

  it('needs both ends of a window, in order', () => {
    const fromOnly = parseUrl('from=2021-08-01', BASE);
    expect(fromOnly.problems).toEqual([
      'Ignored the time window: a link needs both "from" and "to".',
    ]);
    expect(fromOnly.state.filters.window).toEqual(FOCUS);
    const reversed = parseUrl('from=2022-01-01&to=2021-01-01', BASE);
    expect(reversed.problems[0]).toMatch(/"from" comes after "to"/);
    expect(reversed.state.filters.window).toEqual(FOCUS);
    // An open end is allowed: everything up to a day. It is written back as "..".
    const open = parseUrl('from=..&to=2021-01-01', BASE).state;
    expect(open.filters.window).toEqual([-Infinity, endOfDay('2021-01-01')]);
    expect(serialiseUrl(open, BASE)).toBe('from=..&to=2021-01-01');
  });

  it('ignores unknown parameters and unknown ids, naming them', () => {
    const { state, problems } = parseUrl('foo=1&actors=ttp,nobody&sel=talks,ttp,gone', BASE, known);
    expect(problems).toEqual([
      'Ignored the unknown link parameter "foo".',
      'Ignored unknown actor(s) in the link: nobody.',
      // An actor id is not an event or relation: it cannot be selected.
      'Ignored unknown selection in the link: ttp, gone.',
    ]);
    expect(state.filters.actors).toEqual(['ttp']);
    expect(state.selection).toEqual(['talks']);
  });

  it('reads the place filter (bbox=west,south,east,north) and the graph-or-map tab', () => {
    const { state, problems } = parseUrl('bbox=60.5,29.1,71.3,35.2&view=map', BASE);
    expect(problems).toEqual([]);
    expect(state.filters.bbox).toEqual([60.5, 29.1, 71.3, 35.2]);
    expect(state.mainView).toBe('map');
    expect(serialiseUrl(state, BASE)).toBe('bbox=60.5%2C29.1%2C71.3%2C35.2&view=map');
    // Across the antimeridian: west east of east is allowed.
    expect(parseUrl('bbox=170,-20,-170,-10', BASE).state.filters.bbox).toEqual([
      170, -20, -170, -10,
    ]);
    for (const bad of ['1,2,3', '0,0,200,10', '0,10,5,0', 'a,b,c,d', '1,2,3,4,5', '0,-95,1,1']) {
      const read = parseUrl(`bbox=${bad}&view=table`, BASE);
      expect(read.state.filters.bbox, bad).toBeNull();
      expect(read.state.mainView).toBe('graph');
      expect(read.problems[0], bad).toMatch(/"bbox"/);
      expect(read.problems[1]).toMatch(/"view": must be graph or map/);
    }
  });

  it('never throws, whatever the query', () => {
    for (const q of ['%', '?&&=&=', 'from=..', 'to=..', 'sel=%E0%A4%A', 'q=' + 'x'.repeat(600)]) {
      expect(() => parseUrl(q, BASE, known)).not.toThrow();
    }
    expect(parseUrl('q=' + 'x'.repeat(600), BASE).problems[0]).toMatch(/"q".*500/);
  });
});
