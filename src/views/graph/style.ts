/**
 * How the graph looks: a colour and a shape per actor kind (the shape repeats the colour's
 * meaning for readers who cannot tell the colours apart), and a colour per family of edge.
 */
import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { ActorKind, Category } from '../../model/schema';
import { isRelationKind } from '../../query/graph/labels';
import type { EdgeRole, GraphEdge } from '../../query/graph/derive';

export const KIND_COLOURS: Record<ActorKind, string> = {
  state: '#1f5fae',
  government: '#0f766e',
  military: '#4d7c0f',
  'intelligence-agency': '#6d28d9',
  'armed-group': '#b91c1c',
  'political-party': '#c2410c',
  person: '#92400e',
  'social-group': '#be185d',
  international: '#475569',
};

/** Shapes group the kinds: states, institutions, forces, armed groups, people and groups. */
export const KIND_SHAPES: Record<ActorKind, SymbolType> = {
  state: symbolCircle,
  international: symbolCircle,
  government: symbolSquare,
  'political-party': symbolSquare,
  military: symbolDiamond,
  'intelligence-agency': symbolDiamond,
  'armed-group': symbolTriangle,
  person: symbolWye,
  'social-group': symbolWye,
};

/** SVG path of a kind's mark with radius r (area matched to a circle of radius r). */
export function markPath(kind: ActorKind, r: number): string {
  return symbol(KIND_SHAPES[kind], Math.PI * r * r)() ?? '';
}

/** PLOVER categories fall into three families; lasting relations are a fourth. */
export type EdgeFamily = 'cooperation' | 'verbal-conflict' | 'material-conflict' | 'relation';

const FAMILY_OF: Record<Category, EdgeFamily> = {
  AGREE: 'cooperation',
  CONSULT: 'cooperation',
  SUPPORT: 'cooperation',
  CONCEDE: 'cooperation',
  COOPERATE: 'cooperation',
  AID: 'cooperation',
  RETREAT: 'cooperation',
  REQUEST: 'cooperation',
  ACCUSE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  PROTEST: 'verbal-conflict',
  SANCTION: 'material-conflict',
  MOBILIZE: 'material-conflict',
  COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
};

export const FAMILY_COLOURS: Record<EdgeFamily, string> = {
  cooperation: '#1f6fb2',
  'verbal-conflict': '#b45309',
  'material-conflict': '#b91c1c',
  relation: '#6b5b95',
};

export const FAMILY_LABELS: Record<EdgeFamily, string> = {
  cooperation: 'cooperation',
  'verbal-conflict': 'verbal conflict',
  'material-conflict': 'material conflict',
  relation: 'lasting tie',
};

/** What each family covers, for the legend's tooltips. */
export const FAMILY_HINTS: Record<EdgeFamily, string> = {
  cooperation: 'Agreements, talks, support, aid, requests, retreats',
  'verbal-conflict': 'Accusations, rejections, threats, protests',
  'material-conflict': 'Sanctions, mobilisation, coercion, assaults',
  relation: 'A lasting tie that is not a dated incident: support, influence, opposition…',
};

export const familyOf = (edge: Pick<GraphEdge, 'type'>): EdgeFamily =>
  isRelationKind(edge.type) ? 'relation' : FAMILY_OF[edge.type];

/** Dash pattern per role: events are solid, the rest are told apart by their dashes. */
export const ROLE_DASHES: Record<EdgeRole, string | undefined> = {
  direct: undefined,
  mutual: undefined,
  relation: '7 4',
  mediator: '2 3',
  affected: '1 4',
};

/** Stroke width by how many events an edge stands for. */
export const edgeWidth = (count: number) => Math.min(7, 1.25 + Math.log2(count) * 1.5);
