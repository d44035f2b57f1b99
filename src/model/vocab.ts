/**
 * The dataset format's closed vocabularies, as plain constants: the schema (schema.ts, zod)
 * builds its enums from them, and the page reads them without loading the validator.
 */

export const DATE_BASES = ['stated', 'resolved', 'external'] as const;

export const ACTOR_KINDS = [
  'state',
  'government',
  'military',
  'intelligence-agency',
  'armed-group',
  'political-party',
  'person',
  'social-group',
  'international',
] as const;

/** PLOVER event categories (the ontology that replaced CAMEO in POLECAT). */
export const PLOVER_CATEGORIES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

export const ROLES = ['initiator', 'target', 'mediator', 'affected', 'participant'] as const;

/**
 * How well a place is known, as dates have their precision: a point (a town with
 * coordinates), near a place, a district (second-level unit) or region (first-level unit or
 * a larger part of a country) known only as an area, a whole country, a border, or a place
 * over water or in the air. ACLED's geo_precision and UCDP's where_prec map onto these.
 */
export const LOCATION_PRECISIONS = [
  'point',
  'near',
  'district',
  'region',
  'country',
  'border',
  'water',
] as const;

export const RELATION_KINDS = [
  'supports',
  'influences',
  'opposes',
  'has-constituency-in',
  'emboldens',
  'controls',
  'perceives-threat-from',
  'allied-with',
] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Role = (typeof ROLES)[number];
export type Category = (typeof PLOVER_CATEGORIES)[number];
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];
export type RelationKind = (typeof RELATION_KINDS)[number];
