/**
 * Words for the graph: actor kinds, what an edge stands for, and the accessible names of
 * nodes and edges ("Pakistan to TTP: 2 assaults").
 */
import type { Actor, ActorKind, Category, RelationKind } from '../../model/schema';
import type { EdgeRole, GraphEdge, GraphNode } from './derive';

export const KIND_LABELS: Record<ActorKind, string> = {
  state: 'state',
  government: 'government',
  military: 'military',
  'intelligence-agency': 'intelligence agency',
  'armed-group': 'armed group',
  'political-party': 'political party',
  person: 'person',
  'social-group': 'social or religious group',
  international: 'international actor',
};

/** A PLOVER category as a countable noun: [singular, plural]. */
export const CATEGORY_NOUNS: Record<Category, readonly [string, string]> = {
  AGREE: ['agreement', 'agreements'],
  CONSULT: ['consultation', 'consultations'],
  SUPPORT: ['act of support', 'acts of support'],
  CONCEDE: ['concession', 'concessions'],
  COOPERATE: ['act of cooperation', 'acts of cooperation'],
  AID: ['act of aid', 'acts of aid'],
  RETREAT: ['retreat', 'retreats'],
  REQUEST: ['request', 'requests'],
  ACCUSE: ['accusation', 'accusations'],
  REJECT: ['rejection', 'rejections'],
  THREATEN: ['threat', 'threats'],
  PROTEST: ['protest', 'protests'],
  SANCTION: ['sanction', 'sanctions'],
  MOBILIZE: ['mobilisation', 'mobilisations'],
  COERCE: ['act of coercion', 'acts of coercion'],
  ASSAULT: ['assault', 'assaults'],
};

export const RELATION_LABELS: Record<RelationKind, string> = {
  supports: 'supports',
  influences: 'influences',
  opposes: 'opposes',
  'has-constituency-in': 'has a constituency in',
  emboldens: 'emboldens',
  controls: 'controls',
  'perceives-threat-from': 'perceives a threat from',
  'allied-with': 'allied with',
};

/** How the two ends of an edge are joined in its name. */
const JOINTS: Record<EdgeRole, string> = {
  direct: 'to',
  affected: 'affecting',
  mediator: 'mediating with',
  mutual: 'and',
  relation: 'to',
};

/** The label a crowded view shows: the short name where there is one. */
export const shortLabel = (actor: Actor) => actor.shortName ?? actor.name;

export const isRelationKind = (type: string): type is RelationKind => type in RELATION_LABELS;

/** "2 assaults", "1 consultation", "supports (lasting tie)". */
export function describeEdgeType(edge: Pick<GraphEdge, 'type' | 'count'>): string {
  if (isRelationKind(edge.type)) return `${RELATION_LABELS[edge.type]} (lasting tie)`;
  const [one, many] = CATEGORY_NOUNS[edge.type];
  return `${edge.count} ${edge.count === 1 ? one : many}`;
}

/**
 * "Pakistan to TTP: 2 assaults", "Afghan Taliban mediating with TTP: 2 consultations",
 * "Government of Pakistan and TTP: 1 consultation" (a tie with no direction).
 */
export function edgeName(edge: GraphEdge, actor: (id: string) => Actor | undefined): string {
  const from = shortLabel(actor(edge.source) ?? unknownActor(edge.source));
  const to = shortLabel(actor(edge.target) ?? unknownActor(edge.target));
  return `${from} ${JOINTS[edge.role]} ${to}: ${describeEdgeType(edge)}`;
}

/** "Tehrik-e-Taliban Pakistan, armed group, 6 events". */
export function nodeName(node: GraphNode): string {
  const events = `${node.eventCount} event${node.eventCount === 1 ? '' : 's'}`;
  const relations =
    node.relationCount > 0
      ? `, ${node.relationCount} lasting tie${node.relationCount === 1 ? '' : 's'}`
      : '';
  return `${node.actor.name}, ${KIND_LABELS[node.actor.kind]}, ${events}${relations}`;
}

function unknownActor(id: string): Actor {
  return { id, name: id, aliases: [], kind: 'social-group' };
}

/** Splits a label into at most two lines of about `width` characters, with an ellipsis. */
export function wrapLabel(label: string, width = 14): string[] {
  if (label.length <= width) return [label];
  const words = label.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && `${line} ${w}`.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  lines.push(line);
  if (lines.length <= 2) return lines.map((l) => clip(l, width + 4));
  return [clip(lines[0]!, width + 4), clip(lines.slice(1).join(' '), width)];
}

const clip = (text: string, width: number) =>
  text.length <= width ? text : `${text.slice(0, width - 1).trimEnd()}…`;
