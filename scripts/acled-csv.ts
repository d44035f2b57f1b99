/**
 * Deterministic ACLED-shaped CSV for the import bench and the big-file browser test: the
 * columns of a real export (as tests/fixtures/import/acled.csv), every row valid, about 330
 * bytes a row, so 300k rows make about 100 MB. The same options give the same bytes.
 */
import { seededRandom } from '../src/query/random';

const HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';

const COUNTRIES = [
  {
    name: 'Pakistan',
    code: 'PAK',
    iso: 586,
    admin: ['Khyber Pakhtunkhwa', 'Balochistan', 'Punjab', 'Sindh'],
  },
  {
    name: 'Afghanistan',
    code: 'AFG',
    iso: 4,
    admin: ['Kabul', 'Kandahar', 'Nangarhar', 'Helmand'],
  },
  {
    name: 'India',
    code: 'IND',
    iso: 356,
    admin: ['Jammu and Kashmir', 'Punjab', 'Manipur', 'Assam'],
  },
  { name: 'Bangladesh', code: 'BGD', iso: 50, admin: ['Dhaka', 'Chittagong', 'Khulna', 'Sylhet'] },
];
/** [event type, sub-event type, verb, inter code of the second actor or '' for none]. */
const TYPES = [
  ['Battles', 'Armed clash', 'clashed with', '2'],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack', 'shelled positions of', '2'],
  ['Explosions/Remote violence', 'Remote explosive/landmine/IED', 'set off an IED against', '1'],
  ['Violence against civilians', 'Attack', 'attacked', '7'],
  ['Protests', 'Peaceful protest', 'held a protest against', ''],
  ['Riots', 'Violent demonstration', 'rioted against', ''],
  ['Strategic developments', 'Arrests', 'arrested members of', '2'],
] as const;
const GROUPS = [
  'Liberation Front',
  'Defence Council',
  'Tribal Militia',
  'Student Union',
  'Workers Party',
];
const PLACES = ['Miran', 'Khar', 'Wana', 'Kot', 'Pur', 'Abad', 'Garh', 'Nagar', 'Ganj', 'Bagh'];
const FILLER = [
  'Local officials confirmed the incident to reporters.',
  'Residents said shops stayed closed for the rest of the day.',
  'Security was tightened across the district afterwards.',
  'Several people were reported injured; figures differ by source.',
];
const SOURCES = ['Dawn', 'Express Tribune', 'The News', 'Pajhwok', 'Daily Star', 'The Hindu'];

const pad = (n: number) => String(n).padStart(2, '0');
const DAY = 86_400_000;
const START = Date.UTC(2018, 0, 1);

export function acledCsv({ rows, seed = 1 }: { rows: number; seed?: number }): string {
  const r = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const out: string[] = [HEADER];
  for (let n = 1; n <= rows; n++) {
    const c = pick(COUNTRIES);
    const [type, sub, verb, inter2] = pick(TYPES);
    const day = new Date(START + Math.floor(r() * 2500) * DAY);
    const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    const precision = r() < 0.85 ? 1 : r() < 0.7 ? 2 : 3;
    const state = `Military Forces of ${c.name} (${r() < 0.5 ? '2018-2022' : '2022-'})`;
    const group = `${pick(GROUPS)} ${1 + Math.floor(r() * 30)} (${c.name})`;
    const [actor1, inter1] = inter2 === '1' || inter2 === '' ? [group, '2'] : [state, '1'];
    const actor2 =
      inter2 === ''
        ? ''
        : inter2 === '1'
          ? state
          : inter2 === '7'
            ? `Civilians (${c.name})`
            : group;
    const admin1 = pick(c.admin);
    const location = `${pick(PLACES)} ${pick(PLACES).toLowerCase()}`;
    const fatalities = type === 'Protests' ? 0 : Math.floor(r() * r() * 12);
    const extra = r() < 0.3 ? ` ${pick(FILLER)}` : '';
    const notes = `On ${date}, ${actor1} ${verb} ${actor2 || 'the police'} near ${location}.${extra}`;
    out.push(
      [
        `${c.code}${n}`,
        date,
        day.getUTCFullYear(),
        precision,
        type === 'Protests' || type === 'Riots' ? 'Demonstrations' : 'Political violence',
        type,
        sub,
        actor1,
        '',
        inter1,
        actor2,
        '',
        inter2 === '' ? '' : inter2,
        `${inter1}${inter2}`,
        inter2 === '7' ? 'Civilian targeting' : '',
        c.iso,
        'Southern Asia',
        c.name,
        admin1,
        '',
        '',
        location,
        (24 + r() * 12).toFixed(4),
        (62 + r() * 28).toFixed(4),
        1 + Math.floor(r() * 3),
        pick(SOURCES),
        'National',
        `"${notes}"`,
        fatalities,
        '',
        1_600_000_000 + n,
      ].join(','),
    );
  }
  return out.join('\n') + '\n';
}
