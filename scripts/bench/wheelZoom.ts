/**
 * The scripted wheel zoom the browser benchmarks share: `rounds` rounds of `steps` wheel
 * events over an element (the first half zooming in, the second out), one per animation
 * frame, and the time of each frame. The same input for Traceline and its peers.
 */
import type { Page } from 'playwright-core';

export interface FrameStats {
  median: number;
  p95: number;
  max: number;
  fps: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

export function frameStats(frames: number[]): FrameStats {
  const sorted = [...frames].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return {
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1]!,
    fps: 1000 / mean,
  };
}

/**
 * Frame times (ms) of the scripted zoom over the first element matching `selector`. With a
 * `budgetMs`, the zoom stops once that much time has passed (a peer whose frames take
 * seconds), and fewer frames come back.
 */
export function wheelZoomFrames(
  page: Page,
  selector: string,
  { steps, rounds, budgetMs = Infinity }: { steps: number; rounds: number; budgetMs?: number },
): Promise<number[]> {
  return page.evaluate(
    async ({ selector, steps, rounds, budgetMs }) => {
      const el = document.querySelector(selector)!;
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + Math.min(60, r.height / 2);
      // (No named helpers in here: the bundler would wrap them in a function the page lacks.)
      const times: number[] = [];
      let last = await new Promise<number>((res) => requestAnimationFrame(res));
      const start = last;
      for (let i = 0; i < steps * rounds && last - start < budgetMs; i++) {
        const deltaY = i % steps < steps / 2 ? -100 : 100;
        el.dispatchEvent(
          new WheelEvent('wheel', {
            deltaY,
            clientX: x,
            clientY: y,
            bubbles: true,
            cancelable: true,
          }),
        );
        const now = await new Promise<number>((res) => requestAnimationFrame(res));
        times.push(now - last);
        last = now;
      }
      return times;
    },
    { selector, steps, rounds, budgetMs },
  );
}
