/**
 * The legend: what every glyph of the timeline means and which colour is which PLOVER
 * category. Open, it stands in a column beside the lanes (the lanes narrow to make room),
 * never over them; it scrolls, so it takes the focus (for the keyboard). The glyphs are
 * drawn as the marks draw them (MarkGlyphs, marks.css).
 */
import type { ReactNode } from 'react';
import { CATEGORY_COLOURS, KNOWN_COLOUR, QUAD_FAMILIES, relationColour } from '../palette';

/** The example colour of the glyphs (a category's, like any mark's). */
const C = CATEGORY_COLOURS.AGREE;
const K = KNOWN_COLOUR;

const GLYPHS: { key: string; label: string; glyph: ReactNode }[] = [
  {
    key: 'day',
    label: 'On a known day',
    glyph: <circle cx={23} cy={8} r={5} fill={C} stroke="#fff" strokeWidth={1.5} />,
  },
  {
    key: 'span',
    label: 'A month, year or period (caps at its two ends)',
    glyph: (
      <>
        <rect x={4} y={2} width={38} height={12} fill={C} fillOpacity={0.16} />
        <rect x={4} y={11.5} width={38} height={2.5} fill={C} />
        <rect x={4} y={2} width={2} height={12} fill={C} />
        <rect x={40} y={2} width={2} height={12} fill={C} />
      </>
    ),
  },
  {
    key: 'fuzzy',
    label: 'Approximate or uncertain end (~ ?): it fades',
    glyph: <rect x={2} y={2} width={42} height={12} fill="url(#tl-legend-soft)" />,
  },
  {
    key: 'open',
    label: 'Open end (..): fades out with an arrow; the fade is not a date',
    glyph: (
      <>
        <rect x={2} y={2} width={42} height={12} fill="url(#tl-legend-open)" />
        <path d="M36,3L43,8L36,13Z" fill={C} />
      </>
    ),
  },
  {
    key: 'known-day',
    label: 'Day known from outside the text (cited): dark-edged diamond',
    glyph: <path d="M23,1.5l6.5,6.5l-6.5,6.5l-6.5,-6.5z" fill={C} stroke={K} strokeWidth={1.5} />,
  },
  {
    key: 'known-span',
    label: 'Period known from outside the text: dark bracket above',
    glyph: (
      <>
        <rect x={8} y={7} width={30} height={8} fill={C} fillOpacity={0.16} />
        <path d="M8,5.5v-3H38v3" stroke={K} strokeWidth={1.5} fill="none" />
      </>
    ),
  },
  {
    key: 'whisker',
    label: 'Faint line: the span the text itself gives, behind a known date',
    glyph: (
      <>
        <rect x={2} y={7.3} width={42} height={1.5} fill={C} opacity={0.5} />
        <rect x={2} y={5} width={1} height={6} fill={C} opacity={0.5} />
        <rect x={43} y={5} width={1} height={6} fill={C} opacity={0.5} />
      </>
    ),
  },
  {
    key: 'link',
    label: 'Link from the initiator’s lane (dot) to the target’s (ring), on a day',
    glyph: (
      <>
        <line x1={23} x2={23} y1={3} y2={13} stroke={C} strokeWidth={1.5} />
        <circle cx={23} cy={3} r={2.5} fill={C} />
        <circle cx={23} cy={13} r={2.5} fill="#fff" stroke={C} strokeWidth={1.5} />
      </>
    ),
  },
  {
    key: 'link-span',
    label: 'Link over an uncertain period: dotted sides, bracket at the target',
    glyph: (
      <>
        <line x1={8} x2={8} y1={1} y2={15} stroke={C} strokeOpacity={0.5} strokeDasharray="2 3" />
        <line x1={38} x2={38} y1={1} y2={15} stroke={C} strokeOpacity={0.5} strokeDasharray="2 3" />
        <path d="M8,11V15H38V11" stroke={C} strokeWidth={1.5} fill="none" />
      </>
    ),
  },
  {
    key: 'relation',
    label: 'Stripe under a lane: a lasting relation (hostile in red)',
    glyph: (
      <>
        <rect x={2} y={5} width={42} height={3} fill={relationColour('supports')} />
        <rect x={2} y={11} width={42} height={3} fill={relationColour('opposes')} />
      </>
    ),
  },
  {
    key: 'cell',
    label: 'Too many to tell apart: a cell with its count; zoom in to split',
    glyph: (
      <>
        <rect x={4} y={1} width={38} height={14} fill="#334155" fillOpacity={0.45} />
        <text x={8} y={11.5} fontSize={9} fontWeight={700} fill="#fff">
          12
        </text>
      </>
    ),
  },
];

export function Legend() {
  return (
    <details className="tl-legend">
      <summary>Legend</summary>
      <div className="tl-legend-body" role="group" aria-label="Legend" tabIndex={0}>
        <p className="tl-help">
          Colours are PLOVER event categories (the Political Language Ontology for Verifiable Event
          Records, used by the POLECAT event data), in its four families.
        </p>
        <ul className="tl-legend-categories" aria-label="Colours by category">
          {QUAD_FAMILIES.map((f) => (
            <li key={f.quad}>
              <span className="tl-family">{f.name}:</span>{' '}
              {f.categories.map((c) => (
                <span key={c} className="tl-cat">
                  <span className={`tl-cat-dot cat-${c}`} aria-hidden="true" />
                  {c.toLowerCase()}
                </span>
              ))}
            </li>
          ))}
        </ul>
        <ul className="tl-legend-list" aria-label="Glyphs">
          {GLYPHS.map((g) => (
            <li key={g.key}>
              <svg width={46} height={16} viewBox="0 0 46 16" aria-hidden="true">
                {g.glyph}
              </svg>
              {g.label}
            </li>
          ))}
        </ul>
        <p className="tl-help">
          Drag or scroll to pan and zoom (Shift + wheel scrolls the lanes); + and − zoom, 0 fits.
          Tab into the marks, then arrow keys move between events (up and down between lanes), Enter
          selects, Escape clears. Brush the strip under the lanes to set the window.
        </p>
        <svg width={0} height={0} aria-hidden="true" style={{ position: 'absolute' }}>
          <defs>
            <linearGradient id="tl-legend-soft">
              <stop offset={0} stopColor={C} stopOpacity={0} />
              <stop offset={0.3} stopColor={C} stopOpacity={0.3} />
              <stop offset={0.7} stopColor={C} stopOpacity={0.3} />
              <stop offset={1} stopColor={C} stopOpacity={0} />
            </linearGradient>
            <linearGradient id="tl-legend-open">
              <stop offset={0.2} stopColor={C} stopOpacity={0.3} />
              <stop offset={1} stopColor={C} stopOpacity={0} />
            </linearGradient>
          </defs>
        </svg>
      </div>
    </details>
  );
}
