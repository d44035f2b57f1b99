/** The legend: what each encoding of the timeline means. */
import { CATEGORY_COLOURS, QUAD_FAMILIES, KNOWN_COLOUR, relationColour } from '../palette';

const C = '#1f5fae';

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg width={46} height={16} viewBox="0 0 46 16" aria-hidden="true" className="tl-swatch">
      {children}
    </svg>
  );
}

export function Legend() {
  return (
    <details className="tl-legend">
      <summary>Legend</summary>
      <div className="tl-legend-body">
        <p className="tl-help">
          Drag or scroll to pan and zoom (pinch on touch screens); + and − zoom, 0 fits, Shift +
          arrows pan. Tab into the marks, then arrow keys move between events in time order (up and
          down between lanes), Enter selects, Escape clears. Brush the strip under the lanes to set
          the window.
        </p>
        <ul className="tl-legend-list">
          <li>
            <Swatch>
              <circle cx={23} cy={8} r={5} fill={C} stroke="#fff" strokeWidth={1.5} />
            </Swatch>
            A day
          </li>
          <li>
            <Swatch>
              <rect x={4} y={2} width={38} height={12} fill={C} fillOpacity={0.16} />
              <rect x={4} y={11.5} width={38} height={2.5} fill={C} />
              <rect x={4} y={2} width={2} height={12} fill={C} />
              <rect x={40} y={2} width={2} height={12} fill={C} />
            </Swatch>
            A month, year or period
          </li>
          <li>
            <Swatch>
              <rect x={2} y={2} width={42} height={12} fill="url(#tl-legend-soft)" />
              <rect x={2} y={11.5} width={42} height={2.5} fill="url(#tl-legend-soft-base)" />
            </Swatch>
            Approximate or uncertain (~ ?): soft edges
          </li>
          <li>
            <Swatch>
              <rect x={2} y={2} width={42} height={12} fill="url(#tl-legend-open)" />
              <path d="M9,3L3,8L9,13Z" fill={C} />
            </Swatch>
            Open-ended (..): fades toward the edge
          </li>
          <li>
            <Swatch>
              <rect x={2} y={1} width={42} height={14} fill={C} fillOpacity={0.16} />
              <rect x={2} y={1} width={42} height={14} fill="url(#tl-hatch)" style={{ color: C }} />
              <text x={5} y={11.5} fontSize={9} fontWeight={700} fill="#1d1d1f">
                124
              </text>
            </Swatch>
            Many events counted as one (with the count)
          </li>
          <li>
            <Swatch>
              <rect x={4} y={4} width={38} height={10} fill={C} fillOpacity={0.16} />
              <line x1={27} x2={27} y1={2} y2={16} stroke={KNOWN_COLOUR} strokeWidth={1.5} />
            </Swatch>
            Date known from outside the text
          </li>
          <li>
            <Swatch>
              <line x1={23} x2={23} y1={3} y2={14} stroke={C} strokeWidth={1.5} />
              <circle cx={23} cy={3} r={2.5} fill={C} />
              <circle cx={23} cy={13} r={2.5} fill="#fff" stroke={C} strokeWidth={1.5} />
            </Swatch>
            Link from the initiator’s lane to the target’s
          </li>
          <li>
            <Swatch>
              <rect x={2} y={5} width={42} height={4} fill={relationColour('supports')} />
              <rect x={2} y={11} width={42} height={4} fill={relationColour('opposes')} />
            </Swatch>
            Lasting relation (hostile in red)
          </li>
          <li>
            <Swatch>
              <rect x={6} y={1} width={14} height={14} fill="#334155" fillOpacity={0.3} />
              <rect x={22} y={1} width={14} height={14} fill="#334155" fillOpacity={0.75} />
            </Swatch>
            Too many to tell apart: a count; zoom in to split
          </li>
        </ul>
        <ul className="tl-legend-categories" aria-label="Colours by category">
          {QUAD_FAMILIES.map((f) => (
            <li key={f.name}>
              <span className="tl-family">{f.name}:</span>{' '}
              {f.categories.map((c) => (
                <span key={c} className="tl-cat">
                  <span
                    className="tl-cat-dot"
                    style={{ background: CATEGORY_COLOURS[c] }}
                    aria-hidden="true"
                  />
                  {c.toLowerCase()}
                </span>
              ))}
            </li>
          ))}
        </ul>
        <svg width={0} height={0} aria-hidden="true" style={{ position: 'absolute' }}>
          <defs>
            <linearGradient id="tl-legend-soft">
              <stop offset={0} stopColor={C} stopOpacity={0} />
              <stop offset={0.3} stopColor={C} stopOpacity={0.16} />
              <stop offset={0.7} stopColor={C} stopOpacity={0.16} />
              <stop offset={1} stopColor={C} stopOpacity={0} />
            </linearGradient>
            <linearGradient id="tl-legend-soft-base">
              <stop offset={0} stopColor={C} stopOpacity={0} />
              <stop offset={0.3} stopColor={C} stopOpacity={1} />
              <stop offset={0.7} stopColor={C} stopOpacity={1} />
              <stop offset={1} stopColor={C} stopOpacity={0} />
            </linearGradient>
            <linearGradient id="tl-legend-open">
              <stop offset={0} stopColor={C} stopOpacity={0} />
              <stop offset={0.8} stopColor={C} stopOpacity={0.3} />
            </linearGradient>
          </defs>
        </svg>
      </div>
    </details>
  );
}
