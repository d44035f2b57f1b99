// @vitest-environment jsdom
/**
 * An SVG snapshot of the seed timeline: the React component rendered in jsdom (UTC pinned by
 * the config; a 900-pixel-wide view, since jsdom lays nothing out) with its
 * numbers rounded, written to a standalone SVG file (styled with timeline.css) that opens as
 * a picture.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { Timeline } from '../../src/views/timeline/Timeline';
import { markLabel } from '../../src/views/timeline/TimelineMarks';
import { useStore, INITIAL_DATA } from '../../src/store/store';
import { seed, giveElementsSize } from './helpers';
import { validateDataset } from '../../src/model/validate';

const round = (svg: string) =>
  svg.replace(/-?\d+\.\d+/g, (n) => {
    const r = Math.round(Number(n) * 10) / 10;
    return Object.is(r, -0) ? '0' : String(r);
  });

beforeAll(() => {
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('UTC');
  // jsdom lays nothing out: give the timeline a 900-pixel-wide view tall enough for every lane.
  giveElementsSize(900, 1200);
});
afterEach(() => {
  cleanup();
  useStore.setState(INITIAL_DATA);
});

function renderSeed() {
  useStore.getState().loadValidated('seed', validateDataset(seed()));
  return render(<Timeline />);
}

const CSS = readFileSync('src/views/timeline/timeline.css', 'utf8');

/** The axis, the lanes and the overview stacked in one standalone SVG, styled as in the app. */
function serialise(root: Element): string {
  const s = new XMLSerializer();
  let y = 0;
  let width = 0;
  const parts = [...root.querySelectorAll('svg.tl-axis, svg.tl-lanes, svg.tl-overview')].map(
    (svg) => {
      const copy = svg.cloneNode(true) as SVGSVGElement;
      copy.setAttribute('y', String(y));
      y += Number(svg.getAttribute('height'));
      width = Math.max(width, Number(svg.getAttribute('width')));
      return round(s.serializeToString(copy)).replace(/ xmlns="[^"]*"/, '');
    },
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" font-family="DejaVu Sans, sans-serif">`,
    `<style>svg { --tl-text: #1d1d1f; --tl-muted: #5a5a66; --tl-grid: #ecebe6; --tl-lane: #fff; --tl-lane-odd: #f6f5f1; }\n${CSS}</style>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

describe('the seed timeline', () => {
  it('matches the SVG snapshot (default focus on the dense period)', async () => {
    const { container } = renderSeed();
    const section = container.querySelector('section[aria-label="Timeline"]')!;
    expect(section).not.toBeNull();
    await expect(serialise(section)).toMatchFileSnapshot('__snapshots__/timeline-seed.svg');
  });

  it('matches the SVG snapshot of the whole span', async () => {
    const { container } = renderSeed();
    act(() => useStore.getState().setWindow(null));
    await expect(serialise(container)).toMatchFileSnapshot('__snapshots__/timeline-seed-whole.svg');
  });

  it('names every mark with its title and date and shows the selection', () => {
    const { container } = renderSeed();
    const mark = container.querySelector('[data-id="airstrikes-on-ttp-in-afghanistan"]')!;
    expect(mark.getAttribute('role')).toBe('button');
    expect(mark.getAttribute('aria-label')).toBe(
      'Airstrikes on TTP targets in Afghanistan, December 2021 – 16 April 2022 (known; the text: August 2021 – c. May 2022)',
    );
    expect(mark.getAttribute('aria-pressed')).toBe('false');
    act(() => useStore.getState().select(['airstrikes-on-ttp-in-afghanistan']));
    const again = container.querySelector('[data-id="airstrikes-on-ttp-in-afghanistan"]')!;
    expect(again.getAttribute('aria-pressed')).toBe('true');
    // Exactly one mark is in the tab order (a roving tab stop): the selected one.
    const tabbable = container.querySelectorAll('.tl-mark[tabindex="0"], .tl-cell[tabindex="0"]');
    expect(tabbable).toHaveLength(1);
    expect(tabbable[0]).toBe(again);
  });

  it('lights the events of a hovered actor (sub-actors included) and dims the rest', () => {
    const { container } = renderSeed();
    act(() => useStore.getState().setHover({ actor: 'pakistan-military' }));
    const hot = [...container.querySelectorAll('.tl-mark.is-hot')].map((m) =>
      m.getAttribute('data-id'),
    );
    // Faiz Hameed is under the military: his Kabul talks light up.
    expect(hot).toEqual(['former-isi-chief-kabul-talks']);
    expect(container.querySelectorAll('.tl-mark.is-dim').length).toBeGreaterThan(5);
    act(() => useStore.getState().setHover({ actor: null, ids: ['imran-khan-ousted'] }));
    expect(
      [...container.querySelectorAll('.tl-mark.is-hot')].map((m) => m.getAttribute('data-id')),
    ).toEqual(['imran-khan-ousted']);
    expect(container.querySelectorAll('.tl-mark.is-dim')).toHaveLength(0);
  });

  it('offers the events outside the focus', () => {
    const { getByRole } = renderSeed();
    const button = getByRole('button', { name: /earlier event/ });
    expect(button.textContent).toMatch(/1947/);
  });
});

describe('mark labels', () => {
  const withTitle = (title: string) =>
    ({
      events: [{ title, magnitude: { count: 124, qualifier: 'over', unit: 'terrorist strikes' } }],
    }) as unknown as Parameters<typeof markLabel>[0];
  const mark = { event: 0, labelRoom: 600 } as Parameters<typeof markLabel>[1];

  it('leads with the figure of an aggregate, unless the title already gives it', () => {
    expect(markLabel(withTitle('TTP strikes in the northwest'), mark)).toMatch(/^over 124 · TTP/);
    expect(markLabel(withTitle('TTP carries out over 124 strikes'), mark)).toBe(
      'TTP carries out over 124 strikes',
    );
  });
});
