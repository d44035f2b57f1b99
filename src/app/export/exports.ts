/**
 * The Export menu's actions: the current view (filters and window applied) as a file.
 * Data formats come from the pure exporters in src/io/export; pictures frame a capture of
 * the view's drawing with its title, window, legend and source credit.
 */
import { useStore } from '../../store/store';
import { selectIndex, visibleEvents, visibleRelations } from '../../store/selectors';
import { viewSubset } from '../../io/export/subset';
import { toTracelineJson } from '../../io/export/json';
import { toCsv } from '../../io/export/csv';
import { toTimelineJs } from '../../io/export/timelinejs';
import { composeFigure, type LegendItem } from '../../io/export/figure';
import { creditOf, describeView } from '../../io/export/describe';
import { CATEGORY_COLOURS } from '../../views/palette';
import { FAMILY_COLOURS, FAMILY_LABELS, familyOf } from '../../views/graph/style';
import { captureGraph, captureTimeline, svgToPng } from './capture';
import { download } from './download';

function currentView() {
  const s = useStore.getState();
  const index = selectIndex(s);
  if (!index) throw new Error('no dataset is open');
  const events = visibleEvents(index, s.filters);
  const subset = viewSubset(index, events, visibleRelations(index, s.filters));
  return { s, index, events, subset, base: index.dataset.id };
}

export type ExportKind =
  'json' | 'csv' | 'timelinejs' | 'timeline-svg' | 'timeline-png' | 'graph-svg' | 'graph-png';

function figure(view: 'timeline' | 'graph') {
  const { s, index, events, subset } = currentView();
  const categories = [...new Set(subset.events.map((e) => e.category))];
  // The timeline colours marks by category; the graph colours ties by family of act.
  const families = [...new Set(categories.map((c) => familyOf({ type: c })))];
  if (subset.relations.length) families.push('relation');
  const legend: LegendItem[] =
    view === 'timeline'
      ? categories.map((c) => ({
          label: c.charAt(0) + c.slice(1).toLowerCase(),
          colour: CATEGORY_COLOURS[c],
          shape: 'dot',
        }))
      : families.map((f) => ({
          label: FAMILY_LABELS[f],
          colour: FAMILY_COLOURS[f],
          shape: 'line',
        }));
  return composeFigure({
    title: `${index.dataset.title} — ${view === 'timeline' ? 'timeline' : 'actor graph'}`,
    subtitle: describeView(index.dataset, s.filters, events.length),
    panels: view === 'timeline' ? captureTimeline() : captureGraph(),
    legend,
    credit: creditOf(index.dataset),
  });
}

/** Runs one export; resolves with a sentence for the notices when something was left out. */
export async function runExport(kind: ExportKind): Promise<string | null> {
  const { s, subset, base } = currentView();
  switch (kind) {
    case 'json':
      download(`${base}-view.json`, toTracelineJson(subset), 'application/json');
      return null;
    case 'csv':
      download(`${base}-view.csv`, toCsv(subset), 'text/csv');
      return null;
    case 'timelinejs': {
      const grouping = s.laneGrouping;
      const { json, skipped } = toTimelineJs(subset, grouping);
      download(`${base}-timelinejs.json`, JSON.stringify(json, null, 2), 'application/json');
      return skipped.length
        ? `TimelineJS needs a date: ${skipped.length} event(s) open at both ends were left out (${skipped.join(', ')}).`
        : null;
    }
    case 'timeline-svg':
    case 'graph-svg': {
      const view = kind === 'timeline-svg' ? 'timeline' : 'graph';
      download(`${base}-${view}.svg`, figure(view).svg, 'image/svg+xml');
      return null;
    }
    case 'timeline-png':
    case 'graph-png': {
      const view = kind === 'timeline-png' ? 'timeline' : 'graph';
      const { svg, width, height } = figure(view);
      download(`${base}-${view}.png`, await svgToPng(svg, width, height));
      return null;
    }
  }
}
