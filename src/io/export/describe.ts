/**
 * The words that go with an exported picture or file: what the view shows (the window and
 * the filters) and where the data comes from. Pure.
 */
import type { Dataset, Event } from '../../model/schema';
import type { Filters } from '../../query/filter';

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** "14 of 19 events · 2021-06-01 to 2022-07-31 · actors: TTP · categories: ASSAULT". */
export function describeView(dataset: Dataset, filters: Filters, shown: number): string {
  const names = new Map(dataset.actors.map((a) => [a.id, a.shortName ?? a.name]));
  const w = filters.window;
  const window = !w
    ? 'the whole span'
    : `${Number.isFinite(w[0]) ? day(w[0]) : 'the start'} to ${Number.isFinite(w[1]) ? day(w[1]) : 'the end'}`;
  const parts = [`${shown} of ${dataset.events.length} events`, window];
  if (filters.actors.length) {
    parts.push(`actors: ${filters.actors.map((id) => names.get(id) ?? id).join(', ')}`);
  }
  if (filters.categories.length) parts.push(`categories: ${filters.categories.join(', ')}`);
  if (filters.text) parts.push(`words: “${filters.text}”`);
  return parts.join(' · ');
}

/** "Source: title (publisher); data: dataset title. Made with Traceline." */
export function creditOf(dataset: Dataset): string {
  const sources = dataset.sources
    .slice(0, 3)
    .map((s) => (s.publisher ? `${s.title} (${s.publisher})` : s.title));
  const more = dataset.sources.length > 3 ? ` and ${dataset.sources.length - 3} more` : '';
  return `Source: ${sources.join('; ')}${more}. Data: ${dataset.title}. Made with Traceline.`;
}

/** Where each event came from, said the same way by every export. */
export function datasetNamer(dataset: Dataset): (e: Event) => string {
  const parts = new Map((dataset.combines ?? []).map((p) => [p.id, p.title]));
  return (e) => (e.dataset !== undefined ? (parts.get(e.dataset) ?? e.dataset) : dataset.title);
}
