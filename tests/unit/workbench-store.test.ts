// @vitest-environment jsdom
/**
 * The store's side of the workbench (src/store/workbench.ts) over fake-indexeddb: a report
 * becomes a draft, edits land only when the dataset they make validates, undo and redo walk
 * the history, every edit is saved, and the link reopens the draft with its history.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetTracelineDb } from '../../src/persist/db';
import { getDraft, isDraftId } from '../../src/persist/drafts';
import {
  deleteDraftById,
  keepDraft,
  libraryDrafts,
  libraryEntries,
  openFromLink,
} from '../../src/store/library';
import { useStore } from '../../src/store/store';
import {
  datasetFromReport,
  editOpenDataset,
  redoEdit,
  runEdit,
  savesSettled,
  startFromReport,
  undoEdit,
} from '../../src/store/workbench';
import { addItem, deleteItem } from '../../src/edit/build';
import { evidenceFor } from '../../src/edit/selection';
import { validateDataset } from '../../src/model/validate';
import type { Dataset, Event } from '../../src/model/schema';

// A decomposed "é" (e + U+0301): the draft keeps the text NFC, as offsets need.
const TEXT =
  'Talks in Doha. The Taliban met Pakistani officials in Doha in June 2021.\n\nCafe\u0301 later.';

const ready = () => {
  const { load } = useStore.getState();
  if (load.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(load)}`);
  return load.index.dataset;
};

function talks(ds: Dataset): Event {
  const text = ds.sources[0]!.text;
  const start = text.indexOf('The Taliban');
  return {
    id: 'talks',
    title: 'The Taliban meet Pakistani officials',
    summary: '',
    category: 'CONSULT',
    context: [],
    when: { edtf: '2021-06', basis: 'stated', phrase: 'in June 2021' },
    participants: [{ actor: 'taliban', role: 'initiator' }],
    evidence: [evidenceFor(text, ds.sources[0]!.id, start, text.indexOf('\n'))!],
  };
}

describe('the workbench, from the store', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetTracelineDb();
    window.history.replaceState(null, '', '/');
    useStore.setState({ load: { status: 'loading' }, workbench: null });
  });

  it('makes a draft from a report whose text is NFC and whose id comes from the title', () => {
    const ds = datasetFromReport('draft-x', {
      title: 'Doha talks, 2021',
      published: { edtf: '2021-07', basis: 'stated' },
      text: TEXT,
    });
    expect(ds.id).toBe('doha-talks-2021');
    expect(ds.sources[0]!.text).toContain('Café');
    expect(ds.sources[0]!.text).toBe(ds.sources[0]!.text.normalize('NFC'));
    expect(validateDataset(ds).problems).toEqual([]);
  });

  it('lands only valid edits, undoes and redoes them, saves each, and reopens from the link', async () => {
    await startFromReport({
      title: 'Doha talks',
      published: { edtf: '2021-07', basis: 'stated' },
      text: TEXT,
    });
    const { workbench } = useStore.getState();
    expect(isDraftId(workbench!.draftId)).toBe(true);
    expect(window.location.search).toBe(`?ds=${workbench!.draftId}`);
    expect(ready().events).toEqual([]);

    // An event naming an actor the dataset lacks does not land: the validator says why.
    const refused = runEdit((ds) => addItem(ds, 'events', talks(ds)));
    expect(refused).not.toBeNull();
    expect(refused!.some((p) => p.field === 'participants' && /taliban/.test(p.message))).toBe(
      true,
    );
    expect(ready().events).toEqual([]);

    expect(
      runEdit((ds) =>
        addItem(ds, 'actors', { id: 'taliban', name: 'Taliban', kind: 'armed-group', aliases: [] }),
      ),
    ).toBeNull();
    expect(runEdit((ds) => addItem(ds, 'events', talks(ds)))).toBeNull();
    expect(ready().events.map((e) => e.id)).toEqual(['talks']);
    // The explorer's index follows (the views show the dataset as it is built).
    const { load } = useStore.getState();
    expect(load.status === 'ready' && load.index.eventsById.has('talks')).toBe(true);

    // A builder's refusal comes back as a sentence.
    expect(runEdit((ds) => deleteItem(ds, 'actors', 'taliban'))).toEqual([
      { message: expect.stringMatching(/still used by event/) },
    ]);

    useStore.getState().select(['talks']);
    undoEdit();
    expect(ready().events).toEqual([]);
    expect(useStore.getState().selection).toEqual([]);
    redoEdit();
    expect(ready().events.map((e) => e.id)).toEqual(['talks']);
    undoEdit();
    await savesSettled();
    expect(useStore.getState().workbench!.saved).toBe('saved');

    // Saved as it stands, with its history (one edit done, one undone).
    const draftId = useStore.getState().workbench!.draftId;
    const saved = await getDraft(draftId);
    if (typeof saved === 'string') throw new Error(saved);
    expect(saved.dataset.actors.map((a) => a.id)).toEqual(['taliban']);
    expect(saved.history.done.map((c) => c.label)).toEqual(['Add actor “Taliban”']);
    expect(saved.history.undone).toHaveLength(1);

    // A reload: the link opens the draft in the workbench, and redo still works.
    useStore.setState({ load: { status: 'loading' }, workbench: null });
    await openFromLink();
    expect(useStore.getState().workbench?.draftId).toBe(draftId);
    redoEdit();
    expect(ready().events.map((e) => e.id)).toEqual(['talks']);

    // The Library lists it among the drafts.
    await savesSettled();
    expect((await libraryDrafts()).drafts).toEqual([
      { id: draftId, title: 'Doha talks', events: 1, updated: expect.any(String) },
    ]);

    // Kept in the library: the draft is gone, the dataset listed and open.
    await savesSettled();
    expect(await keepDraft()).toMatch(/^Kept “Doha talks” in the Library/);
    expect(useStore.getState().workbench).toBeNull();
    expect(typeof (await getDraft(draftId))).toBe('string');
    const { entries } = await libraryEntries();
    expect(entries.map((e) => [e.title, e.events])).toContainEqual(['Doha talks', 1]);
    expect((await libraryDrafts()).drafts).toEqual([]);
  });

  it('deletes a draft from the Library; the open one leaves the workbench', async () => {
    await startFromReport({
      title: 'Gone',
      published: { edtf: '2021', basis: 'stated' },
      text: TEXT,
    });
    const { draftId } = useStore.getState().workbench!;
    await savesSettled();
    await deleteDraftById(draftId);
    expect((await libraryDrafts()).drafts).toEqual([]);
    expect(useStore.getState().workbench).toBeNull();
    expect(ready().title).toMatch(/Taliban/);
  });

  it('opens the dataset on screen as a new draft, the seed included', async () => {
    await openFromLink();
    const seed = ready();
    await editOpenDataset();
    expect(useStore.getState().workbench).not.toBeNull();
    expect(ready()).toEqual(seed);
    expect(runEdit((ds) => deleteItem(ds, 'events', ds.events[0]!.id))).toBeNull();
    expect(ready().events).toHaveLength(seed.events.length - 1);
  });

  it('says so when a link names a draft this browser does not have', async () => {
    window.history.replaceState(null, '', '/?ds=draft-nothere');
    await openFromLink();
    expect(ready().title).toMatch(/Taliban/);
    expect(
      useStore
        .getState()
        .notices.map((n) => n.message)
        .join(),
    ).toMatch(/draft-nothere.*not in this browser/);
  });
});
