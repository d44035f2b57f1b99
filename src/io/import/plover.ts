/**
 * Outside event codes to PLOVER categories.
 *
 * CAMEO: the crosswalk published with PLOVER (openeventdata/PLOVER, CAMEO2PLOVER-2021.txt)
 * maps each CAMEO code; most roots map whole, and the codes that leave their root are listed
 * by prefix below (the longest prefix wins). That crosswalk names REQUEST by its older name
 * DEMAND (CAMEO 10); CAMEO 02 (appeal) is a request too, as the PLOVER manual describes
 * REQUEST. CAMEO 01 (make a public statement) has no PLOVER category: PLOVER dropped plain
 * statements, so such rows are not imported (they are listed as skipped, not lost).
 *
 * ACLED: PLOVER publishes notes rather than a table, so each ACLED sub-event type is mapped
 * here through the CAMEO code that describes the same act (named in the comment); the choice
 * and its reason sit next to each line, as the seed dataset does in `mode`.
 */
import type { Category } from '../../model/schema';

export interface PloverCode {
  category: Category;
  mode?: string;
}

const CAMEO_ROOT: Record<string, Category | null> = {
  '01': null,
  '02': 'REQUEST',
  '03': 'AGREE',
  '04': 'CONSULT',
  '05': 'SUPPORT',
  '06': 'COOPERATE',
  '07': 'AID',
  '08': 'CONCEDE',
  '09': 'ACCUSE',
  '10': 'REQUEST',
  '11': 'ACCUSE',
  '12': 'REJECT',
  '13': 'THREATEN',
  '14': 'PROTEST',
  '15': 'MOBILIZE',
  '16': 'SANCTION',
  '17': 'COERCE',
  '18': 'ASSAULT',
  '19': 'ASSAULT',
  '20': 'ASSAULT',
};

/** Codes the crosswalk moves out of their root's category, by prefix. */
const CAMEO_EXCEPTIONS: Record<string, PloverCode> = {
  '084': { category: 'RETREAT', mode: 'release' },
  '085': { category: 'RETREAT', mode: 'ease' },
  '086': { category: 'RETREAT', mode: 'access' },
  '087': { category: 'RETREAT', mode: 'disarm' },
  '0871': { category: 'RETREAT', mode: 'ceasefire' },
  '0872': { category: 'RETREAT', mode: 'withdraw' },
  '0813': { category: 'RETREAT', mode: 'ease' },
  '0814': { category: 'RETREAT', mode: 'ease' },
  '163': { category: 'COERCE', mode: 'restrict' },
  '1712': { category: 'ASSAULT', mode: 'destroy' },
  '173': { category: 'COERCE', mode: 'arrest' },
  '191': { category: 'COERCE', mode: 'restrict' },
  '192': { category: 'COERCE', mode: 'confiscate' },
  '181': { category: 'ASSAULT', mode: 'abduct' },
  '183': { category: 'ASSAULT', mode: 'suicide-attack' },
  '186': { category: 'ASSAULT', mode: 'assassinate' },
  '193': { category: 'ASSAULT', mode: 'firearms' },
  '194': { category: 'ASSAULT', mode: 'heavy-weapons' },
  '195': { category: 'ASSAULT', mode: 'heavy-weapons' },
};

/** CAMEO root codes' names (the CAMEO codebook), for event titles. */
export const CAMEO_ROOT_NAMES: Record<string, string> = {
  '01': 'Make public statement',
  '02': 'Appeal',
  '03': 'Express intent to cooperate',
  '04': 'Consult',
  '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  '10': 'Demand',
  '11': 'Disapprove',
  '12': 'Reject',
  '13': 'Threaten',
  '14': 'Protest',
  '15': 'Exhibit force posture',
  '16': 'Reduce relations',
  '17': 'Coerce',
  '18': 'Assault',
  '19': 'Fight',
  '20': 'Use unconventional mass violence',
};

/** The PLOVER category of a CAMEO code ('0256', '190'); null for 01 and unknown codes. */
export function cameoToPlover(code: string): PloverCode | null {
  if (!/^\d{2,4}$/.test(code)) return null;
  for (let n = code.length; n >= 3; n--) {
    const hit = CAMEO_EXCEPTIONS[code.slice(0, n)];
    if (hit) return hit;
  }
  const root = CAMEO_ROOT[code.slice(0, 2)];
  return root ? { category: root } : null;
}

/** ACLED sub-event types, each with the CAMEO act it matches. */
const ACLED_SUB: Record<string, PloverCode> = {
  'armed clash': { category: 'ASSAULT', mode: 'firearms' }, // 193 fight with small arms
  'government regains territory': { category: 'ASSAULT', mode: 'territory' }, // 19 fight; the capture is by force
  'non-state actor overtakes territory': { category: 'ASSAULT', mode: 'territory' }, // as above
  'air/drone strike': { category: 'ASSAULT', mode: 'airstrike' }, // 195 employ aerial weapons
  'suicide bomb': { category: 'ASSAULT', mode: 'suicide-attack' }, // 1831
  'shelling/artillery/missile attack': { category: 'ASSAULT', mode: 'heavy-weapons' }, // 194
  'remote explosive/landmine/ied': { category: 'ASSAULT', mode: 'explosives' }, // 1833 roadside bombing
  grenade: { category: 'ASSAULT', mode: 'explosives' }, // 183 non-military bombing
  attack: { category: 'ASSAULT' }, // 18 assault
  'abduction/forced disappearance': { category: 'ASSAULT', mode: 'abduct' }, // 181
  'sexual violence': { category: 'ASSAULT', mode: 'sexual' }, // 1821
  'peaceful protest': { category: 'PROTEST', mode: 'demo' }, // 141 demonstrate or rally
  'protest with intervention': { category: 'PROTEST', mode: 'demo' }, // the protest is the act; the intervention is noted by ACLED's type
  'excessive force against protesters': { category: 'ASSAULT', mode: 'repression' }, // 175 violent repression
  'violent demonstration': { category: 'PROTEST', mode: 'riot' }, // 145 protest violently, riot
  'mob violence': { category: 'PROTEST', mode: 'riot' }, // 145: ACLED counts it as a riot, not an organised attack
  agreement: { category: 'AGREE' }, // 03: an agreement reached, not yet carried out
  arrests: { category: 'COERCE', mode: 'arrest' }, // 173
  'change to group/activity': { category: 'MOBILIZE' }, // choice: a group's change of posture is closest to 15
  'disrupted weapons use': { category: 'COERCE', mode: 'confiscate' }, // 1711: weapons seized or defused
  'headquarters or base established': { category: 'MOBILIZE', mode: 'troops' }, // 154 increase armed forces
  'looting/property destruction': { category: 'ASSAULT', mode: 'destroy' }, // 1712 destroy property
  'non-violent transfer of territory': { category: 'RETREAT', mode: 'withdraw' }, // 0872/0874 withdraw
  other: { category: 'MOBILIZE' }, // choice: ACLED's "other" strategic developments are non-violent moves
};

/** When a sub-event type is missing or unknown, the event type alone. */
const ACLED_TYPE: Record<string, PloverCode> = {
  battles: { category: 'ASSAULT' },
  'explosions/remote violence': { category: 'ASSAULT' },
  'violence against civilians': { category: 'ASSAULT' },
  protests: { category: 'PROTEST' },
  riots: { category: 'PROTEST', mode: 'riot' },
  'strategic developments': { category: 'MOBILIZE' },
};

export function acledToPlover(eventType: string, subEventType: string): PloverCode | null {
  const key = (s: string) => s.trim().toLowerCase();
  return ACLED_SUB[key(subEventType)] ?? ACLED_TYPE[key(eventType)] ?? null;
}

export const isAcledEventType = (s: string) => Object.hasOwn(ACLED_TYPE, s.trim().toLowerCase());
