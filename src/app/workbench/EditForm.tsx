import { useId, useMemo, useState } from 'react';
import { useStore, type TextRange, type WorkbenchForm } from '../../store/store';
import { runEdit, setWorkbench, type EditProblem } from '../../store/workbench';
import {
  PLOVER_CATEGORIES,
  RELATION_KINDS,
  type Category,
  type Dataset,
  type Event,
  type Relation,
  type RelationKind,
} from '../../model/schema';
import { apply, type Command } from '../../edit/commands';
import {
  addEvidence,
  addItem,
  batch,
  changeItem,
  freshId,
  isError,
  type Built,
} from '../../edit/build';
import { evidenceFor } from '../../edit/selection';
import { suggestDates } from '../../edit/dates/suggest';
import { findMentions, actorsNear } from '../../edit/mentions';
import { suggestNewActors } from '../../edit/newActors';
import {
  CATEGORY_DESCRIPTIONS,
  RELATION_KIND_DESCRIPTIONS,
  guessCategory,
  titleFromPassage,
} from '../../edit/eventDraft';
import { Modal } from './Modal';
import { DateChoice, claimOf, firstDate, type DateDraft } from './DateChoice';
import { EdtfField } from './EdtfField';
import { Participants, actorOf, type NewActor, type ParticipantRow } from './Participants';

const TITLES: Record<WorkbenchForm, string> = {
  event: 'New event',
  relation: 'New relation',
  evidence: 'Add as evidence',
  edit: 'Edit',
};

/**
 * The form the workbench opened: over the selected words, or (Edit) over the selected event
 * or relation, its first passage quoted. None when nothing is open.
 */
export function EditForm() {
  const form = useStore((s) => s.workbench?.form ?? null);
  const words = useStore((s) => s.workbench?.selected ?? null);
  const chosen = useStore((s) => s.selection[0]);
  const dataset = useStore((s) => (s.load.status === 'ready' ? s.load.index.dataset : null));
  if (!form || !dataset) return null;
  const existing =
    form === 'edit'
      ? (dataset.events.find((e) => e.id === chosen) ??
        dataset.relations.find((r) => r.id === chosen))
      : undefined;
  const first = existing?.evidence[0];
  const selected: TextRange | null = existing
    ? first?.position
      ? { source: first.source, start: first.position.start, end: first.position.end }
      : null
    : words;
  if (!selected) return null;
  const source = dataset.sources.find((s) => s.id === selected.source);
  if (!source) return null;
  const close = () => setWorkbench({ form: null });
  const kind = existing ? ('category' in existing ? 'event' : 'relation') : form;
  return (
    <Modal
      title={existing ? `Edit the ${kind} “${existing.title}”` : TITLES[form]}
      onClose={close}
      className="wb-form"
    >
      <blockquote className="wb-quote">
        {source.text.slice(selected.start, selected.end)}
      </blockquote>
      {kind === 'evidence' ? (
        <EvidenceForm dataset={dataset} selected={selected} onDone={close} />
      ) : (
        <ItemForm
          kind={kind === 'relation' ? 'relation' : 'event'}
          dataset={dataset}
          selected={selected}
          existing={existing}
          onDone={close}
        />
      )}
    </Modal>
  );
}

/** A labelled choice of one option (an actor, an item). */
function SelectField({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div className="wb-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Problems of a save that did not land; each links to the field it is about. */
function Problems({
  problems,
  fieldIds,
}: {
  problems: EditProblem[];
  fieldIds: Record<string, string>;
}) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="wb-problems">
      <p>Not saved:</p>
      <ul>
        {problems.map((p, k) => {
          const target = p.field ? fieldIds[p.field] : undefined;
          return (
            <li key={k}>
              {target ? (
                <a
                  href={`#${target}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(target)?.focus();
                  }}
                >
                  {p.message}
                </a>
              ) : (
                p.message
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Buttons({ save, label, onCancel }: { save(): void; label: string; onCancel(): void }) {
  return (
    <div className="wb-buttons">
      <button type="button" onClick={save}>
        {label}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

/**
 * A new event or relation from the selected words, its fields filled from them; or, with
 * `existing`, that item's fields to change (its evidence stays as it is).
 */
function ItemForm({
  kind,
  dataset,
  selected,
  existing,
  onDone,
}: {
  kind: 'event' | 'relation';
  dataset: Dataset;
  selected: TextRange;
  existing?: Event | Relation;
  onDone(): void;
}) {
  const ev = existing && 'category' in existing ? existing : undefined;
  const rel = existing && 'kind' in existing ? existing : undefined;
  const ids = useId();
  const field = {
    title: `${ids}-title`,
    category: `${ids}-category`,
    kind: `${ids}-kind`,
    from: `${ids}-from`,
    to: `${ids}-to`,
    participants: `${ids}-participants`,
    when: `${ids}-when`,
    known: `${ids}-known`,
    summary: `${ids}-summary`,
    evidence: `${ids}-evidence`,
  };
  const source = dataset.sources.find((s) => s.id === selected.source)!;
  const passage = [selected.start, selected.end] as const;
  const words = source.text.slice(selected.start, selected.end);

  // What the words suggest: the actors named in and near them, the dates, the category.
  const near = useMemo(
    () => actorsNear(source.text, passage, findMentions(source.text, dataset.actors)),
    // The selection and the dataset's actors are fixed while the form is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const suggestions = useMemo(
    () => suggestDates({ text: source.text, passage, published: source.published.edtf, for: kind }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const names = useMemo(
    () => suggestNewActors(source.text, dataset.actors).map((s) => s.name),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const [title, setTitle] = useState(
    () => existing?.title ?? titleFromPassage(source.text, passage),
  );
  const [summary, setSummary] = useState(existing?.summary ?? '');
  const [category, setCategory] = useState<Category>(
    () => ev?.category ?? guessCategory(words) ?? 'CONSULT',
  );
  const [relKind, setRelKind] = useState<RelationKind>(rel?.kind ?? 'supports');
  const [rows, setRows] = useState<ParticipantRow[]>(
    () =>
      ev?.participants.map((p) => ({ actor: p.actor, role: p.role })) ??
      near.slice(0, 2).map((n, k) => ({ actor: n.actor, role: k === 0 ? 'initiator' : 'target' })),
  );
  const [newActors, setNewActors] = useState<NewActor[]>([]);
  const [from, setFrom] = useState(rel?.from ?? near[0]?.actor ?? dataset.actors[0]?.id ?? '');
  const [to, setTo] = useState(rel?.to ?? near[1]?.actor ?? dataset.actors[1]?.id ?? '');
  const [date, setDate] = useState<DateDraft>(() => {
    const when = existing?.when;
    if (!existing) return firstDate(suggestions);
    if (!when) return { pick: -1, edtf: '', phrase: '', note: '', basis: 'stated' };
    const pick = suggestions.findIndex((s) => s.edtf === when.edtf && s.phrase === when.phrase);
    return {
      pick,
      edtf: when.edtf,
      phrase: when.phrase ?? '',
      note: when.note ?? '',
      basis: when.basis,
    };
  });
  const [known, setKnown] = useState({
    edtf: ev?.known?.edtf ?? '',
    citation: ev?.known?.citation ?? '',
  });
  const [problems, setProblems] = useState<EditProblem[]>([]);
  // Editing: which of the item's evidence passages to keep (at least one must stay).
  const [kept, setKept] = useState(() => existing?.evidence.map(() => true) ?? []);

  const save = () => {
    const found = runEdit((ds) => {
      const steps: Command[] = [];
      let d = ds;
      const step = (b: Built) => {
        if (isError(b)) return b;
        steps.push(b);
        d = apply(d, b);
        return null;
      };
      // New actors first, under fresh ids the participants then use.
      const idOf = new Map<string, string>();
      for (const a of newActors) {
        const id = freshId(d, a.name, 'actor');
        idOf.set(a.key, id);
        const failed = step(addItem(d, 'actors', actorOf(a, id)));
        if (failed) return failed;
      }
      const evidence = existing
        ? existing.evidence[0]
        : evidenceFor(source.text, source.id, selected.start, selected.end);
      if (!evidence) return { error: 'The selected words are empty.' };
      const when = claimOf(date);
      let item: Event | Relation;
      if (kind === 'event') {
        if (!when) return { error: 'An event needs a date: pick one or type it.' };
        const k = claimOf({ ...date, edtf: known.edtf, phrase: '', note: '' });
        item = {
          ...ev,
          id: ev?.id ?? freshId(d, title, 'event'),
          title: title.trim(),
          summary: summary.trim(),
          category,
          context: ev?.context ?? [],
          when,
          ...(k ? { known: { edtf: k.edtf, citation: known.citation.trim() } } : {}),
          known: k ? { edtf: k.edtf, citation: known.citation.trim() } : undefined,
          participants: rows.map((r) => ({ actor: idOf.get(r.actor) ?? r.actor, role: r.role })),
          evidence: ev ? ev.evidence.filter((_, k) => kept[k]) : [evidence],
        };
      } else {
        item = {
          ...rel,
          id: rel?.id ?? freshId(d, title, 'relation'),
          kind: relKind,
          from: idOf.get(from) ?? from,
          to: idOf.get(to) ?? to,
          title: title.trim(),
          summary: summary.trim(),
          when: when ?? undefined,
          evidence: rel ? rel.evidence.filter((_, k) => kept[k]) : [evidence],
        };
      }
      const list = kind === 'event' ? 'events' : 'relations';
      const failed = step(
        existing
          ? changeItem(d, list, existing.id, item)
          : kind === 'event'
            ? addItem(d, 'events', item as Event)
            : addItem(d, 'relations', item as Relation),
      );
      if (failed) return failed;
      const verb = existing ? 'Change' : 'Add';
      return steps.length === 1 ? steps[0]! : batch(`${verb} ${kind} “${item.title}”`, steps);
    });
    if (found) setProblems(found);
    else onDone();
  };

  const everyone = [
    ...dataset.actors.map((a) => ({ id: a.id, name: a.name })),
    ...newActors.map((a) => ({ id: a.key, name: `${a.name} (new)` })),
  ];
  const actorSelect = (id: string, label: string, value: string, set: (v: string) => void) => (
    <SelectField
      id={id}
      label={label}
      value={value}
      onChange={set}
      options={everyone.map((a) => ({ value: a.id, label: a.name }))}
    />
  );

  return (
    <>
      <div className="wb-field">
        <label htmlFor={field.title}>Title</label>
        <input id={field.title} value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      {kind === 'event' ? (
        <div className="wb-field">
          <label htmlFor={field.category}>Category (PLOVER)</label>
          <select
            id={field.category}
            value={category}
            aria-describedby={`${field.category}-what`}
            onChange={(e) => setCategory(e.target.value as Category)}
          >
            {PLOVER_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {c}: {CATEGORY_DESCRIPTIONS[c]}
              </option>
            ))}
          </select>
          <span id={`${field.category}-what`} className="wb-hint">
            {CATEGORY_DESCRIPTIONS[category]}
          </span>
        </div>
      ) : (
        <div className="wb-field">
          <label htmlFor={field.kind}>Kind of relation</label>
          <select
            id={field.kind}
            value={relKind}
            onChange={(e) => setRelKind(e.target.value as RelationKind)}
          >
            {RELATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}: {RELATION_KIND_DESCRIPTIONS[k]}
              </option>
            ))}
          </select>
        </div>
      )}
      <Participants
        actors={dataset.actors}
        newActors={newActors}
        rows={kind === 'event' ? rows : null}
        onChange={(r, n) => {
          setNewActors(n);
          if (kind === 'event') setRows(r);
          // For a relation, a new actor becomes its missing end.
          else if (n.length > newActors.length) {
            const key = n.at(-1)!.key;
            if (!from || from === to) setFrom(key);
            else setTo(key);
          }
        }}
        names={names}
        fieldId={field.participants}
      />
      {kind === 'relation' && (
        <div className="wb-row">
          {actorSelect(field.from, 'From', from, setFrom)}
          {actorSelect(field.to, 'To', to, setTo)}
        </div>
      )}
      <DateChoice
        legend={kind === 'event' ? 'When' : 'When (optional: a relation may be undated)'}
        suggestions={suggestions}
        value={date}
        onChange={setDate}
        required={kind === 'event'}
        fieldId={field.when}
      />
      {kind === 'event' && (
        <details className="wb-known">
          <summary>A date known from elsewhere</summary>
          <EdtfField
            id={field.known}
            label="Known date (EDTF)"
            value={known.edtf}
            required={false}
            onChange={(edtf) => setKnown({ ...known, edtf })}
          />
          <div className="wb-field">
            <label htmlFor={`${field.known}-citation`}>Where it is known from</label>
            <input
              id={`${field.known}-citation`}
              value={known.citation}
              onChange={(e) => setKnown({ ...known, citation: e.target.value })}
            />
          </div>
        </details>
      )}
      <div className="wb-field">
        <label htmlFor={field.summary}>Summary (optional)</label>
        <textarea
          id={field.summary}
          rows={2}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
        />
      </div>
      {existing && (
        <fieldset className="wb-evidence" id={field.evidence} tabIndex={-1}>
          <legend>Evidence</legend>
          <ul className="wb-rows">
            {existing.evidence.map((e, k) => (
              <li key={k}>
                <label>
                  <input
                    type="checkbox"
                    checked={kept[k] ?? true}
                    onChange={() => setKept(kept.map((x, i) => (i === k ? !x : x)))}
                  />{' '}
                  Keep “
                  {e.quote.exact.length > 80 ? `${e.quote.exact.slice(0, 79)}…` : e.quote.exact}”
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <Problems problems={problems} fieldIds={field} />
      <Buttons
        save={save}
        label={existing ? 'Save changes' : kind === 'event' ? 'Save event' : 'Save relation'}
        onCancel={onDone}
      />
    </>
  );
}

/** The selected words as one more evidence passage of an event or relation. */
function EvidenceForm({
  dataset,
  selected,
  onDone,
}: {
  dataset: Dataset;
  selected: TextRange;
  onDone(): void;
}) {
  const id = useId();
  const chosen = useStore((s) => s.selection[0]);
  const items = [
    ...dataset.events.map((e) => ({ id: e.id, label: `Event: ${e.title}` })),
    ...dataset.relations.map((r) => ({ id: r.id, label: `Relation: ${r.title}` })),
  ];
  const [target, setTarget] = useState(
    items.some((i) => i.id === chosen) ? chosen! : (items[0]?.id ?? ''),
  );
  const [problems, setProblems] = useState<EditProblem[]>([]);
  const save = () => {
    const found = runEdit((ds) => {
      const source = ds.sources.find((s) => s.id === selected.source)!;
      const evidence = evidenceFor(source.text, source.id, selected.start, selected.end);
      return evidence
        ? addEvidence(ds, target, evidence)
        : { error: 'The selected words are empty.' };
    });
    if (found) setProblems(found);
    else onDone();
  };
  return (
    <>
      <SelectField
        id={id}
        label="Evidence for"
        value={target}
        onChange={setTarget}
        options={items.map((i) => ({ value: i.id, label: i.label }))}
      />
      <Problems problems={problems} fieldIds={{ evidence: id }} />
      <Buttons save={save} label="Add evidence" onCancel={onDone} />
    </>
  );
}
