import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from '../store/store';
import { selectIndex, visibleBreakdown } from '../store/selectors';
import { useDeferredFilters } from '../views/useDeferredFilters';
import { formatEdtf } from '../model/formatDate';
import { describeHidden } from '../query/countBreakdown';
import { clip, LongText } from '../views/details/LongText';

/** The dataset's title, what it is, its source, and how many events pass the filters and why. */
export function DatasetHeader() {
  const index = useStore(selectIndex);
  if (!index) return null;
  const { dataset } = index;
  const source = dataset.sources[0]!;
  return (
    <div className="dataset-header">
      <p className="dataset-title">{dataset.title}</p>
      <EventCount />
      <About description={dataset.description ?? ''}>
        Source: <cite>{source.title}</cite>
        {dataset.sources.length > 1 && ` and ${dataset.sources.length - 1} more`}, published{' '}
        {formatEdtf(source.published.edtf)}
        {source.published.basis !== 'stated' && ' (inferred)'}
      </About>
    </div>
  );
}

/** "18 of 19 events (1 outside the time window)": the count and which filters hide the rest. */
function EventCount() {
  // Deferred: a zoom changes the window every frame; the count catches up when React can.
  const { index, filters } = useDeferredFilters();
  if (!index) return null;
  const counts = visibleBreakdown(index, filters);
  const why = describeHidden(counts);
  const { dataset } = index;
  return (
    <p className="dataset-counts" aria-live="polite">
      <span>
        {counts.shown} of {counts.total} events
      </span>
      {why && <span className="count-why"> ({why})</span>}{' '}
      <span className="count-totals">
        · {dataset.relations.length} relations · {dataset.actors.length} actors
      </span>
    </p>
  );
}

/**
 * The dataset's description and its source on one line, cut with an ellipsis, and a button
 * to read all of it. Text only: the dataset's words are never parsed as HTML, and a huge
 * description is read through LongText.
 */
function About({ description, children }: { description: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [overflows, setOverflows] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || open) return;
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [open]);
  return (
    <div className={`dataset-about${open ? ' is-open' : ''}`}>
      <div ref={ref} id="dataset-about" className="about-text">
        {description && (
          <span className="dataset-description">
            {open ? <LongText text={description} /> : clip(description, 2000)}
          </span>
        )}{' '}
        <span className="dataset-source">{children}</span>
      </div>
      {(overflows || open) && (
        <button
          type="button"
          className="about-toggle"
          aria-expanded={open}
          aria-controls="dataset-about"
          onClick={() => setOpen(!open)}
        >
          {open ? 'Less' : 'More'}
          <span className="visually-hidden"> about the dataset</span>
        </button>
      )}
    </div>
  );
}
