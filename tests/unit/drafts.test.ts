// @vitest-environment jsdom
/** Drafts in IndexedDB (src/persist/drafts.ts): ids, the shape check, a failed write's message. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetTracelineDb } from '../../src/persist/db';
import { asDraft, getDraft, isDraftId, newDraftId, putDraft } from '../../src/persist/drafts';
import { datasetFromReport } from '../../src/store/workbench';
import { loadValidator } from '../../src/model/validator';

const dataset = datasetFromReport('d', {
  title: 'A report',
  published: { edtf: '2022', basis: 'stated' },
  text: 'Some words.',
});

// The page loads the validator on demand; these call its users directly.
beforeAll(async () => {
  await loadValidator();
});

describe('drafts', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetTracelineDb();
  });

  it('makes ids a link can carry and tell from library ids', () => {
    const id = newDraftId(1_700_000_000_000, 0.5);
    expect(id).toMatch(/^draft-[a-z0-9]+$/);
    expect(isDraftId(id)).toBe(true);
    expect(isDraftId('traceline-abc123')).toBe(false);
    expect(newDraftId(1, 0.1)).not.toBe(newDraftId(1, 0.2));
  });

  it('reads back what it saved, and refuses what is not a draft', async () => {
    const history = { done: [], undone: [] };
    await putDraft({ id: 'draft-1', dataset, history, updated: '2026-11-29T00:00:00.000Z' });
    const back = await getDraft('draft-1');
    expect(back).toEqual({ id: 'draft-1', dataset, history, updated: '2026-11-29T00:00:00.000Z' });
    expect(await getDraft('draft-2')).toBe('the draft “draft-2” is not in this browser');
    expect(asDraft(null)).toBe('the stored draft is not a record');
    expect(asDraft({ id: 'x', updated: 'y', dataset: { title: 1 } })).toMatch(
      /^the draft no longer validates: /,
    );
    // A history that cannot be read is dropped; the work is kept.
    const kept = asDraft({ id: 'x', updated: 'y', dataset, history: 'junk' });
    expect(typeof kept !== 'string' && kept.history).toEqual({ done: [], undone: [] });
  });

  it('says plainly when storage is unavailable', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: private browsing, as some browsers present it
    delete globalThis.indexedDB;
    resetTracelineDb();
    try {
      await expect(
        putDraft({ id: 'draft-1', dataset, history: { done: [], undone: [] }, updated: '' }),
      ).rejects.toThrow(/^Could not save the draft “A report”: .*IndexedDB is unavailable/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
