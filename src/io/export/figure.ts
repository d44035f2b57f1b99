/**
 * A figure for a report or a slide: a view's drawing framed by what makes it citable on its
 * own: a title, the time window, a legend and the source credit, in one standalone SVG.
 * Pure: the drawing comes in as SVG markup (captured from the page by the app), and every
 * piece of dataset text is escaped as XML text.
 */

export interface FigurePanel {
  /** A standalone <svg> element's markup. */
  markup: string;
  width: number;
  height: number;
}

export interface LegendItem {
  label: string;
  colour: string;
  /** A dot (categories, kinds) or a line (ties). */
  shape: 'dot' | 'line';
}

export interface Figure {
  title: string;
  /** The time window and the filters, in words. */
  subtitle: string;
  panels: readonly FigurePanel[];
  legend: readonly LegendItem[];
  /** Where the data comes from ("Source: …"). */
  credit: string;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
/** Text as XML character data (no control characters, which XML 1.0 forbids). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
export const escapeXml = (s: string) =>
  s.replace(CONTROL, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

const PAD = 16;
const TITLE = 22;
const LINE = 18;
const FONT = 'system-ui, -apple-system, Segoe UI, DejaVu Sans, sans-serif';

/** Lays the legend out in rows that fit the width; returns the items' positions. */
function legendRows(items: readonly LegendItem[], width: number) {
  const placed: { item: LegendItem; x: number; y: number }[] = [];
  let x = PAD;
  let y = 0;
  for (const item of items) {
    // About 7 px a character at 12 px; the swatch takes 18.
    const w = 18 + item.label.length * 7 + 16;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += LINE;
    }
    placed.push({ item, x, y });
    x += w;
  }
  return { placed, height: items.length ? y + LINE : 0 };
}

/** Characters that fit in the width at about `px` pixels each. */
const room = (width: number, px: number) => Math.max(8, Math.floor((width - 2 * PAD) / px));

/** Breaks text into lines at spaces so that none runs past the width. */
export function wrap(s: string, width: number, px = 7): string[] {
  const max = room(width, px);
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
    while (line.length > max) {
      lines.push(line.slice(0, max));
      line = line.slice(max);
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function composeFigure(f: Figure): { svg: string; width: number; height: number } {
  const width = Math.max(480, ...f.panels.map((p) => p.width));
  const parts: string[] = [];
  let y = PAD;
  const lines = (text: string, px: number, size: number, attrs: string, step: number) => {
    for (const line of wrap(text, width, px)) {
      y += step;
      parts.push(
        `<text x="${PAD}" y="${y - 4}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`,
      );
    }
  };
  lines(f.title, 10, 18, 'font-weight="600" fill="#1d1d1f"', TITLE);
  lines(f.subtitle, 7, 13, 'fill="#4b4b57"', LINE);
  y += 8;
  for (const p of f.panels) {
    const inner = p.markup.replace(/^<svg\b/, `<svg x="0" y="${y}"`);
    parts.push(inner);
    y += p.height;
  }
  y += 8;
  const legend = legendRows(f.legend, width);
  for (const { item, x, y: ly } of legend.placed) {
    const cy = y + ly + 9;
    const swatch =
      item.shape === 'dot'
        ? `<circle cx="${x + 6}" cy="${cy}" r="5" fill="${escapeXml(item.colour)}"/>`
        : `<line x1="${x}" x2="${x + 14}" y1="${cy}" y2="${cy}" stroke="${escapeXml(item.colour)}" stroke-width="3"/>`;
    parts.push(
      `<g>${swatch}<text x="${x + 18}" y="${cy + 4}" font-size="12" fill="#1d1d1f">${escapeXml(item.label)}</text></g>`,
    );
  }
  y += legend.height;
  lines(f.credit, 6, 11, 'fill="#4b4b57"', 16);
  const height = Math.ceil(y + PAD / 2);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
  return { svg, width, height };
}
