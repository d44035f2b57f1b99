import { useStore } from '../store/store';
import { selectIndex, selectVisibleEvents } from '../store/selectors';
import { formatEdtf } from '../model/formatDate';

/** The dataset's title, its source, and how many events pass the filters. */
export function DatasetHeader() {
  const index = useStore(selectIndex);
  const visible = useStore(selectVisibleEvents);
  if (!index || !visible) return null;
  const { dataset } = index;
  const source = dataset.sources[0]!;
  return (
    <div className="dataset-header">
      <p className="dataset-title">{dataset.title}</p>
      <p className="dataset-counts" aria-live="polite">
        {visible.length} of {dataset.events.length} events · {dataset.relations.length} relations ·{' '}
        {dataset.actors.length} actors
      </p>
      <p className="dataset-source">
        Source: <cite>{source.title}</cite>
        {dataset.sources.length > 1 && ` and ${dataset.sources.length - 1} more`}, published{' '}
        {formatEdtf(source.published.edtf)}
        {source.published.basis !== 'stated' && ' (inferred)'}
      </p>
    </div>
  );
}
