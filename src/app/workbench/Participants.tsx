import { useId, useState } from 'react';
import { ACTOR_KINDS, ROLES, type Actor, type ActorKind, type Role } from '../../model/schema';
import { ROLE_DESCRIPTIONS } from '../../edit/eventDraft';

/** An actor made in the form, saved with the event (its key stands for its id until then). */
export interface NewActor {
  key: string;
  name: string;
  kind: ActorKind;
  parent: string;
  aliases: string;
}

export interface ParticipantRow {
  /** An existing actor's id, or a new actor's key. */
  actor: string;
  role: Role;
}

/**
 * Who took part and how: one row per participant (actor and role), with a small form for
 * an actor the dataset does not have yet (name, kind, parent, aliases), suggested from the
 * names the text uses.
 */
export function Participants({
  actors,
  newActors,
  rows,
  onChange,
  names,
  fieldId,
}: {
  actors: readonly Actor[];
  newActors: readonly NewActor[];
  /** Null for a relation: its ends are chosen apart; only a new actor is made here. */
  rows: readonly ParticipantRow[] | null;
  onChange(rows: ParticipantRow[], newActors: NewActor[]): void;
  /** Names found in the text, offered for a new actor. */
  names: readonly string[];
  fieldId: string;
}) {
  const ids = useId();
  const [draft, setDraft] = useState<NewActor>({
    key: '',
    name: '',
    kind: 'armed-group',
    parent: '',
    aliases: '',
  });
  const [said, setSaid] = useState('');
  const label = (id: string) =>
    actors.find((a) => a.id === id)?.name ??
    `${newActors.find((a) => a.key === id)?.name ?? id} (new)`;
  const list = rows ?? [];
  const setRow = (k: number, row: ParticipantRow) =>
    onChange(
      list.map((r, i) => (i === k ? row : r)),
      [...newActors],
    );
  const addActor = () => {
    const name = draft.name.trim();
    if (!name) {
      setSaid('Give the new actor a name.');
      return;
    }
    const key = `new:${newActors.length + 1}`;
    const role: Role = list.length === 0 ? 'initiator' : 'target';
    onChange([...list, { actor: key, role }], [...newActors, { ...draft, key, name }]);
    setDraft({ ...draft, name: '', aliases: '' });
    setSaid(rows ? `${name} added as ${role}.` : `${name} added: choose it as an end below.`);
  };
  return (
    <fieldset className="wb-participants" id={fieldId} tabIndex={-1}>
      <legend>{rows ? 'Participants' : 'Actors'}</legend>
      {rows?.length === 0 && <p className="wb-hint">No actor is named near these words yet.</p>}
      <ul className="wb-rows" hidden={!rows}>
        {list.map((row, k) => (
          <li key={`${row.actor}|${k}`} className="wb-row">
            <label>
              Actor {k + 1}{' '}
              <select
                value={row.actor}
                onChange={(e) => setRow(k, { ...row, actor: e.target.value })}
              >
                {actors.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
                {newActors.map((a) => (
                  <option key={a.key} value={a.key}>
                    {a.name} (new)
                  </option>
                ))}
              </select>
            </label>
            <label>
              Role of {label(row.actor)}{' '}
              <select
                value={row.role}
                onChange={(e) => setRow(k, { ...row, role: e.target.value as Role })}
              >
                {ROLES.map((r) => (
                  <option key={r} value={r} title={ROLE_DESCRIPTIONS[r]}>
                    {r}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              aria-label={`Remove ${label(row.actor)}`}
              onClick={() =>
                onChange(
                  list.filter((_, i) => i !== k),
                  [...newActors],
                )
              }
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {rows && actors.length > 0 && (
        <button
          type="button"
          onClick={() =>
            onChange([...list, { actor: actors[0]!.id, role: 'participant' }], [...newActors])
          }
        >
          Add a participant
        </button>
      )}
      <details className="wb-new-actor">
        <summary>New actor</summary>
        <div className="wb-row">
          <div className="wb-field">
            <label htmlFor={`${ids}-name`}>Name</label>
            <input
              id={`${ids}-name`}
              list={`${ids}-names`}
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
            <datalist id={`${ids}-names`}>
              {names.map((n) => (
                <option key={n} value={n} />
              ))}
            </datalist>
          </div>
          <div className="wb-field">
            <label htmlFor={`${ids}-kind`}>Kind</label>
            <select
              id={`${ids}-kind`}
              value={draft.kind}
              onChange={(e) => setDraft({ ...draft, kind: e.target.value as ActorKind })}
            >
              {ACTOR_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </div>
          <div className="wb-field">
            <label htmlFor={`${ids}-parent`}>Part of</label>
            <select
              id={`${ids}-parent`}
              value={draft.parent}
              onChange={(e) => setDraft({ ...draft, parent: e.target.value })}
            >
              <option value="">(none)</option>
              {actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="wb-field">
          <label htmlFor={`${ids}-aliases`}>Other names (comma-separated)</label>
          <input
            id={`${ids}-aliases`}
            value={draft.aliases}
            onChange={(e) => setDraft({ ...draft, aliases: e.target.value })}
          />
        </div>
        <button type="button" onClick={addActor}>
          Add actor
        </button>
        <span role="status" className="wb-said">
          {said}
        </span>
      </details>
    </fieldset>
  );
}

/** The actor a new-actor draft makes, under the id it is given. */
export function actorOf(a: NewActor, id: string): Actor {
  const aliases = a.aliases
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  return { id, name: a.name, kind: a.kind, aliases, ...(a.parent ? { parent: a.parent } : {}) };
}
