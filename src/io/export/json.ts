/**
 * Traceline JSON out: the dataset as the validator reads it, so that opening the export
 * gives back exactly what was exported (the round trip is property-tested).
 */
import type { Dataset } from '../../model/schema';

export function toTracelineJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
