/** The SVG defs the lanes and marks fill, mask and clip with (referenced by id). */
import { CATEGORY_COLOURS } from '../palette';

/** Gradients, fade masks, the hatch pattern and the plot's clip, shared by the marks. */
export function TimelineDefs({ L, R, height }: { L: number; R: number; height: number }) {
  return (
    <defs>
      <linearGradient id="tl-grad-in">
        <stop offset={0} stopColor="#fff" stopOpacity={0} />
        <stop offset={1} stopColor="#fff" stopOpacity={1} />
      </linearGradient>
      <linearGradient id="tl-grad-out">
        <stop offset={0} stopColor="#fff" stopOpacity={1} />
        <stop offset={1} stopColor="#fff" stopOpacity={0} />
      </linearGradient>
      <linearGradient id="tl-grad-both">
        <stop offset={0} stopColor="#fff" stopOpacity={0} />
        <stop offset={0.5} stopColor="#fff" stopOpacity={1} />
        <stop offset={1} stopColor="#fff" stopOpacity={0} />
      </linearGradient>
      {(['in', 'out', 'both'] as const).map((f) => (
        <mask key={f} id={`tl-fade-${f}`} maskContentUnits="objectBoundingBox">
          <rect width={1} height={1} fill={`url(#tl-grad-${f})`} />
        </mask>
      ))}
      <pattern
        id="tl-hatch"
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width={2} height={6} fill="currentColor" fillOpacity={0.35} />
      </pattern>
      <FadeGradients />
      <clipPath id="tl-clip-plot">
        <rect x={L - 3} y={0} width={R - L + 6} height={height} />
      </clipPath>
    </defs>
  );
}

/** The gradients faded ends and halos are filled with, one set per category colour. */
export function FadeGradients() {
  return (
    <>
      {(Object.keys(CATEGORY_COLOURS) as (keyof typeof CATEGORY_COLOURS)[]).map((c) => {
        const col = CATEGORY_COLOURS[c];
        return (
          <g key={c}>
            {(['t', 'b'] as const).map((layer) => {
              const top = layer === 't' ? 0.16 : 1;
              return (['in', 'out'] as const).map((dir) => (
                <linearGradient key={`${layer}${dir}`} id={`tl-${layer}-${dir}-${c}`}>
                  <stop offset={0} stopColor={col} stopOpacity={dir === 'in' ? 0 : top} />
                  <stop offset={1} stopColor={col} stopOpacity={dir === 'in' ? top : 0} />
                </linearGradient>
              ));
            })}
            <linearGradient id={`tl-h-${c}`}>
              <stop offset={0} stopColor={col} stopOpacity={0} />
              <stop offset={0.5} stopColor={col} stopOpacity={0.45} />
              <stop offset={1} stopColor={col} stopOpacity={0} />
            </linearGradient>
          </g>
        );
      })}
    </>
  );
}
