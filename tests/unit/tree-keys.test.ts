/** Keys in the actor tree and the category list (src/views/filters/treeKeys.ts). */
import { describe, expect, it } from 'vitest';
import { treeKey, type TreeRow } from '../../src/views/filters/treeKeys';

// Pakistan (open) > Army (closed), ISI; India (a leaf).
const rows: TreeRow[] = [
  { id: 'pk', parent: null, name: 'Pakistan', expanded: true },
  { id: 'army', parent: 'pk', name: 'Army', expanded: false },
  { id: 'isi', parent: 'pk', name: 'ISI', expanded: null },
  { id: 'in', parent: null, name: 'India', expanded: null },
];
const key = (current: string, k: string) => treeKey(rows, current, k);

describe('treeKey', () => {
  it('moves up and down the visible rows, and to either end', () => {
    expect(key('pk', 'ArrowDown')).toEqual({ kind: 'focus', id: 'army' });
    expect(key('army', 'ArrowUp')).toEqual({ kind: 'focus', id: 'pk' });
    expect(key('in', 'ArrowDown')).toBeNull();
    expect(key('pk', 'ArrowUp')).toBeNull();
    expect(key('isi', 'Home')).toEqual({ kind: 'focus', id: 'pk' });
    expect(key('pk', 'End')).toEqual({ kind: 'focus', id: 'in' });
  });

  it('opens, enters, closes and leaves with the side arrows', () => {
    expect(key('army', 'ArrowRight')).toEqual({ kind: 'expand', id: 'army' });
    expect(key('pk', 'ArrowRight')).toEqual({ kind: 'focus', id: 'army' });
    expect(key('isi', 'ArrowRight')).toBeNull();
    expect(key('pk', 'ArrowLeft')).toEqual({ kind: 'collapse', id: 'pk' });
    expect(key('isi', 'ArrowLeft')).toEqual({ kind: 'focus', id: 'pk' });
    expect(key('in', 'ArrowLeft')).toBeNull();
  });

  it('checks with Space or Enter, and finds a row by its first letter', () => {
    expect(key('isi', ' ')).toEqual({ kind: 'toggle', id: 'isi' });
    expect(key('isi', 'Enter')).toEqual({ kind: 'toggle', id: 'isi' });
    expect(key('pk', 'i')).toEqual({ kind: 'focus', id: 'isi' });
    expect(key('isi', 'I')).toEqual({ kind: 'focus', id: 'in' });
    expect(key('pk', 'z')).toBeNull();
    expect(key('pk', 'Tab')).toBeNull();
  });

  it('treats a flat list (no parents) as a list', () => {
    const flat: TreeRow[] = ['a', 'b', 'c'].map((id) => ({
      id,
      parent: null,
      name: id,
      expanded: null,
    }));
    expect(treeKey(flat, 'b', 'ArrowRight')).toBeNull();
    expect(treeKey(flat, 'b', 'ArrowDown')).toEqual({ kind: 'focus', id: 'c' });
    expect(treeKey(flat, 'gone', 'ArrowDown')).toEqual({ kind: 'focus', id: 'a' });
  });
});
