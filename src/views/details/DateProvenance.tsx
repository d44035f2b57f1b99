import type { DateClaim, KnownDate, Source } from '../../model/schema';
import { formatEdtf } from '../../model/formatDate';
import type { DateBasis } from '../../query/dateBasis';

const BASIS: Record<DateClaim['basis'], string> = {
  stated: 'stated in the text',
  resolved: 'resolved: the text’s words read against the publication date',
  external: 'external: known from outside the report',
};

const QUALIFIERS: Record<string, string> = {
  exactly: 'exactly',
  over: 'over',
  'at-least': 'at least',
  about: 'about',
  under: 'under',
  several: 'several',
};
export const qualifierLabel = (q: string) => QUALIFIERS[q] ?? q;

/**
 * A date with its provenance spelled out: what the text says, what that resolves to and
 * against which publication date, on what basis, and what is known from outside (kept apart).
 */
export function DateProvenance({
  when,
  known,
  source,
  basis,
}: {
  when: DateClaim | undefined;
  known?: KnownDate | undefined;
  source: Source | undefined;
  /** The date basis in use: says which of the dates places the event. */
  basis?: DateBasis;
}) {
  if (!when) {
    return (
      <dl className="provenance">
        <dt>When</dt>
        <dd>No date: a lasting tie the report does not date.</dd>
      </dl>
    );
  }
  return (
    <dl className="provenance">
      <dt>The text says</dt>
      <dd>{when.phrase ? <q>{when.phrase}</q> : <em>no date phrase; placed from context</em>}</dd>
      <dt>Read as</dt>
      <dd>
        {formatEdtf(when.edtf)} <code title="EDTF">{when.edtf}</code>
      </dd>
      {when.basis === 'resolved' && source && (
        <>
          <dt>Against publication</dt>
          <dd>
            {formatEdtf(source.published.edtf)}
            {source.published.basis === 'stated' ? ' (stated)' : ' (inferred)'}
            {source.published.note && (
              <details>
                <summary>How the publication date is known</summary>
                <p>{source.published.note}</p>
              </details>
            )}
          </dd>
        </>
      )}
      <dt>Basis</dt>
      <dd>{BASIS[when.basis]}</dd>
      {when.note && (
        <>
          <dt>Note</dt>
          <dd>{when.note}</dd>
        </>
      )}
      {basis && (
        <>
          <dt>Placed by</dt>
          <dd>
            {known && basis === 'best'
              ? 'the known date (Dates: best known)'
              : known
                ? 'the text’s date (Dates: as the text says)'
                : 'the text’s date (nothing is known from outside)'}
          </dd>
        </>
      )}
      <dt>Known from outside</dt>
      <dd>
        {known ? (
          <>
            {formatEdtf(known.edtf)} <code title="EDTF">{known.edtf}</code>
            {known.confidence && <> · {known.confidence} confidence</>}
            <br />
            <span className="citation">Source: {known.citation}</span>
            {known.note && (
              <>
                <br />
                {known.note}
              </>
            )}
          </>
        ) : (
          <em>nothing recorded</em>
        )}
      </dd>
    </dl>
  );
}
