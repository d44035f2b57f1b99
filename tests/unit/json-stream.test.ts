/**
 * Reading a dataset in chunks (io/jsonStream.ts, io/readStream.ts): the events split off
 * one by one parse to what JSON.parse gives for the whole text, wherever the chunks are cut,
 * and the dataset read so equals the one readDataset reads from the same bytes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { generateDataset } from '../../scripts/synthetic';
import { openBytes, type Opened } from '../../src/app/import/openBytes';
import { openLarge } from '../../src/app/import/openLarge';
import { splitEvents } from '../../src/io/jsonStream';
import { readDataset, type ReadResult } from '../../src/io/readDataset';
import { readDatasetChunks, readDatasetStream } from '../../src/io/readStream';

/** Splits `text` at the given cut positions and runs the splitter over the chunks. */
function split(text: string, cuts: readonly number[]) {
  const elements: string[] = [];
  const splitter = splitEvents((t, i) => {
    expect(i).toBe(elements.length);
    elements.push(t);
  });
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    splitter.push(text.slice(from, cut));
    from = Math.max(from, cut);
  }
  splitter.push(text.slice(from));
  const head = splitter.end();
  return { events: elements.map((e) => JSON.parse(e) as unknown), head };
}

/** Bytes cut into chunks at the given positions. */
function chunks(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const at = [...new Set([0, ...cuts, bytes.length])].sort((a, b) => a - b);
  return at.slice(1).map((end, k) => bytes.slice(at[k], end));
}

const encode = (s: string) => new TextEncoder().encode(s);

/** A text with everything a scanner can trip on, in events and around them. */
const tricky = [
  '{"format":"traceline/1","label":"events","nested":{"events":[1,{"events":[]}]},',
  '"quote":"a \\"quoted\\" [bracket] {brace} \\\\","events" : [',
  '{"s":"\\\\","t":"\\"]},{","u":"\\u0022\\\\\\"","emoji":"😀 𝄞 é","n":[[1,[2,[]]],{}]},',
  '"events",\n  -1.5e3 , [ ] ,{},null,true,"]" ',
  '],"after":{"events":"x"}, "tail":"\\\\"}',
].join('');

describe('splitting the events off a JSON document', () => {
  const whole = JSON.parse(tricky) as { events: unknown[] };

  it('gives each event as JSON.parse reads it, for a cut at every position', () => {
    for (let cut = 0; cut <= tricky.length; cut++) {
      const { events, head } = split(tricky, [cut]);
      expect(events).toEqual(whole.events);
      expect(JSON.parse(head.text)).toEqual({ ...whole, events: [] });
    }
  });

  it('gives the same for chunks of one character and for two cuts anywhere', () => {
    const every = Array.from({ length: tricky.length }, (_, i) => i);
    expect(split(tricky, every).events).toEqual(whole.events);
    fc.assert(
      fc.property(fc.nat(tricky.length), fc.nat(tricky.length), (a, b) => {
        expect(split(tricky, [a, b]).events).toEqual(whole.events);
      }),
    );
  });

  it('says where the events array stands in the head text, and how long it was', () => {
    const { head } = split(tricky, [50]);
    expect(head.found).toBe(true);
    expect(head.text.slice(head.at - 1, head.at + 1)).toBe('[]');
    expect(head.text.length + head.eventsLength).toBe(tricky.length);
  });

  it('matches "events" only as a key of the top-level object, escaped or not', () => {
    const escaped = '{"a":{"events":[9]},"b":"events","\\u0065vents":[1,2],"c":[{"events":[3]}]}';
    expect(split(escaped, [17]).events).toEqual([1, 2]);
    const none = '{"a":{"events":[9]},"b":["events",[1]],"c":"\\"events\\":[1]"}';
    const { events, head } = split(none, [5, 30]);
    expect(events).toEqual([]);
    expect(head.found).toBe(false);
    expect(JSON.parse(head.text)).toEqual(JSON.parse(none));
  });

  it('gives JSON.parse’s result for any JSON around and in the events, cut anywhere', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), value, { maxKeys: 4 }),
        fc.array(value, { maxLength: 8 }),
        fc.dictionary(fc.string(), value, { maxKeys: 4 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (before, events, after, indent, cuts) => {
          // "events" only once, as JSON.parse keeps the last of repeated keys.
          const pre: Record<string, unknown> = { ...before };
          const post: Record<string, unknown> = { ...after };
          delete pre.events;
          delete post.events;
          const doc = { ...pre, events, ...post };
          const text = JSON.stringify(doc, null, indent ? 2 : undefined);
          const at = cuts.map((c) => c % (text.length + 1));
          const got = split(text, at);
          expect(got.events).toEqual(JSON.parse(JSON.stringify(events)));
          expect(JSON.parse(got.head.text)).toEqual(
            JSON.parse(JSON.stringify({ ...doc, events: [] })),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('reading a dataset in chunks of bytes', () => {
  const small = generateDataset({ events: 200, actors: 12, seed: 4 });

  const same = (bytes: Uint8Array, cuts: readonly number[]) => {
    const expected: Partial<ReadResult> = readDataset(bytes);
    delete expected.text;
    const { text, ...got } = readDatasetChunks(chunks(bytes, cuts));
    expect(text).toBeNull();
    expect(got).toEqual(expected);
    return got;
  };

  it('reads a generated dataset as readDataset does, in chunks of any size', () => {
    const bytes = encode(JSON.stringify(small));
    const read = same(
      bytes,
      Array.from({ length: 40 }, (_, k) => k * 997 + 13),
    );
    expect(read.dataset?.events.length).toBe(200);
    expect(read.problems).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.nat(bytes.length), { maxLength: 20 }), (cuts) => {
        same(bytes, cuts);
      }),
      { numRuns: 20 },
    );
  });

  it('gives the same problems as readDataset: drifted positions, repeated keys, U+FFFD', () => {
    const data = structuredClone(small) as typeof small;
    const ev = data.events[7]!.evidence[0]!;
    ev.position = { ...ev.position, start: ev.position.start + 3, end: ev.position.end + 3 };
    data.events[9]!.title = 'broken \uFFFD text';
    const text = JSON.stringify(data).replace('"id":"e3"', '"id":"e3","id":"e3"');
    const read = same(encode(text), [100, 5000, 20000]);
    expect(read.dataset).not.toBeNull();
    expect(read.dataset?.events[7]?.evidence[0]?.position.start).toBe(ev.position.start - 3);
    const messages = read.problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(/written 2 times/);
    expect(messages).toMatch(/U\+FFFD/);
    expect(messages).toMatch(/does not select the quote/);
  });

  it('decodes characters whose bytes are cut between chunks (surrogate pairs, BOM, UTF-16)', () => {
    const data = structuredClone(small) as typeof small;
    data.events[0]!.title = '😀 café 𝄞 ✓';
    data.actors[0]!.name = 'Ünïcödé 🚀';
    const text = JSON.stringify({ ...data, events: data.events.slice(0, 3) });
    const bytes = encode(text);
    const emoji = bytes.indexOf(0xf0);
    for (let cut = emoji - 1; cut <= emoji + 5; cut++) same(bytes, [cut, cut + 2]);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(same(bom, [1, 2, emoji + 4]).encoding).toBe('utf-8 with BOM');
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(same(utf16, [3, 101, 777]).encoding).toBe('utf-16le');
  });

  it('says where the first bad UTF-8 byte is, even when it ends a chunk', () => {
    const text = JSON.stringify({ ...small, events: small.events.slice(0, 3) });
    const at = text.indexOf('Report 1');
    const bytes = encode(text);
    const bad = new Uint8Array([...bytes.subarray(0, at), 0xe2, 0x28, ...bytes.subarray(at)]);
    for (const cut of [at - 1, at, at + 1, at + 2]) {
      const read = same(bad, [cut]);
      expect(read.exact).toBe(false);
      expect(read.problems[0]?.message).toContain(`byte ${at}`);
    }
  });

  it('reports from an async stream with progress by bytes, then validating', async () => {
    const bytes = encode(JSON.stringify(small));
    const seen: string[] = [];
    async function* stream() {
      for (const c of chunks(bytes, [1000, 30000, 60000])) yield c;
    }
    const read = await readDatasetStream(stream(), bytes.length, (p) =>
      seen.push(`${p.stage} ${p.done.toFixed(2)}`),
    );
    expect(read.dataset?.events.length).toBe(200);
    expect(seen.at(-2)).toBe('reading 1.00');
    expect(seen.at(-1)).toBe('validating 0.00');
  });
});

describe('a file that cannot be read in chunks', () => {
  const base = JSON.stringify(generateDataset({ events: 5, actors: 3, seed: 2 }));
  const read = (text: string, cuts: number[] = [7, 300]) => {
    const result = readDatasetChunks(chunks(encode(text), cuts));
    expect(result.dataset).toBeNull();
    return result.problems.map((p) => p.message).join('\n');
  };
  const eventsAt = base.indexOf('"events":[') + '"events":['.length;

  it('names a file cut short, in the events or after them', () => {
    expect(read(base.slice(0, eventsAt + 40))).toMatch(
      /^the file is not valid JSON: the file ends before the JSON document does \(inside a string, in event 0, after character [\d,]+\): it may be cut short$/,
    );
    expect(read(base.slice(0, -1))).toMatch(
      /ends before the JSON document does \(outside the events/,
    );
    expect(read('')).toBe('the file is not valid JSON: the file is empty');
  });

  it('names text after the document and an event that is not JSON, by its number', () => {
    expect(read(base + ' {}')).toMatch(
      /unexpected text after the end of the JSON document at character [\d,]+/,
    );
    const second = base.indexOf('{"id":"e1"');
    const broken = base.slice(0, second) + '{"id":"e1",,' + base.slice(second + 10);
    expect(read(broken)).toMatch(/^the file is not valid JSON: event 1: .*position \d+/);
    expect(read(base.replace('"events":[', '"events":[,'))).toMatch(
      /the events array begins with a comma \(event 0 is missing\)/,
    );
    expect(read(base.replace('}],"relations"', '},],"relations"'))).toMatch(
      /a comma ends the events array/,
    );
    expect(read(base.replace('}],"relations"', '}},"relations"'))).toMatch(
      /closed with "}" instead of "]"/,
    );
  });

  it('leaves an events value that is no array, or a missing one, to the validator', () => {
    const events = base.slice(eventsAt - 1, base.indexOf('],"relations"') + 1);
    expect(read(base.replace(events, '{"a":[1]}'))).toMatch(/expected array/i);
    const without = base.replace(`"events":${events},`, '');
    expect(read(without)).toMatch(/required field is missing/);
  });

  it('stops keeping the rest of the document past a limit, saying whether events were found', () => {
    const run = (text: string) => {
      const splitter = splitEvents(() => {}, 100);
      splitter.push(text);
      return () => splitter.end();
    };
    const filler = `"pad":"${'x'.repeat(120)}"`;
    expect(() => run(`{${filler},"events":[1]}`)).toThrow(
      'no top-level "events" array in the first 100 characters',
    );
    expect(() => run(`{"events":[1],${filler}}`)).toThrow(
      'the document outside its events array is longer than 100 characters',
    );
    // The events themselves do not count: a long array with a short rest is read.
    const long = `{"events":[${'1,'.repeat(500)}1],"a":2}`;
    expect(run(long)().text).toBe('{"events":[],"a":2}');
  });

  it('refuses a second top-level "events" and says so', () => {
    expect(read(base.replace('"relations"', '"events":[],"relations"'))).toMatch(
      /the top-level key "events" is written twice/,
    );
  });

  it('reports JSON errors outside the events at their place in the whole file', () => {
    const bad = base.replace('"relations":[]', '"relations":[] "x":1');
    const message = read(bad);
    const position = /position (\d+)/.exec(message)?.[1];
    expect(message).toMatch(/^the file is not valid JSON: outside the events: /);
    // The parser of the whole text finds the same fault at the same place.
    expect(() => JSON.parse(bad)).toThrow(new RegExp(`position ${position}\\b`));
  });
});

describe('the import worker’s choice of path, by size and content', () => {
  const small = { stream: 1000, otherMax: 5000 };
  const text = JSON.stringify(generateDataset({ events: 30, actors: 4, seed: 6 }));
  const stages = (seen: string[]) => [...new Set(seen)].join(' ');
  const dataset = ({ read }: Opened) => {
    if (read.kind !== 'dataset') throw new Error('not read as a Traceline dataset');
    return read.result;
  };

  it('streams a Traceline dataset above the threshold, to the result of the whole-file path', async () => {
    const seen: string[] = [];
    const file = new File([encode(text)], 'big.json');
    const streamed = await openLarge(file, (p) => seen.push(p.stage), small);
    const whole = openBytes(encode(text), 'big.json');
    // Streamed (no text kept), to the same dataset and problems as the whole-file path.
    expect(dataset(streamed).text).toBeNull();
    expect(dataset(whole).text).toBe(text);
    expect(dataset(streamed).dataset).toEqual(dataset(whole).dataset);
    expect(dataset(streamed).problems).toEqual(dataset(whole).problems);
    expect(streamed.index?.events.length).toBe(30);
    expect(stages(seen)).toBe('reading validating indexing');
  });

  it('reads any other file whole, and refuses one above the other formats’ limit', async () => {
    const csv = readFileSync('tests/fixtures/import/acled.csv');
    const opened = await openLarge(new File([csv], 'a.csv'), () => {}, small);
    expect(opened.read.kind).toBe('import');
    const big = new File([csv, ' '.repeat(small.otherMax)], 'a.csv');
    const refused = await openLarge(big, () => {}, small);
    expect(refused.index).toBeNull();
    expect(dataset(refused).problems[0]?.message).toMatch(
      /does not name the Traceline format \("traceline\/1"\); files in other formats are read only up to/,
    );
  });
});
