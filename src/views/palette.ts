/**
 * The one palette of the app (categories, relations, glyphs): every view takes its colours
 * here. Categories share a hue by PLOVER family — cooperation in blues and greens, verbal conflict in purples and oranges, material conflict in reds — and
 * every colour keeps at least 3:1 contrast on white.
 */
import type { Category, RelationKind } from '../model/schema';

export const CATEGORY_COLOURS: Record<Category, string> = {
  AGREE: '#1d4ed8',
  CONSULT: '#0e7490',
  SUPPORT: '#15803d',
  CONCEDE: '#4d7c0f',
  COOPERATE: '#0f766e',
  AID: '#047857',
  RETREAT: '#52525b',
  REQUEST: '#6d28d9',
  ACCUSE: '#b45309',
  REJECT: '#c2410c',
  THREATEN: '#be185d',
  PROTEST: '#9333ea',
  SANCTION: '#a16207',
  MOBILIZE: '#9f1239',
  COERCE: '#b91c1c',
  ASSAULT: '#dc2626',
};

export const CATEGORY_FAMILIES: { name: string; categories: Category[] }[] = [
  {
    name: 'Cooperation',
    categories: ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT'],
  },
  { name: 'Verbal conflict', categories: ['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST'] },
  { name: 'Material conflict', categories: ['SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] },
];

const HOSTILE: readonly RelationKind[] = ['opposes', 'perceives-threat-from'];

/** Lasting relations: hostile ties in red, the rest in slate blue. */
export const relationColour = (kind: RelationKind) =>
  HOSTILE.includes(kind) ? '#b91c1c' : '#475f8a';

export const KNOWN_COLOUR = '#111827';
export const CELL_COLOUR = '#3b5b8c';
