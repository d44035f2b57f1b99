import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Dataset, PLOVER_CATEGORIES, type Event } from '../../src/model/schema';
import { apply, inverse, type Command } from '../../src/edit/commands';
import {
  addEvidence,
  addItem,
  changeItem,
  changeSource,
  deleteItem,
  freshId,
  isError,
  removeEvidence,
  setDate,
  batch,
  type Built,
} from '../../src/edit/build';
import { EMPTY_HISTORY, execute, redo, undo, type History } from '../../src/edit/history';
import { fixture } from './helpers';

const base = () => Dataset.parse(fixture());

/** One edit a person could make, chosen by fast-check; `pick` chooses the target. */
const editArb = fc.record({
  kind: fc.constantFrom(
    'addEvent',
    'changeEvent',
    'deleteEvent',
    'addActor',
    'changeActor',
    'deleteActor',
    'addRelation',
    'deleteRelation',
    'addEvidence',
    'removeEvidence',
    'setWhen',
    'clearKnown',
    'source',
    'batch',
  ),
  pick: fc.nat(),
  word: fc.string({ minLength: 1, maxLength: 12 }),
  category: fc.constantFrom(...PLOVER_CATEGORIES),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function build(ds: Dataset, e: Edit): Built {
  const at = <T>(list: readonly T[]) => (list.length ? list[e.pick % list.length] : undefined);
  const event = at(ds.events);
  const actor = at(ds.actors);
  const text = ds.sources[0]!.text;
  const start = e.pick % Math.max(1, text.length - 5);
  const evidence = {
    source: ds.sources[0]!.id,
    quote: { type: 'TextQuoteSelector' as const, exact: text.slice(start, start + 5) },
    position: { type: 'TextPositionSelector' as const, start, end: start + 5 },
  };
  const newEvent = (): Event => ({
    id: freshId(ds, e.word, 'event'),
    title: e.word,
    summary: '',
    category: e.category,
    context: [],
    when: { edtf: '2022', basis: 'stated' },
    participants: [{ actor: actor?.id ?? 'state', role: 'initiator' }],
    evidence: [evidence],
  });
  switch (e.kind) {
    case 'addEvent':
      return addItem(ds, 'events', newEvent());
    case 'changeEvent':
      return event
        ? changeItem(ds, 'events', event.id, { title: e.word, category: e.category })
        : { error: 'none' };
    case 'deleteEvent':
      return event ? deleteItem(ds, 'events', event.id) : { error: 'none' };
    case 'addActor':
      return addItem(ds, 'actors', {
        id: freshId(ds, e.word, 'actor'),
        name: e.word,
        aliases: [],
        kind: 'person',
      });
    case 'changeActor':
      return actor ? changeItem(ds, 'actors', actor.id, { aliases: [e.word] }) : { error: 'none' };
    case 'deleteActor':
      return actor ? deleteItem(ds, 'actors', actor.id) : { error: 'none' };
    case 'addRelation': {
      const to = at([...ds.actors].reverse());
      if (!actor || !to) return { error: 'none' };
      return addItem(ds, 'relations', {
        id: freshId(ds, `rel ${e.word}`),
        kind: 'opposes',
        from: actor.id,
        to: to.id,
        title: e.word,
        summary: '',
        evidence: [evidence],
      });
    }
    case 'deleteRelation': {
      const r = at(ds.relations);
      return r ? deleteItem(ds, 'relations', r.id) : { error: 'none' };
    }
    case 'addEvidence':
      return event ? addEvidence(ds, event.id, evidence) : { error: 'none' };
    case 'removeEvidence':
      return event ? removeEvidence(ds, event.id, e.pick % 3) : { error: 'none' };
    case 'setWhen':
      return event
        ? setDate(ds, event.id, 'when', {
            edtf: `20${10 + (e.pick % 20)}`,
            basis: 'stated',
            phrase: e.word,
          })
        : { error: 'none' };
    case 'clearKnown':
      return event ? setDate(ds, event.id, 'known', undefined) : { error: 'none' };
    case 'source':
      return changeSource(ds, ds.sources[0]!.id, { title: e.word });
    case 'batch': {
      const a = addItem(ds, 'actors', {
        id: freshId(ds, e.word, 'actor'),
        name: e.word,
        aliases: [],
        kind: 'person',
      });
      return isError(a) ? a : batch(`New actor and event ${e.word}`, [a]);
    }
  }
}

/** Applies the edits that can be made, in order, and returns every command made. */
function run(edits: Edit[]): {
  start: Dataset;
  end: Dataset;
  history: History;
  commands: Command[];
} {
  const start = base();
  let state = { dataset: start, history: EMPTY_HISTORY };
  const commands: Command[] = [];
  for (const e of edits) {
    const cmd = build(state.dataset, e);
    if (isError(cmd)) continue;
    commands.push(cmd);
    state = execute(state.dataset, state.history, cmd);
  }
  return { start, end: state.dataset, history: state.history, commands };
}

describe('edit commands: the undo/redo laws', () => {
  it('every command is undone by its inverse', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 25 }), (edits) => {
        let ds = base();
        for (const e of edits) {
          const cmd = build(ds, e);
          if (isError(cmd)) continue;
          const next = apply(ds, cmd);
          expect(apply(next, inverse(cmd))).toEqual(ds);
          ds = next;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the inverse of the inverse is the command', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 15 }), (edits) => {
        for (const c of run(edits).commands) expect(inverse(inverse(c))).toEqual(c);
      }),
    );
  });

  it('undoing everything gives back the start; redoing everything gives back the end', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 25 }), (edits) => {
        const { start, end, history } = run(edits);
        let state = { dataset: end, history };
        for (let i = 0; i < history.done.length; i++) state = undo(state.dataset, state.history);
        expect(state.dataset).toEqual(start);
        expect(state.history.done).toEqual([]);
        for (let i = 0; i < history.done.length; i++) state = redo(state.dataset, state.history);
        expect(state.dataset).toEqual(end);
        expect(state.history).toEqual(history);
      }),
      { numRuns: 150 },
    );
  });

  it('undo then redo is no change, at any point of the history', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 20 }), fc.nat(), (edits, back) => {
        const { end, history } = run(edits);
        let state = { dataset: end, history };
        for (let i = 0; i < back % (history.done.length + 1); i++) {
          state = undo(state.dataset, state.history);
        }
        const back1 = undo(state.dataset, state.history);
        const there = redo(back1.dataset, back1.history);
        if (state.history.done.length > 0) expect(there).toEqual(state);
      }),
    );
  });

  it('a new edit after an undo clears the redo list', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 2, maxLength: 15 }), editArb, (edits, extra) => {
        const { end, history } = run(edits);
        if (history.done.length === 0) return;
        const back = undo(end, history);
        const cmd = build(back.dataset, extra);
        if (isError(cmd)) return;
        const next = execute(back.dataset, back.history, cmd);
        expect(next.history.undone).toEqual([]);
        expect(redo(next.dataset, next.history)).toEqual(next);
      }),
    );
  });

  it('never changes the dataset it is given', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 15 }), (edits) => {
        const start = base();
        const frozen = JSON.stringify(start);
        let ds = start;
        for (const e of edits) {
          const cmd = build(ds, e);
          if (!isError(cmd)) ds = apply(ds, cmd);
        }
        expect(JSON.stringify(start)).toBe(frozen);
      }),
    );
  });
});

describe('edit builders', () => {
  it('refuses to delete an actor that is still used, and says where', () => {
    const ds = base();
    const built = deleteItem(ds, 'actors', 'army');
    expect(isError(built) && built.error).toMatch(/still used by .*Army shells the village/);
  });

  it('refuses to remove the last evidence passage or to undate an event', () => {
    const ds = base();
    expect(isError(removeEvidence(ds, 'shelling', 0))).toBe(true);
    expect(isError(setDate(ds, 'shelling', 'when', undefined))).toBe(true);
  });

  it('makes fresh readable ids in the one namespace', () => {
    const ds = base();
    expect(freshId(ds, 'Army shells the village!')).toBe('army-shells-the-village');
    expect(freshId(ds, 'shelling')).toBe('shelling-2');
    expect(freshId(ds, 'report')).toBe('report-2');
    expect(freshId(ds, '§§§', 'event')).toBe('event');
    // Long titles are cut between words, never inside one.
    expect(
      freshId(ds, 'The Pakistan Army launched airstrikes on TTP hideouts in North Waziristan'),
    ).toBe('the-pakistan-army-launched-airstrikes-on-ttp');
    expect(freshId(ds, 'x'.repeat(60))).toBe('x'.repeat(48));
  });

  it('a command that no longer fits its dataset fails with a plain message', () => {
    const ds = base();
    const cmd = deleteItem(ds, 'events', 'shelling') as Command;
    const gone = apply(ds, cmd);
    expect(() => apply(gone, cmd)).toThrow(/no longer applies/);
  });

  it('clearing a field removes it from the item', () => {
    const ds = base();
    const next = apply(ds, setDate(ds, 'shelling', 'known', undefined) as Command);
    expect('known' in next.events[0]!).toBe(false);
    expect(next.events[0]!.when).toEqual(ds.events[0]!.when);
  });
});
