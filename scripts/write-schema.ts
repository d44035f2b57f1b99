/** Writes data/schema/dataset.schema.json from the zod schema (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchemaText } from '../src/model/jsonSchema';

const path = new URL('../data/schema/dataset.schema.json', import.meta.url);
writeFileSync(path, datasetJsonSchemaText());
console.log(`wrote ${path.pathname}`);
