/**
 * Several datasets as one. Pure.
 *
 * Every id is prefixed with its part's id ("seed-ttp", "acled-1k2j3h-pak1001"), and every
 * reference (participants, parents, relation ends, evidence sources) is rewritten with it,
 * so no two parts can collide. Actors the caller says are the same merge into the one of
 * the earliest part: it keeps its id and fields, gains the others' names as aliases, and
 * takes a parent or country it lacked. Each event and relation names its part, and the
 * combined dataset lists the parts with their titles.
 */
import type { Actor, Dataset, Evidence, Event, Part, Participant, Relation } from './schema';
import type { ActorRef } from './matchActors';
import { shortHash } from './hash';

export interface CombinePart {
  /** A short id (a library id): the prefix of the part's ids. */
  id: string;
  title: string;
  dataset: Dataset;
}

const MAX_ID = 64;

/** A part's id for one of its own ids; too long a result is cut and hashed to stay unique. */
export function prefixed(part: string, id: string): string {
  const whole = `${part}-${id}`;
  if (whole.length <= MAX_ID) return whole;
  const hash = shortHash(id);
  return `${whole.slice(0, MAX_ID - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}

/** Union-find over actor refs: each group's root is its earliest member. */
class Groups {
  private readonly up = new Map<string, string>();
  constructor(private readonly order: (key: string) => number) {}
  root(key: string): string {
    let k = key;
    for (let u = this.up.get(k); u !== undefined && u !== k; u = this.up.get(k)) k = u;
    if (k !== key) this.up.set(key, k);
    return k;
  }
  join(a: string, b: string) {
    const [x, y] = [this.root(a), this.root(b)];
    if (x === y) return;
    if (this.order(x) < this.order(y)) this.up.set(y, x);
    else this.up.set(x, y);
  }
}

const refKey = (part: number, id: string) => `${part}\u0000${id}`;

/** Combines `parts` (in order), merging each pair of actors in `merges`. */
export function combineDatasets(
  parts: readonly CombinePart[],
  merges: readonly (readonly [ActorRef, ActorRef])[],
): Dataset {
  // Actor order: part, then position; the earliest of a group survives.
  const position = new Map<string, number>();
  const actorAt = new Map<string, Actor>();
  parts.forEach((p, i) =>
    p.dataset.actors.forEach((a) => {
      position.set(refKey(i, a.id), position.size);
      actorAt.set(refKey(i, a.id), a);
    }),
  );
  const groups = new Groups((k) => position.get(k)!);
  for (const [a, b] of merges) {
    const [x, y] = [refKey(a.part, a.id), refKey(b.part, b.id)];
    if (position.has(x) && position.has(y) && a.part !== b.part) groups.join(x, y);
  }
  const actorId = (part: number, id: string) => {
    const root = groups.root(refKey(part, id));
    const cut = root.indexOf('\u0000');
    return prefixed(parts[Number(root.slice(0, cut))]!.id, root.slice(cut + 1));
  };

  // Members of each surviving actor (their keys), in order.
  const members = new Map<string, string[]>();
  for (const key of position.keys()) {
    const root = groups.root(key);
    members.set(root, [...(members.get(root) ?? []), key]);
  }
  const partOf = (key: string) => Number(key.slice(0, key.indexOf('\u0000')));
  const parentOf = new Map<string, [string | undefined, string | undefined]>();
  const actors: Actor[] = [];
  for (const [root, keys] of members) {
    const [first, ...rest] = keys.map((k) => actorAt.get(k)!) as [Actor, ...Actor[]];
    const id = prefixed(parts[partOf(root)]!.id, first.id);
    const aliases = new Set(first.aliases);
    for (const other of rest) {
      for (const n of [other.name, other.shortName, ...other.aliases]) {
        if (n && n !== first.name) aliases.add(n);
      }
    }
    const merged: Actor = { ...first, id, aliases: [...aliases] };
    const country = first.country ?? rest.find((a) => a.country)?.country;
    if (country) merged.country = country;
    actors.push(merged);
    // Parents are mapped once every actor has its id: its own first, then one borrowed.
    const own = first.parent === undefined ? undefined : actorId(partOf(root), first.parent);
    const lender = keys.slice(1).find((k) => actorAt.get(k)!.parent !== undefined);
    const borrowed = lender && actorId(partOf(lender), actorAt.get(lender)!.parent!);
    parentOf.set(id, [own, borrowed]);
  }
  setParents(actors, parentOf);

  const events: Event[] = [];
  const relations: Relation[] = [];
  const sources: Dataset['sources'] = [];
  parts.forEach((p, i) => {
    const at = (id: string) => prefixed(p.id, id);
    const evidence = (list: readonly Evidence[]) =>
      list.map((e) => ({ ...e, source: at(e.source) }));
    for (const s of p.dataset.sources) sources.push({ ...s, id: at(s.id) });
    for (const e of p.dataset.events) {
      events.push({
        ...e,
        id: at(e.id),
        participants: participants(e.participants, (a) => actorId(i, a)),
        evidence: evidence(e.evidence),
        dataset: p.id,
      });
    }
    for (const r of p.dataset.relations) {
      const [from, to] = [actorId(i, r.from), actorId(i, r.to)];
      relations.push({
        ...r,
        id: at(r.id),
        from,
        to,
        evidence: evidence(r.evidence),
        dataset: p.id,
      });
    }
  });

  const combines: Part[] = parts.map((p) => ({ id: p.id, title: p.title }));
  return {
    format: 'traceline/1',
    id: prefixed('combined', shortHash(parts.map((p) => p.id).join())),
    ...namesOf(combines),
    sources,
    actors,
    events,
    relations,
    combines,
  };
}

/** A combination's title and description, from its parts' titles. */
function namesOf(combines: readonly Part[]): { title: string; description: string } {
  return {
    title: combines.map((p) => p.title).join(' + '),
    description: `Combines ${combines.length} datasets: ${combines.map((p) => `“${p.title}”`).join(', ')}.`,
  };
}

/**
 * The combination with one part renamed: the part's title, and the title and description
 * made from them. A dataset that does not combine that part comes back as it is.
 */
export function retitlePart(dataset: Dataset, part: string, title: string): Dataset {
  if (!dataset.combines?.some((p) => p.id === part)) return dataset;
  const combines = dataset.combines.map((p) => (p.id === part ? { ...p, title } : p));
  return { ...dataset, combines, ...namesOf(combines) };
}

/** Participants with merged actors: one entry per actor and role. */
function participants(list: readonly Participant[], id: (a: string) => string): Participant[] {
  const seen = new Set<string>();
  const out: Participant[] = [];
  for (const p of list) {
    const actor = id(p.actor);
    const key = `${actor} ${p.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...p, actor });
  }
  return out;
}

/**
 * Sets each actor's parent: the parents its own dataset gave first, then those borrowed from
 * a merged actor, leaving out any that would make an actor its own ancestor.
 */
function setParents(
  actors: Actor[],
  parentOf: ReadonlyMap<string, readonly [string | undefined, string | undefined]>,
) {
  const chosen = new Map<string, string>();
  const ancestorOf = (id: string, of: string) => {
    for (let p: string | undefined = id, n = 0; p !== undefined && n <= actors.length; n++) {
      if (p === of) return true;
      p = chosen.get(p);
    }
    return false;
  };
  for (const a of actors) delete a.parent;
  for (const pass of [0, 1] as const) {
    for (const a of actors) {
      const parent = parentOf.get(a.id)?.[pass];
      if (chosen.has(a.id) || parent === undefined || ancestorOf(parent, a.id)) continue;
      chosen.set(a.id, parent);
      a.parent = parent;
    }
  }
}
