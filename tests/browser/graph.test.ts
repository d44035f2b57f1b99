import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBrowser } from './harness';

const TTP = /^Tehrik-e-Taliban Pakistan, armed group, \d+ events/;

/** The "N of M events" figure in the app header. */
async function shownEvents(page: Page): Promise<number> {
  const text = await page
    .getByText(/\d+ of \d+ events/)
    .first()
    .textContent();
  return Number(/(\d+) of \d+ events/.exec(text ?? '')![1]);
}

const graphOf = (page: Page) => page.getByRole('region', { name: 'Actor graph' });

/**
 * Clicks an edge where it is on top: the first point along its stroke, from the middle
 * out, that no other edge or actor covers (the centre of a curve's box may miss it).
 */
async function clickEdge(page: Page, edge: Locator) {
  const point = await edge.locator('.edge-hit').evaluate((path: SVGPathElement) => {
    const id = path.closest('[data-edge-id]')!.getAttribute('data-edge-id');
    const m = path.getScreenCTM()!;
    const length = path.getTotalLength();
    for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
      const p = path.getPointAtLength(length * f);
      const x = p.x * m.a + p.y * m.c + m.e;
      const y = p.x * m.b + p.y * m.d + m.f;
      const top = document.elementFromPoint(x, y)?.closest('[data-edge-id]');
      if (top?.getAttribute('data-edge-id') === id) return { x, y };
    }
    return null;
  });
  expect(point, 'a visible point on the edge').not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
}

const activeNode = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-node-id') ?? null);

describe('the actor graph', () => {
  const b = useBrowser();

  it('draws the actors of the current window with names, kinds and counts', async () => {
    await b.open();
    const graph = graphOf(b.page);
    await graph.getByRole('button', { name: TTP }).waitFor();
    await graph.getByRole('button', { name: /^Pakistan, state, \d+ events/ }).waitFor();
    // Edges are named for who did what to whom.
    await graph.getByRole('button', { name: 'Pakistan to TTP: 1 assault' }).waitFor();
    expect(await graph.getByText(/\d+ actors · \d+ ties/).textContent()).toMatch(/^17 actors/);
    expect(b.errors).toEqual([]);
  });

  it('clicking an actor toggles it in the actor filter, and every view follows', async () => {
    await b.open();
    const before = await shownEvents(b.page);
    const ttp = graphOf(b.page).getByRole('button', { name: TTP });
    expect(await ttp.getAttribute('aria-pressed')).toBe('false');
    await ttp.click();
    await expect.poll(() => shownEvents(b.page)).toBeLessThan(before);
    // The graph follows the filters once they settle.
    await expect.poll(() => ttp.getAttribute('aria-pressed')).toBe('true');
    expect(new URL(b.page.url()).searchParams.get('actors')).toBe('ttp');
    // Only the TTP's counterparts remain: Imran Khan has no tie to the TTP.
    await expect
      .poll(() =>
        graphOf(b.page)
          .getByRole('button', { name: /^Imran Khan,/ })
          .count(),
      )
      .toBe(0);
    await ttp.click();
    await expect.poll(() => shownEvents(b.page)).toBe(before);
    await expect.poll(() => ttp.getAttribute('aria-pressed')).toBe('false');
  });

  it('hovering an actor highlights its ties and its events on the timeline; leaving clears them', async () => {
    await b.open();
    const graph = graphOf(b.page);
    const lit = graph.locator('[data-edge-id][data-highlighted]');
    expect(await lit.count()).toBe(0);
    await graph.getByRole('button', { name: TTP }).hover();
    await expect.poll(() => lit.count()).toBeGreaterThan(2);
    for (const name of await lit.evaluateAll((els) =>
      els.map((e) => e.getAttribute('aria-label')),
    )) {
      expect(name).toMatch(/\bTTP\b/);
    }
    // Actors with no tie to the TTP are dimmed (not highlighted).
    expect(
      await graph.getByRole('button', { name: /^Imran Khan,/ }).getAttribute('data-highlighted'),
    ).toBeNull();
    // The timeline reads the same store.hover.actor: the TTP's events light up there too.
    const hotOnTimeline = b.page
      .getByRole('region', { name: 'Timeline' })
      .locator('.tl-mark.is-hot');
    await expect.poll(() => hotOnTimeline.count()).toBeGreaterThan(0);
    await b.page.mouse.move(2, 2);
    await expect.poll(() => lit.count()).toBe(0);
    await expect.poll(() => hotOnTimeline.count()).toBe(0);
  });

  it('clicking an edge selects its events, which the URL and the details panel show', async () => {
    await b.open();
    const edge = graphOf(b.page).getByRole('button', { name: 'Pakistan to TTP: 1 assault' });
    await clickEdge(b.page, edge);
    await expect
      .poll(() => new URL(b.page.url()).searchParams.get('sel'))
      .toBe('airstrikes-on-ttp-in-afghanistan');
    await b.page
      .locator('.area-details')
      .getByText('Airstrikes on TTP targets in Afghanistan')
      .first()
      .waitFor();
    expect(await edge.getAttribute('class')).toContain('is-selected');
  });

  it('works from the keyboard: Tab to an actor, arrows to a neighbour, Enter filters', async () => {
    await b.open();
    const graph = graphOf(b.page);
    await graph.getByRole('button', { name: 'Fit' }).focus();
    await b.page.keyboard.press('Tab');
    const first = await activeNode(b.page);
    // The busiest actor is the graph's tab stop.
    expect(first).toBe('afghan-taliban');
    const before = await shownEvents(b.page);
    let moved: string | null = null;
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
      await b.page.keyboard.press(key);
      moved = await activeNode(b.page);
      if (moved && moved !== first) break;
    }
    expect(moved).not.toBeNull();
    expect(moved).not.toBe(first);
    const node = graph.locator(`[data-node-id="${moved}"]`);
    // Focus highlights like hover does.
    expect(await node.getAttribute('data-highlighted')).toBe('true');
    await b.page.keyboard.press('Enter');
    await expect.poll(() => node.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => shownEvents(b.page)).toBeLessThan(before);
    expect(new URL(b.page.url()).searchParams.get('actors')).toBe(moved);
  });

  it('walks a focused actor’s ties from the keyboard, each named for who did what', async () => {
    await b.open();
    const graph = graphOf(b.page);
    await graph.getByRole('button', { name: 'Fit' }).focus();
    await b.page.keyboard.press('Tab');
    expect(await activeNode(b.page)).toBe('afghan-taliban');
    const focusedName = () =>
      b.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
    const tieCount = await graph
      .locator('[data-edge-id]')
      .evaluateAll(
        (els) =>
          els.filter((e) => /\bAfghan Taliban\b/.test(e.getAttribute('aria-label') ?? '')).length,
      );
    expect(tieCount).toBeGreaterThan(2);
    // Tab enters the actor's ties; each is announced by its name.
    const names: string[] = [];
    for (let i = 0; i < tieCount; i++) {
      await b.page.keyboard.press(i === 0 ? 'Tab' : 'ArrowDown');
      const name = await focusedName();
      // "Afghan Taliban mediating with TTP: 2 consultations", "… (lasting tie)".
      expect(name).toMatch(/\bAfghan Taliban\b/);
      expect(name).toMatch(/ (to|and|affecting|mediating with) .+: (\d+ \w|.+\(lasting tie\))/);
      names.push(name!);
      if (i === 0) {
        // A focused tie lights its events on the timeline, as hovering would (the
        // busiest tie, first, stands for events).
        await expect
          .poll(() => b.page.locator('section[aria-label="Timeline"] .tl-mark.is-hot').count())
          .toBeGreaterThan(0);
      }
    }
    expect(new Set(names).size).toBe(tieCount);
    // Arrows wrap round; Escape goes back to the actor; Enter on a tie selects its events.
    await b.page.keyboard.press('ArrowDown');
    expect(await focusedName()).toBe(names[0]);
    await b.page.keyboard.press('Enter');
    await expect.poll(() => new URL(b.page.url()).searchParams.get('sel')).not.toBeNull();
    await b.page.keyboard.press('Escape');
    expect(await activeNode(b.page)).toBe('afghan-taliban');
    // Tab past the last tie leaves the graph (no trap).
    await b.page.keyboard.press('Tab');
    await b.page.keyboard.press('ArrowUp');
    await b.page.keyboard.press('Tab');
    const outside = await b.page.evaluate(() => !document.activeElement?.closest('svg.graph-svg'));
    expect(outside).toBe(true);
  });

  it('places labels that never overlap, inside the drawing', async () => {
    await b.open();
    const graph = graphOf(b.page);
    await graph.getByRole('button', { name: TTP }).waitFor();
    const measure = () =>
      graph.locator('svg.graph-svg').evaluate((svg) => ({
        boxes: [...svg.querySelectorAll('.node-label')].map((t) => {
          const r = t.getBoundingClientRect();
          return [r.left, r.top, r.right, r.bottom, t.textContent] as const;
        }),
        svg: (() => {
          const r = svg.getBoundingClientRect();
          return [r.left, r.top, r.right, r.bottom] as const;
        })(),
      }));
    // Labels are placed once the zoom has settled (the opening fit included): measure then.
    const faults = async () => {
      const { boxes, svg } = await measure();
      const out: string[] = [];
      for (const [i, a] of boxes.entries()) {
        if (!(a[0] >= svg[0] && a[1] >= svg[1] && a[2] <= svg[2] && a[3] <= svg[3]))
          out.push(`${a[4]} outside`);
        for (const c of boxes.slice(i + 1)) {
          const overlap = a[0] < c[2] - 1 && a[2] > c[0] + 1 && a[1] < c[3] - 1 && a[3] > c[1] + 1;
          if (overlap) out.push(`${a[4]} / ${c[4]}`);
        }
      }
      return out;
    };
    await expect.poll(faults).toEqual([]);
    const { boxes } = await measure();
    // Most of the 17 actors are labelled (the busiest ones always).
    expect(boxes.length).toBeGreaterThanOrEqual(10);
    expect(boxes.map((bx) => bx[4])).toEqual(
      expect.arrayContaining(['TTP', 'Pakistan', 'Afghan Taliban']),
    );
    // Hovering an actor shows its full name.
    await graph.getByRole('button', { name: TTP }).hover();
    await graph
      .locator('.graph-node.is-hovered .node-label', { hasText: 'Tehrik-e-Taliban' })
      .waitFor();
  });

  it('lists every tie as text, each one selecting its events', async () => {
    await b.open();
    const graph = graphOf(b.page);
    await graph.getByText('Ties as text').click();
    const tie = graph
      .locator('.graph-ties')
      .getByRole('button', { name: 'Afghan Taliban mediating with TTP: 2 consultations' })
      .first();
    await tie.click();
    await expect
      .poll(() => new URL(b.page.url()).searchParams.get('sel'))
      .toBe('cease-fire-talks,former-isi-chief-kabul-talks');
    await b.expectNoAxeViolations();
  });

  it('is scoped by the time window: 2021 and 2022 differ', async () => {
    await b.open('?from=2021-01-01&to=2021-07-31');
    const graph = graphOf(b.page);
    await graph.getByRole('button', { name: /^United States, state/ }).waitFor();
    // The graph follows the link's window once the filters settle.
    await expect.poll(() => graph.getByRole('button', { name: /^Imran Khan,/ }).count()).toBe(0);
    await b.open('?from=2022-04-01&to=2022-12-31');
    await graphOf(b.page)
      .getByRole('button', { name: /^Imran Khan,/ })
      .waitFor();
  });

  it('says so when nothing matches', async () => {
    await b.open('?q=zzzzzzzz');
    await graphOf(b.page)
      .getByText('No actors match the current filters and time window')
      .waitFor();
  });

  it('folds sub-actors into their top-level actor', async () => {
    await b.open();
    const graph = graphOf(b.page);
    await graph.getByRole('button', { name: /^Government of Pakistan,/ }).waitFor();
    await graph.getByRole('checkbox', { name: 'Top-level actors' }).check();
    await expect
      .poll(() => graph.getByRole('button', { name: /^Government of Pakistan,/ }).count())
      .toBe(0);
    expect(new URL(b.page.url()).searchParams.get('collapse')).toBe('1');
    // The timeline shows the same switch, on.
    expect(
      await b.page
        .getByRole('region', { name: 'Timeline' })
        .getByRole('checkbox', { name: 'Top-level actors' })
        .isChecked(),
    ).toBe(true);
    // Every edge stays inside the drawing.
    await expect
      .poll(() =>
        graph.locator('svg.graph-svg').evaluate((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('.edge-line, .node-mark')].every((el) => {
            const r = el.getBoundingClientRect();
            return (
              r.left >= box.left - 1 &&
              r.top >= box.top - 1 &&
              r.right <= box.right + 1 &&
              r.bottom <= box.bottom + 1
            );
          });
        }),
      )
      .toBe(true);
  });

  it('dragging an actor pins it where it is dropped', async () => {
    await b.open();
    const graph = graphOf(b.page);
    const india = graph.getByRole('button', { name: /^India,/ });
    const box = (await india.locator('.node-mark').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await b.page.mouse.move(x, y);
    await b.page.mouse.down();
    await b.page.mouse.move(x + 20, y + 15, { steps: 5 });
    await b.page.mouse.move(x + 40, y + 30, { steps: 5 });
    await b.page.mouse.up();
    const after = (await india.locator('.node-mark').boundingBox())!;
    expect(after.x - box.x).toBeCloseTo(40, -1);
    expect(after.y - box.y).toBeCloseTo(30, -1);
    await graph.getByRole('button', { name: 'Release 1 pinned' }).waitFor();
    // A drag is not a click: the filter is unchanged.
    expect(await india.getAttribute('aria-pressed')).toBe('false');
  });

  it('has no axe violations', async () => {
    await b.open();
    await graphOf(b.page).getByRole('button', { name: TTP }).waitFor();
    await b.expectNoAxeViolations();
  });
});
