// @vitest-environment jsdom
/**
 * useSize: an element's inner size, kept up to date. Without a guess it is read in the
 * layout effect; with a guess (the last plot's size) it is left to the resize observer's
 * first report, so that mounting forces no layout, and a wrong guess is put right there.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { useSize } from '../../src/views/timeline/hooks';

/** A stand-in for the browser's observer: the test says when it reports. */
const observers: { report(): void }[] = [];
class FakeObserver {
  constructor(private readonly callback: () => void) {}
  observe() {
    observers.push({ report: () => this.callback() });
  }
  disconnect() {}
}

/** An element whose size reads are counted (each would force a layout in a browser). */
let reads = 0;
let real = { width: 640, height: 300 };
function Probe({ guess }: { guess?: { width: number; height: number } }) {
  const ref = useRef<HTMLDivElement>(null);
  const size = useSize(ref, guess, { guessed: guess !== undefined });
  return (
    <div
      ref={(el) => {
        ref.current = el;
        if (!el || 'counted' in el.dataset) return;
        el.dataset.counted = '';
        Object.defineProperty(el, 'clientWidth', { get: () => (reads++, real.width) });
        Object.defineProperty(el, 'clientHeight', { get: () => (reads++, real.height) });
      }}
    >
      {size.width}×{size.height}
    </div>
  );
}

afterEach(() => {
  observers.length = 0;
  reads = 0;
  real = { width: 640, height: 300 };
  delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
});

describe('useSize', () => {
  it('reads the size while mounting when it has no guess', () => {
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver = FakeObserver;
    const { container } = render(<Probe />);
    expect(container.textContent).toBe('640×300');
    expect(reads).toBeGreaterThan(0);
  });

  it('with a guess, reads nothing while mounting and checks it at the first report', () => {
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver = FakeObserver;
    const { container } = render(<Probe guess={{ width: 600, height: 300 }} />);
    expect(reads).toBe(0);
    expect(container.textContent).toBe('600×300');
    // The report puts a wrong guess right at once (a synchronous render: no frame between).
    observers[0]!.report();
    expect(reads).toBeGreaterThan(0);
    expect(container.textContent).toBe('640×300');
    // Later reports follow the element as before.
    real = { width: 500, height: 200 };
    act(() => observers[0]!.report());
    expect(container.textContent).toBe('500×200');
  });

  it('without an observer (no browser), reads the size while mounting even with a guess', () => {
    const { container } = render(<Probe guess={{ width: 600, height: 300 }} />);
    expect(container.textContent).toBe('640×300');
  });
});
