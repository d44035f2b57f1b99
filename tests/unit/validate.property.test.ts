import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDataset, validateJsonText } from '../../src/model/validate';
import { fixture } from './helpers';
import { scanJson } from '../../src/model/jsonScan';
import { readDataset } from '../../src/io/readDataset';

describe('the validator on arbitrary input', () => {
  it('returns problems, never throws, for arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = validateDataset(json);
        expect(result.dataset).toBeNull();
        expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('returns problems, never throws, for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => validateJsonText(text)).not.toThrow();
      }),
    );
  });

  it('never throws when any field of a valid dataset is replaced by arbitrary JSON', () => {
    // Collect every path in the fixture, then overwrite one with a random value.
    const paths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node))
          walk(v, [...path, Array.isArray(node) ? Number(k) : k]);
      }
    };
    walk(fixture(), []);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter((p) => p.length > 0)),
        fc.jsonValue(),
        (path, value) => {
          const d = fixture() as unknown as Record<string | number, unknown>;
          let node = d;
          for (const part of path.slice(0, -1))
            node = node[part] as Record<string | number, unknown>;
          node[path[path.length - 1]!] = value;
          const result = validateDataset(d);
          // Either it is still valid, or it says why; it never throws and never half-loads.
          expect(result.dataset === null).toBe(result.problems.some((p) => p.severity === 'error'));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads any bytes (any encoding, any garbage) to problems, never a throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = readDataset(bytes);
        expect(result.dataset).toBeNull();
        expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('scans any JSON text: no repeated key where there is none, each one where there is', () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.string({ maxLength: 5 }).filter((k) => k !== 'x'),
        (text, key) => {
          expect(scanJson(text).duplicates).toEqual([]);
          const twice = `{${JSON.stringify(key)}: ${text}, "x": [${text}], ${JSON.stringify(key)}: 1}`;
          expect(scanJson(twice).duplicates).toEqual([{ path: [key], count: 2 }]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
