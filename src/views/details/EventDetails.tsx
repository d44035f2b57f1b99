import type { Evidence, Identification } from '../../model/schema';
import type { DatasetIndex } from '../../query/indexes';
import { useStore } from '../../store/store';
import { currentStep, selectionWalk, type PassageRef } from '../../query/evidence';
import { selectFilters, selectIndex, selectPassage, selectSelection } from '../../store/selectors';
import { DateProvenance, qualifierLabel } from './DateProvenance';
import { clip, LongText } from './LongText';
import { PRECISION_WORDS } from '../../query/map/coordinates';
import './details.css';

/**
 * What the selection is, in full: title, summary, category, participants (each one click
 * into the actor filter), every quote (one click to the passage in the reader) and the date
 * with its provenance. An actor-graph edge selects several events: all are listed.
 */
export function EventDetails() {
  const index = useStore(selectIndex);
  const selection = useStore(selectSelection);
  if (!index) return null;
  const known = selection.filter((id) => index.eventsById.has(id) || index.relationsById.has(id));
  return (
    <section aria-labelledby="details-heading" className="panel panel-details">
      <div className="details-head">
        <h2 id="details-heading">Details</h2>
        {known.length > 0 && (
          <button type="button" onClick={() => useStore.getState().clearSelection()}>
            Clear selection
          </button>
        )}
      </div>
      <div className="details-body">
        {known.length === 0 && (
          <p className="details-empty">
            Nothing selected. Pick an event, a tie, a table row or a passage to see it here.
          </p>
        )}
        {known.length > 1 && (
          <p className="details-count">
            {known.length} items selected (an actor-graph edge selects all its events).
          </p>
        )}
        {known.map((id) =>
          index.eventsById.has(id) ? (
            <EventCard key={id} index={index} id={id} />
          ) : (
            <RelationCard key={id} index={index} id={id} />
          ),
        )}
      </div>
    </section>
  );
}

function ActorButton({ id, role }: { id: string; role?: string }) {
  const index = useStore(selectIndex)!;
  const chosen = useStore((s) => selectFilters(s).actors.includes(id));
  const name = index.actorsById.get(id)?.name ?? id;
  return (
    <>
      <button
        type="button"
        className="actor-chip"
        aria-pressed={chosen}
        title={chosen ? `Remove ${name} from the actor filter` : `Filter to ${name}`}
        onClick={() => useStore.getState().toggleActor(id)}
      >
        {name}
      </button>
      {role && <span className="role"> {role}</span>}
    </>
  );
}

function Quotes({ id, evidence }: { id: string; evidence: readonly Evidence[] }) {
  const focus = useStore(selectPassage);
  const selection = useStore(selectSelection);
  const index = useStore(selectIndex)!;
  // The same passage the reader shows as current.
  const walk = selectionWalk(index, selection);
  const step = walk[currentStep(walk, focus)];
  const current = (k: number) => step?.id === id && step.evidence === k;
  const jump = (p: PassageRef) => {
    const s = useStore.getState();
    if (!s.selection.includes(id)) s.select([id]);
    s.focusPassage(p);
  };
  const sources = index.dataset.sources;
  return (
    <ol className="quotes">
      {evidence.map((ev, k) => (
        <li key={k}>
          <button
            type="button"
            className="quote"
            aria-current={current(k) ? 'true' : undefined}
            title="Show this passage in the source"
            onClick={() => jump({ id, evidence: k })}
          >
            <q>{clip(ev.quote.exact)}</q>
          </button>
          {sources.length > 1 && (
            <span className="quote-source">
              {' '}
              in {sources.find((s) => s.id === ev.source)?.title ?? ev.source}
            </span>
          )}
          {ev.note && <p className="quote-note">{ev.note}</p>}
        </li>
      ))}
    </ol>
  );
}

/** In a combined dataset: which dataset an event or relation came from, and its source. */
function FromPart({
  index,
  part,
  source,
}: {
  index: DatasetIndex;
  part?: string;
  source?: string;
}) {
  const title = index.dataset.combines?.find((p) => p.id === part)?.title;
  if (!title) return null;
  return (
    <p className="detail-from">
      From the dataset <cite>{title}</cite>
      {source && (
        <>
          , source <cite>{source}</cite>
        </>
      )}
    </p>
  );
}

/** A participant the text describes but does not name: who says it is this actor. */
function IdentifiedFromOutside({ i }: { i: Identification }) {
  return (
    <details className="identified">
      <summary>identified from outside the text</summary>
      {i.phrase && (
        <p>
          The text says <q>{i.phrase}</q>
        </p>
      )}
      <p className="citation">
        Source: {i.citation}
        {i.confidence && <> · {i.confidence} confidence</>}
      </p>
      {i.note && <p>{i.note}</p>}
    </details>
  );
}

function EventCard({ index, id }: { index: DatasetIndex; id: string }) {
  const e = index.events[index.eventsById.get(id)!]!;
  const basis = useStore((s) => s.filters.dates);
  const source = index.dataset.sources.find((s) => s.id === e.evidence[0]?.source);
  return (
    <article className="detail-card" aria-labelledby={`detail-${id}`}>
      <h3 id={`detail-${id}`}>{e.title}</h3>
      <p className="detail-kind">
        <span className={`cat-swatch cat-${e.category}`} aria-hidden="true" />
        Event · {e.category}
        {e.mode && <> · {e.mode}</>}
        {e.acled && (
          <>
            {' '}
            · ACLED {e.acled.eventType}
            {e.acled.subEventType && ` / ${e.acled.subEventType}`}
          </>
        )}
      </p>
      <FromPart index={index} part={e.dataset} source={source?.title} />
      {e.summary && (
        <p>
          <LongText key={e.id} text={e.summary} />
        </p>
      )}
      {e.magnitude && (
        <p>
          Count: {qualifierLabel(e.magnitude.qualifier)} {e.magnitude.count} {e.magnitude.unit} (one
          aggregate event)
        </p>
      )}
      {e.location && (
        <p>
          Where: {e.location.name}
          {e.location.precision && ` (${PRECISION_WORDS[e.location.precision]})`}
        </p>
      )}
      <h4>Who</h4>
      <ul className="participants">
        {e.participants.map((p, k) => (
          <li key={k}>
            <ActorButton id={p.actor} role={p.role} />
            {p.identified?.basis === 'external' && <IdentifiedFromOutside i={p.identified} />}
          </li>
        ))}
      </ul>
      <h4>When</h4>
      <DateProvenance when={e.when} known={e.known} source={source} basis={basis} />
      <h4>Evidence</h4>
      <Quotes id={id} evidence={e.evidence} />
    </article>
  );
}

const KIND_LABELS: Record<string, string> = {
  'has-constituency-in': 'has a constituency in',
  'perceives-threat-from': 'perceives a threat from',
  'allied-with': 'is allied with',
};

function RelationCard({ index, id }: { index: DatasetIndex; id: string }) {
  const r = index.relationsById.get(id)!;
  const source = index.dataset.sources.find((s) => s.id === r.evidence[0]?.source);
  return (
    <article className="detail-card" aria-labelledby={`detail-${id}`}>
      <h3 id={`detail-${id}`}>{r.title}</h3>
      <p className="detail-kind">
        <span className="cat-swatch cat-relation" aria-hidden="true" />
        Relation · a lasting tie, not a dated incident
      </p>
      <FromPart index={index} part={r.dataset} source={source?.title} />
      <p className="relation-ends">
        <ActorButton id={r.from} /> {KIND_LABELS[r.kind] ?? r.kind.replace(/-/g, ' ')}{' '}
        <ActorButton id={r.to} />
      </p>
      {r.summary && (
        <p>
          <LongText key={r.id} text={r.summary} />
        </p>
      )}
      <h4>When</h4>
      <DateProvenance when={r.when} source={source} />
      <h4>Evidence</h4>
      <Quotes id={id} evidence={r.evidence} />
    </article>
  );
}
