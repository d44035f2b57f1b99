// @vitest-environment jsdom
/**
 * A landmark asked for (Alt+Shift+N) before its panel's code has loaded gets the focus when
 * the panel shows, unless the reader has moved the focus meanwhile.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { focusLandmark, LANDMARKS } from '../../src/app/landmarks';

const graph = LANDMARKS.find((l) => l.area === 'graph')!;
const reader = LANDMARKS.find((l) => l.area === 'reader')!;
const tick = () => new Promise((r) => setTimeout(r, 0));

function area(name: string): HTMLElement {
  const el = document.createElement('div');
  el.id = `area-${name}`;
  el.append(Object.assign(document.createElement('p'), { textContent: 'Loading…' }));
  document.body.append(el);
  return el;
}
function show(el: HTMLElement): HTMLElement {
  const section = document.createElement('section');
  el.replaceChildren(section);
  return section;
}

afterEach(() => document.body.replaceChildren());

describe('focusLandmark', () => {
  it('focuses a shown panel at once', () => {
    const section = show(area('graph'));
    expect(focusLandmark(graph)).toBe(true);
    expect(document.activeElement).toBe(section);
  });

  it('focuses a panel still loading once it shows', async () => {
    const el = area('graph');
    expect(focusLandmark(graph)).toBe(false);
    const section = show(el);
    await tick();
    expect(document.activeElement).toBe(section);
  });

  it('gives up when the focus has moved meanwhile', async () => {
    const el = area('graph');
    const input = document.body.appendChild(document.createElement('input'));
    focusLandmark(graph);
    input.focus();
    show(el);
    await tick();
    expect(document.activeElement).toBe(input);
  });

  it('waits for the last landmark asked for only', async () => {
    const [g, r] = [area('graph'), area('reader')];
    focusLandmark(graph);
    focusLandmark(reader);
    const graphSection = show(g);
    await tick();
    expect(document.activeElement).not.toBe(graphSection);
    const readerSection = show(r);
    await tick();
    expect(document.activeElement).toBe(readerSection);
  });
});
