/**
 * The one palette of the app: every view takes its category, tie and glyph colours here,
 * as values (SVG and canvas marks) or through the `cat-*` classes that `paletteCss` writes
 * (swatches, highlights). Categories are grouped by PLOVER's four "quad" classes, each in
 * its own hue: verbal cooperation in blues and violets, material cooperation in greens,
 * verbal conflict in ambers and browns, material conflict in reds and magentas. Within a
 * family the colours differ in lightness as much as in hue, so they stay apart for readers
 * with red-green colour blindness; every colour keeps 3:1 contrast on white
 * (tests/unit/palette.test.ts checks both).
 */
import type { Category, RelationKind } from '../model/schema';

export type QuadClass =
  'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict';

/**
 * PLOVER's quad classes, as the PLOVER README defines them ("PLOVER quad categories",
 * github.com/openeventdata/PLOVER). REQUEST and ACCUSE are the later names of DEMAND and
 * DISAPPROVE (both verbal conflict); INVESTIGATE, CRIME and FIGHT are not in this schema.
 * Note that PLOVER counts SANCTION as verbal and PROTEST as material conflict.
 */
export const QUAD_FAMILIES: readonly {
  quad: QuadClass;
  name: string;
  categories: readonly Category[];
}[] = [
  {
    quad: 'verbal-cooperation',
    name: 'Verbal cooperation',
    categories: ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE'],
  },
  {
    quad: 'material-cooperation',
    name: 'Material cooperation',
    categories: ['COOPERATE', 'AID', 'RETREAT'],
  },
  {
    quad: 'verbal-conflict',
    name: 'Verbal conflict',
    categories: ['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SANCTION'],
  },
  {
    quad: 'material-conflict',
    name: 'Material conflict',
    categories: ['PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT'],
  },
];

export const QUAD_OF = Object.fromEntries(
  QUAD_FAMILIES.flatMap((f) => f.categories.map((c) => [c, f.quad])),
) as Record<Category, QuadClass>;

export const CATEGORY_COLOURS: Record<Category, string> = {
  AGREE: '#2954d2',
  CONSULT: '#8a73fe',
  SUPPORT: '#292585',
  CONCEDE: '#79739c',
  COOPERATE: '#068964',
  AID: '#14532d',
  RETREAT: '#319ea0',
  REQUEST: '#b36a04',
  ACCUSE: '#963b05',
  REJECT: '#533525',
  THREATEN: '#bd8269',
  SANCTION: '#82664f',
  PROTEST: '#c66a9d',
  MOBILIZE: '#b80759',
  COERCE: '#590a28',
  ASSAULT: '#e05562',
};

/** One colour per quad class, for marks that stand for a family (the graph's ties). */
export const QUAD_COLOURS: Record<QuadClass, string> = {
  'verbal-cooperation': '#2954d2',
  'material-cooperation': '#068964',
  'verbal-conflict': '#b36a04',
  'material-conflict': '#b80759',
};

/** Lasting relations (not dated incidents): a slate, apart from every category hue. */
export const RELATION_COLOUR = '#4b5563';
const HOSTILE: readonly RelationKind[] = ['opposes', 'perceives-threat-from'];
/** Lasting relations: hostile ties in the material-conflict colour, the rest in slate. */
export const relationColour = (kind: RelationKind) =>
  HOSTILE.includes(kind) ? QUAD_COLOURS['material-conflict'] : RELATION_COLOUR;

/** Graph actors are told apart by shape only: one neutral fill for all. */
export const NODE_FILL = '#9ca3af';
export const NODE_STROKE = '#374151';
export const KNOWN_COLOUR = '#111827';
export const CELL_COLOUR = '#3b5b8c';

/**
 * The stylesheet of the palette: `.cat-X { --cat: … }` for every category (and
 * `.cat-relation`), so that CSS (swatches, reader highlights) and SVG share the values.
 */
export function paletteCss(): string {
  const rules = Object.entries(CATEGORY_COLOURS).map(([c, hex]) => `.cat-${c}{--cat:${hex}}`);
  rules.push(`.cat-relation{--cat:${RELATION_COLOUR}}`);
  return rules.join('\n');
}

/** Adds the palette's stylesheet to the document once (main.tsx calls it before rendering). */
export function installPalette(doc: Document): void {
  if (doc.getElementById('traceline-palette')) return;
  const style = doc.createElement('style');
  style.id = 'traceline-palette';
  style.textContent = paletteCss();
  doc.head.appendChild(style);
}
