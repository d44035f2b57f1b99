/**
 * How the graph looks. Actor kinds are told apart by shape alone, on one neutral fill
 * (solid or hollow), so that colour is left to the ties: each tie takes the colour of its
 * PLOVER quad class from the one palette (views/palette.ts), lasting ties a slate.
 */
import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { ActorKind } from '../../model/schema';
import { isRelationKind } from '../../query/graph/labels';
import type { EdgeRole, GraphEdge } from '../../query/graph/derive';
import {
  NODE_FILL,
  NODE_STROKE,
  QUAD_COLOURS,
  QUAD_OF,
  RELATION_COLOUR,
  type QuadClass,
} from '../palette';

/** A shape per kind; kinds of a kindred sort share a shape, one solid and one hollow. */
export const KIND_SHAPES: Record<ActorKind, { shape: SymbolType; hollow: boolean }> = {
  state: { shape: symbolCircle, hollow: false },
  international: { shape: symbolCircle, hollow: true },
  government: { shape: symbolSquare, hollow: false },
  'political-party': { shape: symbolSquare, hollow: true },
  military: { shape: symbolDiamond, hollow: false },
  'intelligence-agency': { shape: symbolDiamond, hollow: true },
  'armed-group': { shape: symbolTriangle, hollow: false },
  person: { shape: symbolStar, hollow: false },
  'social-group': { shape: symbolWye, hollow: false },
};

/** SVG path of a kind's mark with radius r (area matched to a circle of radius r). */
export function markPath(kind: ActorKind, r: number): string {
  return symbol(KIND_SHAPES[kind].shape, Math.PI * r * r)() ?? '';
}

/** Fill and outline of a kind's mark: the neutral fill, or white inside for a hollow shape. */
export const nodePaint = (kind: ActorKind) =>
  KIND_SHAPES[kind].hollow
    ? { fill: '#ffffff', stroke: NODE_STROKE, strokeWidth: 2 }
    : { fill: NODE_FILL, stroke: NODE_STROKE, strokeWidth: 1 };

/** A tie's colour family: the PLOVER quad class of its events, or a lasting tie. */
export type EdgeFamily = QuadClass | 'relation';

export const EDGE_FAMILIES: readonly EdgeFamily[] = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
  'relation',
];

export const FAMILY_COLOURS: Record<EdgeFamily, string> = {
  ...QUAD_COLOURS,
  relation: RELATION_COLOUR,
};

export const FAMILY_LABELS: Record<EdgeFamily, string> = {
  'verbal-cooperation': 'verbal cooperation',
  'material-cooperation': 'material cooperation',
  'verbal-conflict': 'verbal conflict',
  'material-conflict': 'material conflict',
  relation: 'lasting tie',
};

/** What each family covers, for the legend's tooltips. */
export const FAMILY_HINTS: Record<EdgeFamily, string> = {
  'verbal-cooperation': 'Agreements, consultations, support, concessions',
  'material-cooperation': 'Cooperation, aid, retreats',
  'verbal-conflict': 'Requests, accusations, rejections, threats, sanctions',
  'material-conflict': 'Protests, mobilisation, coercion, assaults',
  relation: 'A lasting tie that is not a dated incident: support, influence, opposition…',
};

export const familyOf = (edge: Pick<GraphEdge, 'type'>): EdgeFamily =>
  isRelationKind(edge.type) ? 'relation' : QUAD_OF[edge.type];

/**
 * Two dash styles only: events between the two actors are solid, lasting ties dashed, and
 * events the actors are only party to (one mediates, or is affected) dotted.
 */
export const ROLE_DASHES: Record<EdgeRole, string | undefined> = {
  direct: undefined,
  mutual: undefined,
  relation: '7 4',
  mediator: '1.5 3.5',
  affected: '1.5 3.5',
};
/** Stroke width by how many events an edge stands for. */
export const edgeWidth = (count: number) => Math.min(7, 1.25 + Math.log2(count) * 1.5);
