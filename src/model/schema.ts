/**
 * The Traceline dataset format, defined once with zod. The TypeScript types are inferred
 * from these schemas, and `data/schema/dataset.schema.json` is generated from them
 * (`npm run schema`), so the three can never disagree.
 *
 * Offsets are UTF-16 code units into the NFC-normalised `Source.text`.
 */
import { z } from './zod';
import {
  ACTOR_KINDS,
  DATE_BASES,
  LOCATION_PRECISIONS,
  PLOVER_CATEGORIES,
  RELATION_KINDS,
  ROLES,
} from './vocab';

// The vocabularies live apart (no zod) so that the page can use them without the validator.
export { ACTOR_KINDS, DATE_BASES, LOCATION_PRECISIONS, PLOVER_CATEGORIES, RELATION_KINDS, ROLES };
export type { ActorKind, Category, LocationPrecision, RelationKind, Role } from './vocab';

/** Ids are short, URL-safe slugs: they appear in links and in the URL state. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'an id is 1–64 lowercase letters, digits or hyphens');

/** An EDTF (ISO 8601-2) string. Parsing is checked by the validator, not here. */
export const Edtf = z.string().min(1).max(64).describe('An EDTF (ISO 8601-2) date or interval');

/** A date as a claim: what the text says, what that means, and on what basis. */
export const DateClaim = z.object({
  edtf: Edtf,
  basis: z
    .enum(DATE_BASES)
    .describe(
      'stated: the text gives it; resolved: a relative phrase read against the publication date; external: known from outside',
    ),
  phrase: z.string().optional().describe("The text's own words for the date, verbatim"),
  note: z.string().optional().describe('How the date was resolved'),
});

/** A date known from outside the report, with where it comes from. */
export const KnownDate = z.object({
  edtf: Edtf,
  citation: z.string().min(1).describe('Where the date is known from'),
  confidence: z.enum(['low', 'medium', 'high']).optional(),
  note: z.string().optional(),
});

/** W3C Web Annotation TextQuoteSelector. */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

/** W3C Web Annotation TextPositionSelector: [start, end) in UTF-16 code units. */
export const TextPositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/**
 * A cell of a data file: for evidence that is a coded record (a GDELT row), not a passage.
 * Rows are counted as a spreadsheet counts them: the first line of the file is row 1.
 */
export const RecordSelector = z.object({
  file: z.string().min(1),
  row: z.number().int().positive(),
  column: z.string().min(1),
});

/**
 * A passage of a source that supports an event or relation. When the source is a record,
 * `record` names the cell the event was coded from, and the quote selects that cell's value
 * in the source's stand-in text.
 */
export const Evidence = z.object({
  source: Id,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
  record: RecordSelector.optional().describe('The data cell this evidence stands on'),
  note: z.string().optional(),
});

/**
 * A source that is a row (or rows) of a data file rather than a text (GDELT codes events
 * from articles it does not publish). Its `text` is then a stand-in written by the importer
 * that says so; `url`, `publisher` and `published` name the article.
 */
export const SourceRecord = z.object({
  file: z.string().min(1).describe('The file the rows were read from'),
  rows: z.array(z.number().int().positive()).min(1).describe('The rows, counted from 1'),
  format: z.string().min(1).describe('The format of the file, e.g. "gdelt"'),
});

export const Source = z.object({
  id: Id,
  title: z.string().min(1),
  publisher: z.string().optional(),
  author: z.string().optional(),
  url: z.string().url().optional(),
  published: DateClaim.describe('Publication date; may be inferred (basis resolved) with a note'),
  summarises: z.string().optional().describe('The work this source reports on, if any'),
  record: SourceRecord.optional().describe('Set when the source is a data record, not a text'),
  text: z.string().min(1).describe('The canonical text, NFC-normalised; offsets point into it'),
});

export const Actor = z.object({
  id: Id,
  name: z.string().min(1),
  shortName: z.string().optional().describe('A short label for crowded views (TTP, ISI)'),
  aliases: z.array(z.string()).default([]),
  kind: z.enum(ACTOR_KINDS),
  parent: Id.optional().describe('The actor this one is part of (ISI → military → Pakistan)'),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code')
    .optional(),
  description: z.string().optional(),
});

/**
 * How a participant is known to be who it is. Without it, the text names the actor. The
 * report may only describe one ("a senior Pakistani general") that is identified from
 * outside: that identification carries a citation, as a known date does.
 */
export const Identification = z
  .object({
    basis: z
      .enum(['stated', 'external'])
      .describe('stated: the text names the actor; external: identified from outside the text'),
    phrase: z.string().optional().describe("The text's own words for the participant, verbatim"),
    citation: z.string().min(1).optional().describe('Where the identification comes from'),
    confidence: z.enum(['low', 'medium', 'high']).optional(),
    note: z.string().optional(),
  })
  .refine((x) => x.basis !== 'external' || x.citation !== undefined, {
    message: 'an identification from outside the text needs a citation',
    path: ['citation'],
  });

export const Participant = z.object({
  actor: Id,
  role: z.enum(ROLES),
  identified: Identification.optional(),
});

export const Location = z.object({
  name: z.string().min(1),
  precision: z.enum(LOCATION_PRECISIONS).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  between: z
    .array(z.string().regex(/^[A-Z]{3}$/))
    .length(2)
    .optional()
    .describe('For a border: the two countries it separates (ISO 3166-1 alpha-3)'),
});

/** An aggregate: "over 124 strikes" is one event with count 124 and qualifier "over". */
export const Magnitude = z.object({
  count: z.number().int().positive(),
  qualifier: z.enum(['exactly', 'over', 'at-least', 'about', 'under', 'several']),
  unit: z.string().min(1).describe('What is counted, e.g. "terrorist strikes"'),
});

/** Where an imported event came from: the outside format, its own id and original codes. */
export const Origin = z.object({
  format: z.string().min(1).describe('acled, ucdp-ged, gdelt, timelinejs…'),
  id: z.string().min(1).optional().describe("The record's own id (ACLED event_id_cnty…)"),
  codes: z
    .record(z.string(), z.string())
    .default({})
    .describe('The original codes, by their column names (event_type, EventCode…)'),
  note: z.string().optional().describe('How the category was chosen, and other import notes'),
});

export const Event = z.object({
  id: Id,
  title: z.string().min(1).max(200),
  summary: z.string().default(''),
  category: z.enum(PLOVER_CATEGORIES),
  mode: z.string().optional().describe('PLOVER mode, e.g. "airstrike" for ASSAULT'),
  context: z.array(z.string()).default([]).describe('PLOVER contexts'),
  acled: z
    .object({ eventType: z.string(), subEventType: z.string().optional() })
    .optional()
    .describe('ACLED event_type / sub_event_type, for interchange'),
  when: DateClaim,
  known: KnownDate.optional(),
  participants: z.array(Participant).min(1),
  location: Location.optional(),
  magnitude: Magnitude.optional(),
  evidence: z.array(Evidence).min(1, 'every event needs at least one evidence quote'),
  origin: Origin.optional().describe('For imported events: the record they came from'),
  dataset: Id.optional().describe('In a combined dataset: the part (in `combines`) it came from'),
});

/** A lasting tie between two actors that is not a dated incident. */
export const Relation = z.object({
  id: Id,
  kind: z.enum(RELATION_KINDS),
  from: Id,
  to: Id,
  title: z.string().min(1).max(200),
  summary: z.string().default(''),
  when: DateClaim.optional().describe('An EDTF interval such as "1947/.." or "../2021-08"'),
  evidence: z.array(Evidence).min(1, 'every relation needs at least one evidence quote'),
  dataset: Id.optional().describe('In a combined dataset: the part (in `combines`) it came from'),
});

/** One of the datasets a combined dataset was made from. */
export const Part = z.object({
  id: Id.describe('Its id in the library; prefixes the ids it brought'),
  title: z.string().min(1),
});

export const Dataset = z.object({
  $schema: z.string().optional(),
  format: z.literal('traceline/1'),
  id: Id,
  title: z.string().min(1),
  description: z.string().optional(),
  sources: z.array(Source).min(1),
  actors: z.array(Actor),
  events: z.array(Event),
  relations: z.array(Relation).default([]),
  combines: z
    .array(Part)
    .optional()
    .describe('Set when this dataset combines others: each event and relation names its part'),
});

export type DateClaim = z.infer<typeof DateClaim>;
export type KnownDate = z.infer<typeof KnownDate>;
export type Evidence = z.infer<typeof Evidence>;
export type RecordSelector = z.infer<typeof RecordSelector>;
export type Origin = z.infer<typeof Origin>;
export type Source = z.infer<typeof Source>;
export type Actor = z.infer<typeof Actor>;
export type Participant = z.infer<typeof Participant>;
export type Identification = z.infer<typeof Identification>;
export type Event = z.infer<typeof Event>;
export type Location = z.infer<typeof Location>;
export type Relation = z.infer<typeof Relation>;
export type Part = z.infer<typeof Part>;
export type Dataset = z.infer<typeof Dataset>;
/** What a dataset author writes: defaults (aliases, summary…) may be left out. */
export type DatasetInput = z.input<typeof Dataset>;
