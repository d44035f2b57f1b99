/**
 * The one store (zustand). Views never talk to each other; they read and write here.
 * Data fields and actions are typed apart (as xyflow does); selectors live in selectors.ts
 * so components subscribe to the smallest slice they need.
 */
import { create } from 'zustand';
import type { Category } from '../model/schema';
import { formatProblem, type Problem, type ValidationResult } from '../model/problems';
import { buildIndex, type DatasetIndex } from '../query/indexes';
import { EMPTY_FILTERS, type Filters } from '../query/filter';
import { rememberView } from './rememberView';
import type { History } from '../edit/history';

export type LoadState =
  | { status: 'loading'; /** What is happening, for the status line. */ message?: string }
  | { status: 'error'; name: string; problems: Problem[] }
  | {
      status: 'ready';
      name: string;
      index: DatasetIndex;
      warnings: Problem[];
      /** Counts openings: the views remount for a new opening, not for an edit of this one. */
      opened: number;
    };

export type LaneGrouping = 'actor' | 'category' | 'none';
/** Which view shares the workspace tab with the other: the actor graph or the map. */
export type MainView = 'graph' | 'map';

export interface Notice {
  id: number;
  message: string;
  /** Listed under the message (the warnings a dataset loaded with). */
  items?: readonly string[];
}

export interface TracelineData {
  load: LoadState;
  /** The filters a fresh view of this dataset starts with (the focus window is its dense period). */
  defaultFilters: Filters;
  filters: Filters;
  /** Selected event and relation ids (one id namespace); an edge selects several. */
  selection: readonly string[];
  /** What the pointer or keyboard focus is on, for cross-view highlighting. */
  hover: { actor: string | null; ids: readonly string[] };
  laneGrouping: LaneGrouping;
  /** Show only top-level actors (ISI and the army fold into Pakistan). */
  collapseActors: boolean;
  notices: readonly Notice[];
  mainView: MainView;
  /** The evidence passage the source reader shows (an event or relation id and its evidence index). */
  passage: PassageRef | null;
  /** Library ids of what is open (several: combined; none: a dataset the library lacks). */
  datasets: readonly string[];
  /** Set while the open dataset is a draft in the workbench. */
  workbench: Workbench | null;
}

/** The workbench's state: which draft is open, its edit history, and whether it is saved. */
export interface Workbench {
  draftId: string;
  history: History;
  /** 'saved', 'saving', or the sentence saying why the last save failed. */
  saved: string;
  /** The words selected in the reader, [start, end) in a source's text. */
  selected: TextRange | null;
  /** The form open over the selection, if any. */
  form: WorkbenchForm | null;
  /** Whether the reader marks every mention of every actor. */
  showMentions: boolean;
}

export interface TextRange {
  source: string;
  start: number;
  end: number;
}

/** What the open form makes: a new event or relation, evidence, or a change to the selected item. */
export type WorkbenchForm = 'event' | 'relation' | 'evidence' | 'edit';

/** One evidence item: the `evidence`-th quote of the event or relation `id`. */
export interface PassageRef {
  id: string;
  evidence: number;
}

export interface TracelineActions {
  /**
   * Shows a validated dataset (or its problems); its warnings become a notice. `index`, when
   * given, is the dataset's index built elsewhere (a worker); `datasets` are the library ids
   * of what is open.
   */
  loadValidated(
    name: string,
    result: ValidationResult,
    opts?: { index?: DatasetIndex; datasets?: readonly string[] },
  ): void;
  setFilters(patch: Partial<Filters>): void;
  toggleActor(id: string): void;
  toggleCategory(category: Category): void;
  setWindow(window: readonly [number, number] | null): void;
  clearFilters(): void;
  select(ids: readonly string[]): void;
  clearSelection(): void;
  setHover(hover: Partial<TracelineData['hover']>): void;
  setLaneGrouping(grouping: LaneGrouping): void;
  setCollapseActors(collapse: boolean): void;
  setMainView(view: MainView): void;
  addNotice(message: string, items?: readonly string[]): void;
  dismissNotice(id: number): void;
  /** Shows an evidence passage in the source reader (null: the selection's first). */
  focusPassage(passage: PassageRef | null): void;
}

export type TracelineState = TracelineData & TracelineActions;

export const INITIAL_DATA: TracelineData = {
  load: { status: 'loading' },
  defaultFilters: EMPTY_FILTERS,
  filters: EMPTY_FILTERS,
  selection: [],
  hover: { actor: null, ids: [] },
  laneGrouping: 'actor',
  collapseActors: false,
  notices: [],
  mainView: 'graph',
  passage: null,
  datasets: ['seed'],
  workbench: null,
};

let openings = 0;

let noticeId = 0;
const toggled = <T>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/** A notice lists at most this many warnings, then says how many more there are. */
const MAX_LISTED = 20;

export const useStore = create<TracelineState>()((set, get) => ({
  ...INITIAL_DATA,
  loadValidated(name, { dataset, problems }, { index: built, datasets = [] } = {}) {
    if (!dataset) {
      set({ load: { status: 'error', name, problems } });
      return;
    }
    const index = built?.dataset === dataset ? built : buildIndex(dataset);
    const defaultFilters = { ...EMPTY_FILTERS, window: index.focus };
    set({
      load: { status: 'ready', name, index, warnings: problems, opened: ++openings },
      defaultFilters,
      filters: defaultFilters,
      selection: [],
      hover: { actor: null, ids: [] },
      passage: null,
      datasets: [...datasets],
      workbench: null,
      // Notices were about the dataset (or link) before this one.
      notices: [],
    });
    // Re-anchored quotes and other warnings: the dataset is shown, but not silently.
    if (problems.length > 0) {
      const listed = problems.slice(0, MAX_LISTED).map(formatProblem);
      if (problems.length > MAX_LISTED) listed.push(`… and ${problems.length - MAX_LISTED} more`);
      get().addNotice(
        `${name} loaded with ${problems.length} warning${problems.length === 1 ? '' : 's'}; check them in the file:`,
        listed,
      );
    }
  },
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  toggleActor: (id) =>
    set((s) => ({ filters: { ...s.filters, actors: toggled(s.filters.actors, id) } })),
  toggleCategory: (c) =>
    set((s) => ({ filters: { ...s.filters, categories: toggled(s.filters.categories, c) } })),
  setWindow: (window) => set((s) => ({ filters: { ...s.filters, window } })),
  /** Clears every filter, the time window included (the whole span shows); keeps the date basis. */
  clearFilters: () => set((s) => ({ filters: { ...EMPTY_FILTERS, dates: s.filters.dates } })),
  select: (ids) => set({ selection: [...ids] }),
  clearSelection: () => set({ selection: [] }),
  setHover: (hover) => set((s) => ({ hover: { ...s.hover, ...hover } })),
  setLaneGrouping: (laneGrouping) => set({ laneGrouping }),
  setCollapseActors: (collapseActors) => set({ collapseActors }),
  setMainView: (mainView) => {
    rememberView(mainView);
    set({ mainView });
  },
  addNotice: (message, items) =>
    set((s) => ({
      notices: [...s.notices, { id: ++noticeId, message, ...(items ? { items } : {}) }],
    })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  focusPassage: (passage) => set({ passage }),
}));
