/**
 * The store's side of the library: what is open is named by library ids (the `ds` link
 * parameter), kept datasets are read from and written to persist/library, and several open
 * at once are combined (model/combine) with the actor matches the reader confirmed. Views
 * call these functions; only this module talks to the persistence layer.
 */
import type { DatasetIndex } from '../query/indexes';
import type { Dataset } from '../model/schema';
import type { Problem, ValidationResult } from '../model/problems';
import { loadValidator } from '../model/validator';
import type { MatchSuggestion } from '../model/matchActors';
import {
  deleteRecord,
  getMatches,
  getStored,
  listEntries,
  putMatches,
  putRecord,
  renameRecord,
  StorageError,
  type Merge,
} from '../persist/library';
import {
  asEntry,
  recordInSlices,
  SEED_ID,
  storedDataset,
  storedJson,
  toRecord,
  type LibraryEntry,
  type LibraryRecord,
} from '../persist/libraryRecord';
import { getDraft, isDraftId, listDrafts, type DraftSummary } from '../persist/drafts';
import { loadSeed } from './seed';
import { useStore } from './store';
import { URL_PARAMS, readQuery } from './urlState';

/** The workbench (its store code and the editing commands) loads only for a draft. */
const workbench = () => import('./workbench');
/** Combining datasets and suggesting actor matches load when several datasets meet. */
const combining = () => import('../model/combine');
const matching = () => import('../model/matchActors');

export type { DraftSummary, LibraryEntry, Merge };

interface Loaded {
  dataset: Dataset;
  entry: LibraryEntry;
  problems: Problem[];
  /** The dataset's index, when it was built elsewhere (the bundled report's, in a worker). */
  index?: DatasetIndex;
}

/** The bundled report, validated (and indexed, when `index` is given). */
export type SeedReader = () => Promise<ValidationResult & { index?: DatasetIndex | null }>;

/** Here, on the page: the fallback where there are no workers (tests in node). */
const validateSeedHere: SeedReader = async () => {
  const [{ json }, { validateDataset }] = await Promise.all([loadSeed(), loadValidator()]);
  return validateDataset(json);
};

let seedReader = validateSeedHere;

/**
 * How the bundled report is read. The app hands in the import worker's way
 * (app/import/openSeed), which keeps the validator off the page on a first visit.
 */
export function readSeedWith(reader: SeedReader): void {
  seedReader = reader;
}

/**
 * How a dataset kept in the library is validated (and indexed, when `index` is given) from
 * its stored JSON. Here, on the page, by default (tests in node); the app hands in the
 * import worker's way (app/import/openFile readStored), so that reopening a big dataset
 * after a reload does not hold the page.
 */
export type StoredReader = (
  json: string | Blob,
) => Promise<ValidationResult & { index?: DatasetIndex | null }>;

const validateStoredHere: StoredReader = async (json) => {
  const text = typeof json === 'string' ? json : await json.text();
  const { validateJsonText } = await loadValidator();
  return validateJsonText(text);
};

let storedReader = validateStoredHere;

/** Sets how stored datasets are read; null goes back to the page's own way. */
export function readStoredWith(reader: StoredReader | null): void {
  storedReader = reader ?? validateStoredHere;
}

/** Datasets read this session, by id (a combination reads each twice: to match, to open). */
const cache = new Map<string, Loaded>();

async function readSeed(): Promise<Loaded> {
  const { dataset, problems, index } = await seedReader();
  if (!dataset) throw new Error(problems[0]?.message ?? 'it does not validate');
  const entry = { ...toRecord(dataset, { format: 'traceline', added: new Date(0) }), json: '' };
  const loaded: Loaded = { dataset, problems, entry: { ...entry, id: SEED_ID, added: '' } };
  return index ? { ...loaded, index } : loaded;
}

/** The report's reading in flight: one at a time, so that it can start early (readSeedEarly). */
let seedReading: Promise<Loaded> | null = null;

function readSeedOnce(): Promise<Loaded> {
  seedReading ??= readSeed().catch((e: unknown) => {
    seedReading = null;
    throw e;
  });
  return seedReading;
}

/**
 * Starts reading the bundled report before the app asks for it, when the link names no
 * dataset (the report is then what opens): the worker reads it while the page renders.
 */
export function readSeedEarly(): void {
  if (!new URLSearchParams(window.location.search).has('ds')) readSeedOnce().catch(() => {});
}

/** One dataset of the library; a sentence when it cannot be had. */
async function read(id: string): Promise<Loaded | string> {
  const hit = cache.get(id);
  if (hit) return hit;
  let loaded: Loaded | string;
  if (id === SEED_ID) loaded = await readSeedOnce();
  else {
    const value = await getStored(id);
    if (value === undefined) return `“${id}” is not in this browser's library`;
    loaded = await readStored(value);
  }
  if (typeof loaded !== 'string') cache.set(id, loaded);
  return loaded;
}

/** A stored value: its summary checked, its JSON validated by the stored reader. */
async function readStored(value: unknown): Promise<Loaded | string> {
  const entry = asEntry(value);
  if (typeof entry === 'string') return entry;
  const json = storedJson(value);
  if (json === null) return 'the stored entry has no json';
  const { index, ...result } = await storedReader(json);
  const back = storedDataset(entry, result);
  if (typeof back === 'string') return back;
  // The index the worker built holds the dataset under its file's title: given the Library's.
  return {
    ...back,
    problems: [],
    ...(index ? { index: { ...index, dataset: back.dataset } } : {}),
  };
}

/** Only the latest opening shows (a quick back and forward starts several). */
let generation = 0;

const notice = (message: string) => useStore.getState().addNotice(message);
const status = (message: string) => useStore.setState({ load: { status: 'loading', message } });

/**
 * A fresh link for a newly opened view: only the datasets (back returns to the last view).
 * `replace` rewrites the current entry instead of adding one.
 */
function freshLink(ids: readonly string[], replace = false) {
  const ds = URL_PARAMS.ds!.serialise({ ...useStore.getState(), datasets: ids });
  const url = `${window.location.pathname}${ds ? `?ds=${ds}` : ''}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}

/** Matches for a combination: the ones confirmed for it, else every same name. */
async function matchesFor(ids: readonly string[], parts: readonly Loaded[]): Promise<Merge[]> {
  const stored = await getMatches(ids).catch(() => null);
  if (stored) return stored;
  const { suggestMatches } = await matching();
  return suggestMatches(parts.map((p) => p.dataset.actors))
    .filter((m) => m.reason === 'same name')
    .map((m) => [m.keep, m.merge]);
}

/**
 * Opens datasets of the library by id: one as it is, several combined. Ids the library does
 * not hold are left out with a notice; with none left, the bundled report opens.
 */
export async function openDatasets(
  ids: readonly string[],
  opts: { merges?: readonly Merge[]; fresh?: boolean } = {},
): Promise<void> {
  const mine = ++generation;
  const missing: string[] = [];
  // A draft opens alone, in the workbench, with its history.
  const draftId = ids.find(isDraftId);
  if (draftId) {
    status('Opening the draft…');
    const draft = await getDraft(draftId);
    if (mine !== generation) return;
    if (typeof draft !== 'string') {
      const { openDraft } = await workbench();
      if (mine !== generation) return;
      if (opts.fresh) freshLink([draftId]);
      return openDraft(draftId, draft.dataset, draft.history, false);
    }
    missing.push(draft);
  }
  status(ids.length > 1 ? 'Combining the datasets…' : 'Opening the dataset…');
  const parts: Loaded[] = [];
  const found: string[] = [];
  for (const id of new Set(ids.filter((x) => !isDraftId(x)))) {
    const got = await read(id).catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
    if (typeof got === 'string') missing.push(got);
    else {
      parts.push(got);
      found.push(id);
    }
  }
  if (parts.length === 0) {
    parts.push(await read(SEED_ID).then((x) => x as Loaded));
    found.push(SEED_ID);
  }
  if (mine !== generation) return;
  if (opts.fresh) freshLink(found);
  const { loadValidated } = useStore.getState();
  if (parts.length === 1) {
    const [only] = parts as [Loaded];
    loadValidated(
      only.entry.title,
      { dataset: only.dataset, problems: only.problems },
      { datasets: found, ...(only.index ? { index: only.index } : {}) },
    );
  } else {
    const merges = opts.merges ?? (await matchesFor(found, parts));
    const [{ validateDataset }, { combineDatasets }] = await Promise.all([
      loadValidator(),
      combining(),
    ]);
    if (mine !== generation) return;
    const combined = combineDatasets(
      parts.map((p, i) => ({ id: found[i]!, title: p.entry.title, dataset: p.dataset })),
      merges,
    );
    // The validator stays the one gate, for a combination too.
    loadValidated(combined.title, validateDataset(combined), { datasets: found });
  }
  if (missing.length) notice(`Not opened: ${missing.join('; ')}.`);
}

/** Opens the datasets the link names (`ds`), or the bundled report. */
export function openFromLink(): Promise<void> {
  const { params } = readQuery(window.location.search);
  const raw = params.find(([key]) => key === 'ds')?.[1];
  const parsed = raw === undefined ? null : URL_PARAMS.ds!.parse(raw);
  const ids = parsed && typeof parsed !== 'string' ? (parsed.datasets as string[]) : [SEED_ID];
  return openDatasets(ids);
}

/**
 * Resolves once the browser has painted and is idle (at once where nothing paints), so that
 * keeping a copy never delays what the reader is waiting to see.
 */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return resolve();
    requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function')
        requestIdleCallback(() => resolve(), { timeout: 2000 });
      else setTimeout(resolve, 0);
    });
  });

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The open dataset takes a new title at once (a rename, or the title it is kept under). */
function retitleOpen(rename: (dataset: Dataset) => Dataset) {
  const s = useStore.getState();
  if (s.load.status !== 'ready') return;
  const dataset = rename(s.load.index.dataset);
  if (dataset === s.load.index.dataset) return;
  useStore.setState({ load: { ...s.load, index: { ...s.load.index, dataset } } });
}

/** The dataset under a new title (itself when the title is the same). */
const titled = (title: string) => (d: Dataset) => (d.title === title ? d : { ...d, title });

/**
 * Opens a dataset just read from a file, then keeps it in the library. It shows first: the
 * copy (serialising, hashing, the IndexedDB write) waits for the first paint, and once kept
 * the link names it (`ds=`). When it cannot be kept (quota, private browsing), a notice says
 * it will not survive a reload. Resolves when the write is done or has failed.
 */
export async function keepAndOpen(
  name: string,
  dataset: Dataset,
  format: string,
  problems: Problem[],
  index?: DatasetIndex,
  /** The record, when the import worker makes it (null if it could not). */
  made?: Promise<LibraryRecord | null>,
): Promise<void> {
  const mine = ++generation;
  freshLink([]);
  useStore.getState().loadValidated(name, { dataset, problems }, { index, datasets: [] });
  await afterPaint();
  try {
    // Made a slice at a time: at 300k events, one go held the page for seconds.
    const record =
      (await made) ?? (await recordInSlices(dataset, { format, added: new Date() }, nextTask));
    const entry = await putRecord(record);
    cache.set(entry.id, { dataset: { ...dataset, title: entry.title }, entry, problems: [] });
    if (mine !== generation) return;
    useStore.setState({ datasets: [entry.id] });
    // A kept copy of the same content keeps the title it was given (renamed, perhaps).
    retitleOpen(titled(entry.title));
    // The link sync (when running) has added `ds=` by now; without it, add it here.
    if (!new URLSearchParams(window.location.search).has('ds')) freshLink([entry.id], true);
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    notice(`${error.message} ${dataset.title} is open, but will not be here after a reload.`);
  }
}

/** The library: the bundled report first, then what this browser keeps (newest first). */
export async function libraryEntries(): Promise<{ entries: LibraryEntry[]; error?: string }> {
  const seed = await read(SEED_ID);
  const first = typeof seed === 'string' ? [] : [seed.entry];
  try {
    return { entries: [...first, ...(await listEntries())] };
  } catch (error) {
    return { entries: first, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function renameDataset(id: string, title: string): Promise<void> {
  await renameRecord(id, title);
  cache.delete(id);
  const open = useStore.getState().datasets;
  if (!open.includes(id)) return;
  const { retitlePart } = await combining();
  // The open view takes the new name at once: the dataset's own, or its part's in a combination.
  retitleOpen(open.length === 1 ? titled(title) : (d) => retitlePart(d, id, title));
}

export async function deleteDataset(id: string): Promise<void> {
  await deleteRecord(id);
  cache.delete(id);
  const open = useStore.getState().datasets;
  if (open.includes(id))
    await openDatasets(
      open.filter((x) => x !== id),
      { fresh: true },
    );
}

export interface CombinationDraft {
  ids: string[];
  titles: string[];
  /** Each dataset's actors' names by id, to show the suggestions. */
  names: Map<string, string>[];
  suggestions: MatchSuggestion[];
  /** The matches checked at first: the ones confirmed before, else the same names. */
  checked: Merge[];
}

/** What the "Match actors" dialog needs to combine these datasets. */
export async function draftCombination(ids: readonly string[]): Promise<CombinationDraft> {
  const parts: Loaded[] = [];
  for (const id of ids) {
    const got = await read(id);
    if (typeof got === 'string') throw new Error(got);
    parts.push(got);
  }
  const { suggestMatches } = await matching();
  return {
    ids: [...ids],
    titles: parts.map((p) => p.entry.title),
    names: parts.map((p) => new Map(p.dataset.actors.map((a) => [a.id, a.name]))),
    suggestions: suggestMatches(parts.map((p) => p.dataset.actors)),
    checked: await matchesFor(ids, parts),
  };
}

/** Combines with the matches the reader confirmed, kept so a reload combines them alike. */
export async function openCombination(ids: readonly string[], merges: Merge[]): Promise<void> {
  const kept = await putMatches(ids, merges).then(
    () => null,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  await openDatasets(ids, { merges, fresh: true });
  if (kept) notice(`${kept} A reload will merge only actors with the same name.`);
}

/**
 * Keeps the workbench's draft in the library as a dataset and leaves the workbench (the draft
 * is deleted once the copy is written). Resolves with a sentence saying what happened.
 */
export async function keepDraft(): Promise<string> {
  const s = useStore.getState();
  if (s.load.status !== 'ready' || !s.workbench) return 'No draft is open.';
  const { draftId } = s.workbench;
  const dataset = s.load.index.dataset;
  try {
    const entry = await putRecord(toRecord(dataset, { format: 'traceline', added: new Date() }));
    cache.delete(entry.id);
    await workbench()
      .then((m) => m.discardDraft(draftId))
      .catch(() => undefined);
    await openDatasets([entry.id], { fresh: true });
    return `Kept “${entry.title}” in the Library.`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The workbench's drafts kept in this browser (empty, with a sentence, when unreadable). */
export async function libraryDrafts(): Promise<{ drafts: DraftSummary[]; error?: string }> {
  try {
    return { drafts: await listDrafts() };
  } catch (error) {
    return { drafts: [], error: error instanceof Error ? error.message : String(error) };
  }
}

/** Deletes a draft; the open view leaves the workbench when it was that draft. */
export async function deleteDraftById(id: string): Promise<void> {
  await (await workbench()).discardDraft(id);
  if (useStore.getState().workbench?.draftId === id) await openDatasets([SEED_ID], { fresh: true });
}
