import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { datasetJsonSchemaText } from '../../src/model/jsonSchema';

describe('the published JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` when this fails)', () => {
    const committed = readFileSync('data/schema/dataset.schema.json', 'utf8');
    expect(committed).toBe(datasetJsonSchemaText());
  });

  it('describes the required parts of an event', () => {
    const schema = JSON.parse(datasetJsonSchemaText()) as {
      properties: {
        events: { items: { required: string[]; properties: Record<string, unknown> } };
      };
    };
    const event = schema.properties.events.items;
    expect(event.required).toEqual(
      expect.arrayContaining(['id', 'title', 'category', 'when', 'participants', 'evidence']),
    );
    expect(Object.keys(event.properties)).toEqual(
      expect.arrayContaining(['known', 'magnitude', 'acled']),
    );
  });
});
