import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from '../../store/store';
import { selectHover, selectIndex, selectPassage, selectSelection } from '../../store/selectors';
import {
  ownersOf,
  passageOrder,
  passagesOf,
  readerParagraphs,
  sourcePassages,
  type Segment,
} from '../../query/passages';
import { formatEdtf } from '../../model/formatDate';
import { currentStep, itemOf, selectionWalk } from '../../query/evidence';
import { PassageMenu, type MenuChoice } from './PassageMenu';
import { pickSources } from './pickSources';
import { findMentions } from '../../edit/mentions';
import { mentionPieces } from './mentionPieces';
import { useTextSelection } from './useTextSelection';
import { SelectionBar } from './SelectionBar';
import './reader.css';

/** Characters of text rendered at once: a long source is read a window at a time. */
const WINDOW = 40_000;
/** Sources the picker lists (see pickSources); the last option says how many more there are. */
const MAX_PICK = 200;

interface OpenMenu {
  /** The start offset of the segment it was opened from (to give focus back). */
  at: number;
  top: number;
  left: number;
  owners: string[];
}

/**
 * The report's text, with every evidence passage highlighted. Selecting an event scrolls to
 * its passage; clicking a passage selects its event (or offers a choice when several share
 * it); previous/next walk the evidence of the selection.
 */
export function SourceReader() {
  const index = useStore(selectIndex);
  const selection = useStore(selectSelection);
  const focus = useStore(selectPassage);
  const hoverIds = useStore((s) => selectHover(s).ids);
  const textRef = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<OpenMenu | null>(null);

  const walk = useMemo(() => (index ? selectionWalk(index, selection) : []), [index, selection]);
  const step = currentStep(walk, focus);
  const current = step >= 0 ? walk[step]! : null;

  // The reader follows the current passage's source; the picker can show another.
  const sources = useMemo(() => index?.dataset.sources ?? [], [index]);
  const [shown, setShown] = useState({ source: sources[0]?.id ?? '', follow: '', from: 0 });
  const followKey = current ? `${current.id}#${current.evidence}` : '';
  if (index && current && followKey !== shown.follow) {
    // Keep the text window if it already shows the passage, else centre it there (this
    // matters only for sources longer than the window).
    const at = itemOf(index, current.id)?.evidence[current.evidence]?.position.start ?? 0;
    const inWindow =
      current.source === shown.source && at >= shown.from && at < shown.from + WINDOW;
    setShown({
      source: current.source,
      follow: followKey,
      from: inWindow ? shown.from : Math.max(0, at - WINDOW / 2),
    });
  }
  const source = sources.find((s) => s.id === shown.source) ?? sources[0];
  const length = source?.text.length ?? 0;
  const from = Math.min(shown.from, Math.max(0, length - WINDOW));
  const to = Math.min(length, from + WINDOW);

  const picked = useMemo(
    () =>
      pickSources(
        sources,
        shown.source,
        walk.map((w) => w.source),
        MAX_PICK,
      ),
    [sources, shown.source, walk],
  );

  // The source's passages as columns: an item is made only for what the window shows.
  const passages = useMemo(
    () =>
      index && source ? sourcePassages(index.dataset, source.id, index.passages) : passagesOf([]),
    [index, source],
  );
  const order = useMemo(() => passageOrder(passages), [passages]);
  const paragraphs = useMemo(
    () => (source ? readerParagraphs(source.text, passages, [from, to], order) : []),
    [source, passages, from, to, order],
  );
  const moveWindow = (start: number) =>
    setShown((s) => ({ ...s, from: Math.max(0, Math.min(start, length - WINDOW)) }));

  // Scroll the current passage into the middle of the reader (the reader alone scrolls).
  useLayoutEffect(() => {
    const box = textRef.current;
    const mark = box?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!box || !mark) return;
    const b = box.getBoundingClientRect();
    const m = mark.getBoundingClientRect();
    const offset = m.top - b.top - Math.max(0, (b.height - m.height) / 2);
    box.scrollTop += offset;
  }, [followKey, source]);

  // In the workbench the text is where events are made: its words can be selected (with
  // the keyboard too) and every mention of an actor is marked.
  const editing = useStore((s) => s.workbench !== null);
  const showMentions = useStore((s) => s.workbench?.showMentions ?? false);
  const onTextKey = useTextSelection(textRef, source, editing);
  const actors = index?.dataset.actors;
  const mentions = useMemo(
    () => (editing && showMentions && source && actors ? findMentions(source.text, actors) : []),
    [editing, showMentions, source, actors],
  );
  const actorName = useMemo(() => new Map(actors?.map((a) => [a.id, a.name])), [actors]);

  if (!index || !source) return null;
  const actions = useStore.getState();
  /** The words of [start, end), each mention of an actor marked (in the workbench). */
  const words = (start: number, end: number) =>
    mentions.length === 0
      ? source.text.slice(start, end)
      : mentionPieces(start, end, mentions).map((piece) =>
          piece.actor ? (
            <span
              key={piece.start}
              className="mention"
              title={`Mention of ${actorName.get(piece.actor) ?? piece.actor}`}
            >
              {source.text.slice(piece.start, piece.end)}
            </span>
          ) : (
            source.text.slice(piece.start, piece.end)
          ),
        );

  const choose = (id: string, segment: Segment) => {
    const item = segment.items.find((i) => i.owner === id)!;
    actions.select([id]);
    actions.focusPassage({ id, evidence: item.evidence });
  };
  const activate = (segment: Segment, el: HTMLElement) => {
    const owners = ownersOf(segment.items);
    if (owners.length === 1) {
      choose(owners[0]!, segment);
      return;
    }
    const box = textRef.current!.getBoundingClientRect();
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    setMenu({
      at: segment.start,
      top: r.bottom - box.top + textRef.current!.scrollTop + 4,
      left: Math.max(0, Math.min(r.left - box.left, box.width - 260)),
      owners,
    });
  };
  const onKey = (e: KeyboardEvent<HTMLElement>, segment: Segment) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate(segment, e.currentTarget);
    }
  };
  const closeMenu = (restoreFocus: boolean) => {
    const at = menu?.at;
    setMenu(null);
    if (restoreFocus && at !== undefined) {
      textRef.current?.querySelector<HTMLElement>(`[data-start="${at}"]`)?.focus();
    }
  };

  const published = `published ${formatEdtf(source.published.edtf)}${source.published.basis === 'stated' ? '' : ' (inferred)'}`;
  const metaRest = `${source.publisher ? ` · ${source.publisher}` : ''} · ${published}`;
  const metaLine = `${source.title}${metaRest}`;
  const selected = new Set(selection);
  const hovered = new Set(hoverIds);
  const menuChoices: MenuChoice[] = menu
    ? [
        ...menu.owners.map((id) => {
          const item = itemOf(index, id);
          const segment = paragraphs.flatMap((p) => p.segments).find((s) => s.start === menu.at)!;
          return {
            key: id,
            label: `${item?.kind === 'relation' ? 'Relation' : 'Event'}: ${item?.title ?? id}`,
            onChoose: () => choose(id, segment),
          };
        }),
        {
          key: '*all',
          label: `All ${menu.owners.length} together`,
          onChoose: () => {
            actions.select(menu.owners);
            actions.focusPassage(null);
          },
        },
      ]
    : [];

  return (
    <section aria-labelledby="reader-heading" className="panel panel-reader">
      <div className="reader-head">
        <h2 id="reader-heading">Source</h2>
        {sources.length > 1 && (
          <label className="reader-source-pick">
            Show{' '}
            <select
              value={source.id}
              onChange={(e) => setShown({ source: e.target.value, follow: followKey, from: 0 })}
            >
              {picked.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
              {picked.length < sources.length && (
                <option disabled value="">
                  … {sources.length - picked.length} more: select an event to read its source
                </option>
              )}
            </select>
          </label>
        )}
        <div className="reader-walk" role="group" aria-label="Passages of the selection">
          <button
            type="button"
            aria-label="Previous passage"
            title="Previous passage"
            disabled={step <= 0}
            onClick={() => actions.focusPassage(walk[step - 1]!)}
          >
            ‹ Previous
          </button>
          <span className="reader-step" aria-live="polite">
            {walk.length > 0 ? `Passage ${step + 1} of ${walk.length}` : 'Nothing selected'}
          </span>
          <button
            type="button"
            aria-label="Next passage"
            title="Next passage"
            disabled={step < 0 || step >= walk.length - 1}
            onClick={() => actions.focusPassage(walk[step + 1]!)}
          >
            Next ›
          </button>
        </div>
      </div>
      <p className="reader-meta" title={metaLine}>
        <cite>{source.title}</cite>
        {metaRest}
      </p>
      {editing && <SelectionBar text={source.text} />}
      <div
        ref={textRef}
        className={`reader-text${editing ? ' is-editing' : ''}`}
        {...(editing
          ? {
              tabIndex: 0,
              role: 'region',
              'aria-label':
                'Report text: ↓ and ↑ select sentences, Shift adds one, Enter makes an event',
              onKeyDown: onTextKey,
            }
          : {})}
      >
        {from > 0 && (
          <p className="reader-more">
            <button type="button" onClick={() => moveWindow(from - WINDOW / 2)}>
              Show earlier text
            </button>{' '}
            (showing characters {from.toLocaleString('en')}–{to.toLocaleString('en')} of{' '}
            {length.toLocaleString('en')})
          </p>
        )}
        {paragraphs.map((p) => (
          <p key={p.start}>
            {p.segments.map((seg) => {
              const text = words(seg.start, seg.end);
              if (seg.items.length === 0)
                return (
                  <span key={seg.start} data-start={seg.start} data-end={seg.end}>
                    {text}
                  </span>
                );
              const owners = ownersOf(seg.items);
              const first = seg.items.find((i) => i.category) ?? seg.items[0]!;
              const isCurrent =
                current !== null &&
                seg.items.some((i) => i.owner === current.id && i.evidence === current.evidence);
              const classes = [
                'passage',
                `cat-${first.category ?? 'relation'}`,
                owners.length > 1 && 'is-shared',
                owners.some((id) => selected.has(id)) && 'is-selected',
                owners.some((id) => hovered.has(id)) && 'is-hovered',
              ].filter(Boolean);
              const titles = owners.map((id) => itemOf(index, id)?.title ?? id);
              return (
                <mark
                  key={seg.start}
                  data-start={seg.start}
                  data-end={seg.end}
                  className={classes.join(' ')}
                  role="button"
                  tabIndex={0}
                  aria-current={isCurrent ? 'true' : undefined}
                  aria-haspopup={owners.length > 1 ? 'menu' : undefined}
                  title={
                    owners.length > 1
                      ? `Evidence for ${owners.length}: ${titles.join('; ')}`
                      : `Evidence for: ${titles[0]}`
                  }
                  onClick={(e) => activate(seg, e.currentTarget)}
                  onKeyDown={(e) => onKey(e, seg)}
                  onMouseEnter={() => actions.setHover({ ids: owners })}
                  onMouseLeave={() => actions.setHover({ ids: [] })}
                >
                  {text}
                </mark>
              );
            })}
          </p>
        ))}
        {to < length && (
          <p className="reader-more">
            <button type="button" onClick={() => moveWindow(from + WINDOW / 2)}>
              Show later text
            </button>
          </p>
        )}
        {menu && (
          <PassageMenu
            label="This passage supports several items; choose one"
            choices={menuChoices}
            top={menu.top}
            left={menu.left}
            onClose={closeMenu}
          />
        )}
      </div>
    </section>
  );
}
