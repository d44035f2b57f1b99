/**
 * The import pipeline: bytes → text (decode.ts) → format (detect.ts) → rows (papaparse) →
 * events (one adapter per format) → the dataset validator, the one gate. What the validator
 * refuses is traced back to the rows it came from, those rows are set aside as bad, and the
 * rest is validated again: a preview can then offer the good rows or nothing. Pure; never
 * throws on any input.
 */
import type { Dataset } from '../../model/schema';
import { formatPath, validateDataset, validateJsonText, type Problem } from '../../model/validate';
import { decodeBytes } from '../decode';
import { mapAcled } from './acled';
import { slug } from './common';
import { detectFormat } from './detect';
import { mapGdelt } from './gdelt';
import type { OnProgress } from './progress';
import { readTable } from './table';
import { mapTimeline, type Slide } from './timelinejs';
import { sheetColumn, sheetSlides } from './timelineSheet';
import type { BadRow, ImportResult, Mapped } from './types';
import { mapUcdp } from './ucdp';

export interface ImportOptions {
  /** The file's name, for record evidence and the dataset's title (never for detection). */
  file?: string;
  /** Today as YYYY-MM-DD, where a format gives no date at all (TimelineJS publication). */
  today?: string;
  /** Told how far the import has got (rows parsed, then each later step). */
  onProgress?: OnProgress;
}

const empty = (warnings: string[], format: ImportResult['format'] = null): ImportResult => ({
  format,
  dataset: null,
  rowsRead: 0,
  goodRows: 0,
  badRows: [],
  warnings,
  header: [],
  badRecords: [],
});

export function importBytes(bytes: Uint8Array, opts: ImportOptions = {}): ImportResult {
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return empty([decoded.error.message]);
  const result = importText(decoded.text, opts);
  return { ...result, warnings: [...decoded.warnings.map((w) => w.message), ...result.warnings] };
}

export function importText(text: string, opts: ImportOptions = {}): ImportResult {
  try {
    return importUnsafe(text, opts);
  } catch (e) {
    return empty([`the import failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`]);
  }
}

function importUnsafe(text: string, opts: ImportOptions): ImportResult {
  const file = opts.file ?? 'import';
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const detected = detectFormat(text);
  if (typeof detected === 'string') return empty([detected]);
  const { format } = detected;
  if (format === 'traceline') return fromTraceline(text);
  let mapped: Mapped;
  if (format === 'timelinejs-json') {
    const json = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    const events = json.events as unknown[];
    const slides: Slide[] = [];
    const bad: BadRow[] = [];
    events.forEach((v, i) => {
      if (v && typeof v === 'object' && !Array.isArray(v))
        slides.push({ row: i + 1, value: v as Record<string, unknown> });
      else
        bad.push({
          row: i + 1,
          column: '',
          value: JSON.stringify(v) ?? '',
          message: 'is not a slide (an object)',
        });
    });
    const title =
      json.title && typeof json.title === 'object'
        ? (json.title as Record<string, unknown>)
        : undefined;
    mapped = mapTimeline(
      slides,
      { ...(title ? { title } : {}), eras: Array.isArray(json.eras) ? json.eras : [] },
      file,
      { today },
    );
    mapped.badRows.unshift(...bad);
    mapped.rowsRead += bad.length;
  } else {
    const table = readTable(text, detected.delimiter, detected.hasHeader, opts.onProgress);
    opts.onProgress?.({ stage: 'mapping', rows: table.rows.length, done: 0 });
    if (format === 'acled') mapped = mapAcled(table, file);
    else if (format === 'ucdp-ged') mapped = mapUcdp(table, file);
    else if (format === 'gdelt') mapped = mapGdelt(table, file);
    else {
      const sheet = sheetSlides(table);
      mapped = mapTimeline(
        sheet.slides,
        { ...(sheet.title ? { title: sheet.title } : {}), eras: sheet.eras },
        file,
        {
          today,
          columnOf: sheetColumn,
          cells: (row) => table.rows.find((r) => r.row === row)?.cells ?? [],
        },
      );
      mapped.header = table.header;
      mapped.rowsRead = table.rows.length;
    }
  }
  opts.onProgress?.({ stage: 'validating', rows: mapped.events.length, done: 0 });
  return gate(mapped, format, file);
}

/** Validates the mapped rows, setting aside the rows of every event the validator refuses. */
export function gate(mapped: Mapped, format: ImportResult['format'], file: string): ImportResult {
  const badRows = [...mapped.badRows];
  const warnings = [...mapped.warnings];
  let events = mapped.events.map((e, i) => ({ e, rows: mapped.rowsOf[i]! }));
  let dataset: Dataset | null = null;
  for (let pass = 0; pass < 3 && events.length > 0; pass++) {
    const used = new Set(events.flatMap(({ e }) => e.evidence.map((ev) => ev.source)));
    const actorsUsed = new Set(events.flatMap(({ e }) => e.participants.map((p) => p.actor)));
    const candidate = {
      format: 'traceline/1' as const,
      id: slug(file.replace(/\.[^.]*$/, '')) || slug(String(format)) || 'import',
      title: mapped.title,
      ...(mapped.description ? { description: mapped.description } : {}),
      sources: mapped.sources.filter((s) => used.has(s.id)),
      actors: mapped.actors.filter((a) => actorsUsed.has(a.id)),
      events: events.map(({ e }) => e),
      relations: [],
    };
    const { dataset: ok, problems } = validateDataset(candidate);
    const refused = new Map<number, Problem[]>();
    const global: Problem[] = [];
    for (const p of problems) {
      if (p.severity !== 'error') continue;
      const i = eventOf(p, candidate);
      if (i === null) global.push(p);
      else refused.set(i, [...(refused.get(i) ?? []), p]);
    }
    if (global.length > 0) {
      warnings.push(...global.map((p) => `${formatPath(p.path)}: ${p.message}`));
      break;
    }
    if (refused.size === 0) {
      dataset = ok;
      break;
    }
    for (const [i, ps] of refused) {
      for (const row of events[i]!.rows) {
        for (const p of ps) {
          const field = String(p.path[2] ?? '');
          badRows.push({
            row,
            column: mapped.columnOf[field] ?? formatPath(p.path.slice(2)),
            value: '',
            message: p.message,
          });
        }
      }
    }
    events = events.filter((_, i) => !refused.has(i));
  }
  const badSet = [...new Set(badRows.map((b) => b.row))].sort((a, b) => a - b);
  badRows.sort((a, b) => a.row - b.row);
  return {
    format,
    dataset,
    rowsRead: mapped.rowsRead,
    goodRows: dataset ? mapped.rowsRead - badSet.filter((r) => r > 0).length : 0,
    badRows,
    warnings,
    header: mapped.header,
    badRecords: badSet.filter((r) => r > 0).map((row) => ({ row, cells: mapped.cells(row) })),
  };
}

/** The event a validator problem is about, directly or through the source it cites. */
function eventOf(
  p: Problem,
  d: { events: { evidence: { source: string }[] }[]; sources: { id: string }[] },
): number | null {
  if (p.path[0] === 'events' && typeof p.path[1] === 'number') return p.path[1];
  if (p.path[0] === 'sources' && typeof p.path[1] === 'number') {
    const id = d.sources[p.path[1]]?.id;
    const i = d.events.findIndex((e) => e.evidence.some((ev) => ev.source === id));
    return i >= 0 ? i : null;
  }
  return null;
}

/** A Traceline dataset needs no mapping: it is validated as it is. */
function fromTraceline(text: string): ImportResult {
  const { dataset, problems } = validateJsonText(text);
  const errors = problems.filter((p) => p.severity === 'error');
  const n = dataset?.events.length ?? 0;
  return {
    ...empty(
      problems
        .filter((p) => p.severity === 'warning')
        .map((p) => `${formatPath(p.path)}: ${p.message}`),
      'traceline',
    ),
    dataset,
    rowsRead: n,
    goodRows: n,
    badRows: errors.map((p) => ({
      row: 0,
      column: formatPath(p.path),
      value: '',
      message: p.message,
    })),
  };
}
