/**
 * The store's side of the workbench: a draft is opened like any dataset (the views show it
 * as it is built), every edit is a command (edit/commands) run through the history
 * (edit/history), checked by the validator before it lands, and the draft is saved to
 * IndexedDB after every edit. Views call these functions; only this module and
 * store/library talk to persist/drafts.
 */
import type { DateClaim, Dataset, Source } from '../model/schema';
import { formatProblem, type Problem } from '../model/problems';
import { loadValidator, validator } from '../model/validator';
import { buildIndex } from '../query/indexes';
import { isError, slugOf, type Built } from '../edit/build';
import { EMPTY_HISTORY, execute, redo, undo, type Edited, type History } from '../edit/history';
import { CommandConflict } from '../edit/commands';
import { deleteDraft, newDraftId, putDraft } from '../persist/drafts';
import { useStore, type Workbench } from './store';
import { URL_PARAMS } from './urlState';

/** The one source of a new draft's report. */
export const REPORT_SOURCE_ID = 'report';

export interface NewReport {
  title: string;
  published: DateClaim;
  text: string;
  publisher?: string;
  url?: string;
}

/** A new dataset holding only the report's text (NFC, so offsets stay exact). */
export function datasetFromReport(id: string, report: NewReport): Dataset {
  const source: Source = {
    id: REPORT_SOURCE_ID,
    title: report.title,
    published: report.published,
    text: report.text.normalize('NFC'),
    ...(report.publisher ? { publisher: report.publisher } : {}),
    ...(report.url ? { url: report.url } : {}),
  };
  return {
    format: 'traceline/1',
    id: slugOf(report.title, 60) || 'report',
    title: report.title,
    sources: [source],
    actors: [],
    events: [],
    relations: [],
  };
}

/** Saves run one after another; a newer save waits for the one in flight. */
let saving: Promise<void> = Promise.resolve();

function save(draftId: string, dataset: Dataset, history: History) {
  const set = (saved: string) => {
    const wb = useStore.getState().workbench;
    if (wb?.draftId === draftId) useStore.setState({ workbench: { ...wb, saved } });
  };
  set('saving');
  const run = () =>
    putDraft({ id: draftId, dataset, history, updated: new Date().toISOString() }).then(
      () => {
        // Only the latest edit's save says "saved".
        const s = useStore.getState();
        if (s.load.status === 'ready' && s.load.index.dataset === dataset) set('saved');
      },
      (error: unknown) => set(error instanceof Error ? error.message : String(error)),
    );
  saving = saving.then(run);
  return saving;
}

/** Resolves when every save started so far has finished (tests, and closing the workbench). */
export const savesSettled = () => saving;

/** A link naming just this draft, as a new history entry. */
function linkTo(draftId: string) {
  const ds = URL_PARAMS.ds!.serialise({ ...useStore.getState(), datasets: [draftId] });
  window.history.pushState(null, '', `${window.location.pathname}?ds=${ds}`);
}

/** Opens a draft in the views and the workbench (from a new report, an edit, or a reload). */
export async function openDraft(
  draftId: string,
  dataset: Dataset,
  history: History,
  fresh: boolean,
): Promise<void> {
  // Loaded before anything changes, so that the edits that follow can validate at once.
  const { validateDataset } = await loadValidator();
  if (fresh) linkTo(draftId);
  const { loadValidated } = useStore.getState();
  const checked = validateDataset(dataset);
  loadValidated(dataset.title, checked, { datasets: [draftId] });
  useStore.setState({
    workbench: {
      draftId,
      history,
      saved: fresh ? 'saving' : 'saved',
      selected: null,
      form: null,
      showMentions: true,
    },
  });
  // What is saved is what is shown: the validated dataset.
  if (fresh && checked.dataset) return save(draftId, checked.dataset, history);
}

/** Starts a new dataset from a report's text. */
export function startFromReport(report: NewReport): Promise<void> {
  const draftId = newDraftId();
  return openDraft(draftId, datasetFromReport(draftId, report), EMPTY_HISTORY, true);
}

/** Opens the dataset on screen (the seed, a kept one, a combination) in the workbench. */
export function editOpenDataset(): Promise<void> {
  const s = useStore.getState();
  if (s.load.status !== 'ready') return Promise.resolve();
  return openDraft(newDraftId(), s.load.index.dataset, EMPTY_HISTORY, true);
}

/**
 * Shows an edited dataset without resetting the view: filters, selection (less what no
 * longer exists) and the reader's place stay.
 */
function show(next: Edited) {
  const s = useStore.getState();
  if (s.load.status !== 'ready' || !s.workbench) return;
  const index = buildIndex(next.dataset);
  const known = (id: string) => index.eventsById.has(id) || index.relationsById.has(id);
  const passage = s.passage && known(s.passage.id) ? s.passage : null;
  useStore.setState({
    load: { ...s.load, name: next.dataset.title, index },
    selection: s.selection.filter(known),
    passage,
    workbench: { ...s.workbench, history: next.history },
  });
  void save(s.workbench.draftId, next.dataset, next.history);
}

/** What the workbench needs of the state, or null when no draft is open. */
function current() {
  const s = useStore.getState();
  if (s.load.status !== 'ready' || !s.workbench) return null;
  return { dataset: s.load.index.dataset, history: s.workbench.history };
}

/** Why an edit did not land; `field` names the item's field it is about, when known. */
export interface EditProblem {
  message: string;
  field?: string;
}

/** The field of an event, relation or actor a validator problem is about (its path's third part). */
const fieldOf = (p: Problem): EditProblem => {
  const field = ['events', 'relations', 'actors'].includes(String(p.path[0]))
    ? p.path[2]
    : undefined;
  return { message: formatProblem(p), ...(typeof field === 'string' ? { field } : {}) };
};

/**
 * Runs an edit. Returns null when it landed, else what stopped it (the builder's error, or
 * the validator's errors for the dataset it would make: nothing invalid lands).
 */
export function runEdit(build: (dataset: Dataset) => Built): EditProblem[] | null {
  const now = current();
  if (!now) return [{ message: 'No draft is open in the workbench.' }];
  const built = build(now.dataset);
  if (isError(built)) return [{ message: built.error }];
  let next: Edited;
  try {
    next = execute(now.dataset, now.history, built);
  } catch (error) {
    if (error instanceof CommandConflict) return [{ message: error.message }];
    throw error;
  }
  // A draft is open, so openDraft has loaded the validator.
  const errors = validator()
    .validateDataset(next.dataset)
    .problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) return errors.map(fieldOf);
  show(next);
  return null;
}

export function undoEdit() {
  const now = current();
  if (now && now.history.done.length > 0) show(undo(now.dataset, now.history));
}

export function redoEdit() {
  const now = current();
  if (now && now.history.undone.length > 0) show(redo(now.dataset, now.history));
}

/** Forgets the draft (after it was kept in the library, or when the person discards it). */
export async function discardDraft(draftId: string): Promise<void> {
  await savesSettled();
  await deleteDraft(draftId);
}

/** Changes the workbench's own view state (the selected words, the open form, mentions). */
export function setWorkbench(
  patch: Partial<Pick<Workbench, 'selected' | 'form' | 'showMentions'>>,
) {
  const wb = useStore.getState().workbench;
  if (wb) useStore.setState({ workbench: { ...wb, ...patch } });
}
