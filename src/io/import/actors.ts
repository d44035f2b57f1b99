/**
 * Actors met while importing, one per institution. ACLED writes a government's forces with
 * the regime's years ("Military Forces of Pakistan (2018-2022)", then "(2022-)"): the same
 * institution, so the years are folded away and each period is kept as an alias and in the
 * description.
 */
import type { Actor, ActorKind } from '../../model/schema';
import { IdPool } from './common';

const REGIME_YEARS = /\s*\((\d{4})-(\d{4})?\)\s*$/;

/** The name without a regime-year suffix, and the period it named (if any). */
export function foldRegimeYears(name: string): { base: string; period: string | null } {
  const m = REGIME_YEARS.exec(name);
  if (!m) return { base: name.trim(), period: null };
  return { base: name.slice(0, m.index).trim(), period: `${m[1]}-${m[2] ?? ''}` };
}

export class ActorTable {
  private readonly byKey = new Map<string, Actor>();
  private readonly periods = new Map<string, Set<string>>();
  constructor(private readonly ids: IdPool) {}

  /** The id of the actor with this name, made on first sight with the given kind. */
  add(rawName: string, kind: ActorKind, extra: Partial<Actor> = {}): string {
    const name = rawName.replace(/\s+/g, ' ').trim();
    const { base, period } = foldRegimeYears(name);
    const key = base.toLowerCase();
    let actor = this.byKey.get(key);
    if (!actor) {
      actor = { id: this.ids.take(base, 'actor'), name: base, aliases: [], kind, ...extra };
      this.byKey.set(key, actor);
    }
    if (name !== base && !actor.aliases.includes(name)) actor.aliases.push(name);
    if (period) {
      const set = this.periods.get(actor.id) ?? new Set<string>();
      set.add(period);
      this.periods.set(actor.id, set);
    }
    return actor.id;
  }

  /** The actors, with the regime periods each was written with. */
  list(): Actor[] {
    return [...this.byKey.values()].map((a) => {
      const periods = this.periods.get(a.id);
      if (!periods) return a;
      const note = `Written with regime years: ${[...periods].sort().join(', ')}.`;
      return { ...a, description: a.description ? `${a.description} ${note}` : note };
    });
  }
}
