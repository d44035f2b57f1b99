// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composeFigure, escapeXml, wrap } from '../../src/io/export/figure';

const panel = (w: number, h: number) => ({
  markup: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="red"/></svg>`,
  width: w,
  height: h,
});

describe('an exported figure', () => {
  const f = composeFigure({
    title: 'Pakistan & the <TTP>',
    subtitle: '3 of 19 events · 2021-08-01 to 2022-05-31',
    panels: [panel(900, 40), panel(900, 300)],
    legend: [
      { label: 'Assault', colour: '#dc2626', shape: 'dot' },
      { label: 'Consult', colour: '#0e7490', shape: 'line' },
    ],
    credit: 'Source: Report "one"; data: Seed. Made with Traceline.',
  });
  const doc = new DOMParser().parseFromString(f.svg, 'image/svg+xml');

  it('is well-formed SVG with the title, window, legend and credit as text', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual([
      'Pakistan & the <TTP>',
      '3 of 19 events · 2021-08-01 to 2022-05-31',
      'Assault',
      'Consult',
      'Source: Report "one"; data: Seed. Made with Traceline.',
    ]);
  });

  it('stacks the panels below the heading and makes room for everything', () => {
    const [a, b] = [...doc.documentElement.children]
      .filter((c) => c.tagName === 'svg')
      .map((c) => Number(c.getAttribute('y')));
    expect(a).toBeGreaterThan(40);
    expect(b).toBe(a! + 40);
    expect(f.width).toBe(900);
    const credit = [...doc.querySelectorAll('text')].at(-1)!;
    expect(Number(credit.getAttribute('y'))).toBeGreaterThan(b! + 300);
    expect(f.height).toBeGreaterThan(Number(credit.getAttribute('y')));
  });

  it('wraps long text at spaces, and never loses a word', () => {
    const text = 'word '.repeat(100).trim();
    const lines = wrap(text, 300);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.length <= Math.floor((300 - 32) / 7))).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });

  it('escapes XML and drops control characters XML cannot hold', () => {
    expect(escapeXml('a<b>&"c\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});
