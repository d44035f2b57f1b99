import { z } from './zod';
import { Dataset } from './schema';

/**
 * The published JSON Schema of the dataset format, generated from the zod schema.
 * `io: 'input'` describes what an author may write (defaulted fields are optional).
 */
export function datasetJsonSchemaText(): string {
  const schema = z.toJSONSchema(Dataset, { io: 'input', target: 'draft-2020-12' });
  const withMeta = {
    title: 'Traceline dataset',
    ...schema,
  };
  return JSON.stringify(withMeta, null, 2) + '\n';
}
