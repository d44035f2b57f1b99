/** The landmark keys (src/app/landmarks.ts): Alt+Shift+digit, by physical key. */
import { describe, expect, it } from 'vitest';
import { LANDMARKS, landmarkOfKey } from '../../src/app/landmarks';

const press = (code: string, mods: Partial<Record<'alt' | 'shift' | 'ctrl' | 'meta', boolean>>) =>
  landmarkOfKey({
    code,
    altKey: !!mods.alt,
    shiftKey: !!mods.shift,
    ctrlKey: !!mods.ctrl,
    metaKey: !!mods.meta,
  });

describe('landmarkOfKey', () => {
  it('maps Alt+Shift+1…6 (top row or keypad) to the six landmarks in order', () => {
    expect(LANDMARKS.map((l) => l.area)).toEqual([
      'filters',
      'timeline',
      'graph',
      'reader',
      'details',
      'table',
    ]);
    for (const l of LANDMARKS) {
      expect(press(`Digit${l.digit}`, { alt: true, shift: true })).toBe(l);
      expect(press(`Numpad${l.digit}`, { alt: true, shift: true })).toBe(l);
    }
  });

  it('ignores other keys and modifiers (Alt+digit is the browser’s, plain digits the timeline’s)', () => {
    expect(press('Digit1', { alt: true })).toBeNull();
    expect(press('Digit1', { shift: true })).toBeNull();
    expect(press('Digit1', {})).toBeNull();
    expect(press('Digit1', { alt: true, shift: true, ctrl: true })).toBeNull();
    expect(press('Digit1', { alt: true, shift: true, meta: true })).toBeNull();
    expect(press('Digit7', { alt: true, shift: true })).toBeNull();
    expect(press('KeyA', { alt: true, shift: true })).toBeNull();
  });
});
