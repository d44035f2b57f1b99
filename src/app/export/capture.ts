/**
 * Captures a view's drawing as standalone SVG markup for an exported figure: the SVG is
 * cloned with the styles the page computed for it written onto each element (the app's
 * CSS does not travel with a file), and a canvas drawing becomes an embedded image.
 */
import type { FigurePanel } from '../../io/export/figure';

/** The presentation properties a drawing needs to look the same outside the page. */
const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
  'marker-start',
  'marker-end',
] as const;

/** Properties a child does not inherit, with their initial values. */
const NOT_INHERITED: Record<string, string> = {
  opacity: '1',
  display: 'inline',
  'dominant-baseline': 'auto',
};

/** Writes each property where it differs from what the element would get anyway. */
function inline(src: Element, dst: Element, parent: CSSStyleDeclaration | null) {
  const cs = getComputedStyle(src);
  const style: string[] = [];
  for (const p of PROPS) {
    const value = cs.getPropertyValue(p);
    const expected = p in NOT_INHERITED ? NOT_INHERITED[p] : parent?.getPropertyValue(p);
    if (value !== expected) style.push(`${p}:${value}`);
  }
  if (style.length) dst.setAttribute('style', style.join(';'));
  else dst.removeAttribute('style');
  dst.removeAttribute('tabindex');
  dst.removeAttribute('class');
  for (let i = 0; i < src.children.length; i++) inline(src.children[i]!, dst.children[i]!, cs);
}

const serialise = (node: Node) => new XMLSerializer().serializeToString(node);

/** One SVG element as a panel, styles inlined. */
export function captureSvg(svg: SVGSVGElement): FigurePanel {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inline(svg, copy, null);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const width = Number(svg.getAttribute('width')) || svg.clientWidth;
  const height = Number(svg.getAttribute('height')) || svg.clientHeight;
  return { markup: serialise(copy), width, height };
}

/** A canvas drawing as an image inside an SVG panel of its CSS size, placed at `y`. */
export function canvasImage(canvas: HTMLCanvasElement, y = 0): string {
  const w = canvas.clientWidth || canvas.width;
  const h = canvas.clientHeight || canvas.height;
  return `<image x="0" y="${y}" width="${w}" height="${h}" href="${canvas.toDataURL('image/png')}"/>`;
}

/**
 * The timeline as it is in view: the axis, the lanes scrolled into view (lanes out of view
 * are not drawn on the page), the canvas of a crowded view laid over them, the overview.
 */
export function captureTimeline(): FigurePanel[] {
  const section = document.querySelector<HTMLElement>('section[aria-label="Timeline"]');
  if (!section) throw new Error('the timeline is not on the page');
  const panels: FigurePanel[] = [];
  for (const cls of ['tl-axis', 'tl-lanes', 'tl-overview']) {
    const svg = section.querySelector<SVGSVGElement>(`svg.${cls}`);
    if (!svg) continue;
    const panel = captureSvg(svg);
    const scroll = section.querySelector<HTMLElement>('.tl-scroll');
    if (cls === 'tl-lanes' && scroll) {
      const top = scroll.scrollTop;
      const height = Math.min(panel.height - top, scroll.clientHeight || panel.height);
      const canvas = section.querySelector<HTMLCanvasElement>('canvas.tl-canvas');
      const inner = panel.markup.replace(/^<svg\b/, `<svg x="0" y="${-top}"`);
      panel.markup =
        `<svg xmlns="http://www.w3.org/2000/svg" width="${panel.width}" height="${height}" overflow="hidden">` +
        `${inner}${canvas ? canvasImage(canvas) : ''}</svg>`;
      panel.height = height;
    }
    panels.push(panel);
  }
  return panels;
}

const GRAPH_DRAWN = 'section[aria-label="Actor graph"] :is(svg.graph-svg, canvas.graph-canvas)';

/** Resolves once the actor graph is drawn (its tab may have just been chosen), or after 5 s. */
export async function whenGraphDrawn(timeoutMs = 5000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (!document.querySelector(GRAPH_DRAWN) && performance.now() < until) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The actor graph as drawn now (SVG, or the canvas of a large graph). */
export function captureGraph(): FigurePanel[] {
  const section = document.querySelector<HTMLElement>('section[aria-label="Actor graph"]');
  const svg = section?.querySelector<SVGSVGElement>('svg.graph-svg');
  if (svg) return [captureSvg(svg)];
  const canvas = section?.querySelector<HTMLCanvasElement>('canvas.graph-canvas');
  if (!canvas) throw new Error('the actor graph has nothing drawn to export');
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  return [
    {
      markup: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${canvasImage(canvas)}</svg>`,
      width,
      height,
    },
  ];
}

/** Renders SVG markup to a PNG at `scale` times its size (through an image and a canvas). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
