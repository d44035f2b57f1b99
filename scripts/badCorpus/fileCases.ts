/** Faults in the bytes and the JSON syntax of a dataset file. */
import type { Case, Fixture } from './types';

const json = (d: Fixture) => JSON.stringify(d, null, 2);
const bytes = (...parts: (number[] | string | Uint8Array)[]) =>
  Uint8Array.from(
    parts.flatMap((p) =>
      typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : Array.from(p as ArrayLike<number>),
    ),
  );
const utf16 = (s: string, be: boolean) => {
  const le = Buffer.from(s, 'utf16le');
  return be ? Uint8Array.from(le, (_, i) => le[i % 2 ? i - 1 : i + 1]!) : new Uint8Array(le);
};
const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
/** The fixture's text with `title` written as raw text (not escaped by JSON.stringify). */
const rawTitle = (d: Fixture, raw: string) =>
  json({ ...d, title: 'TITLE' }).replace('"TITLE"', raw);

export const FILE_CASES: Case[] = [
  {
    name: 'empty-file',
    fault: 'an empty file',
    outcome: 'error',
    path: '$',
    message: 'not valid JSON',
    make: () => '',
  },
  {
    name: 'whitespace-only',
    fault: 'only whitespace',
    outcome: 'error',
    path: '$',
    message: 'not valid JSON',
    make: () => ' \n\t ',
  },
  {
    name: 'truncated-json',
    fault: 'JSON cut short',
    outcome: 'error',
    path: '$',
    message: 'not valid JSON',
    make: (d) => json(d).slice(0, 200),
  },
  {
    name: 'trailing-comma',
    fault: 'a trailing comma',
    outcome: 'error',
    path: '$',
    message: 'not valid JSON',
    make: (d) => json(d).replace(/\n}$/, ',\n}'),
  },
  {
    name: 'json-comment',
    fault: 'a // comment',
    outcome: 'error',
    path: '$',
    message: 'not valid JSON',
    make: (d) => `// a dataset\n${json(d)}`,
  },
  {
    name: 'single-quotes',
    fault: 'single-quoted strings',
    outcome: 'error',
    path: '$',
    message: 'not valid JSON',
    make: (d) => json(d).replace('"traceline/1"', "'traceline/1'"),
  },
  {
    name: 'nan-literal',
    fault: 'a NaN literal',
    outcome: 'error',
    path: '$',
    message: 'not valid JSON',
    make: (d) => json(d).replace('"start": 0', '"start": NaN'),
  },
  {
    name: 'two-documents',
    fault: 'two JSON documents in one file',
    outcome: 'error',
    path: '$',
    message: 'not valid JSON',
    make: (d) => json(d) + json(d),
  },
  {
    name: 'top-array',
    fault: 'an array instead of an object',
    outcome: 'error',
    path: '$',
    make: (d) => [d],
  },
  { name: 'top-null', fault: 'null', outcome: 'error', path: '$', make: () => null },
  {
    name: 'top-string',
    fault: 'a string',
    outcome: 'error',
    path: '$',
    make: () => '"traceline/1"',
  },
  { name: 'top-number', fault: 'a number', outcome: 'error', path: '$', make: () => 42 },
  {
    name: 'utf8-bom',
    fault: 'UTF-8 with a byte-order mark',
    outcome: 'accepted',
    make: (d) => bytes([0xef, 0xbb, 0xbf], json(d)),
  },
  {
    name: 'utf16le-bom',
    fault: 'UTF-16LE with a byte-order mark',
    outcome: 'accepted',
    make: (d) => bytes([0xff, 0xfe], utf16(json(d), false)),
  },
  {
    name: 'utf16be-bom',
    fault: 'UTF-16BE with a byte-order mark',
    outcome: 'accepted',
    make: (d) => bytes([0xfe, 0xff], utf16(json(d), true)),
  },
  {
    name: 'utf16le-no-bom',
    fault: 'UTF-16LE without a byte-order mark',
    outcome: 'warning',
    path: '$',
    message: 'UTF-16LE',
    make: (d) => utf16(json(d), false),
  },
  {
    name: 'utf16be-no-bom',
    fault: 'UTF-16BE without a byte-order mark',
    outcome: 'warning',
    path: '$',
    message: 'UTF-16BE',
    make: (d) => utf16(json(d), true),
  },
  {
    name: 'utf16-odd-length',
    fault: 'UTF-16 cut mid-character',
    outcome: 'error',
    path: '$',
    message: 'odd number of bytes',
    make: (d) => bytes([0xff, 0xfe], utf16(json(d), false), [0x7d]),
  },
  {
    name: 'utf32',
    fault: 'UTF-32',
    outcome: 'error',
    path: '$',
    message: 'UTF-32',
    make: () => bytes([0xff, 0xfe, 0, 0], [0x7b, 0, 0, 0, 0x7d, 0, 0, 0]),
  },
  {
    name: 'latin1-byte',
    fault: 'a Latin-1 byte (invalid UTF-8) in the title',
    outcome: 'warning',
    path: '$.title',
    message: 'U+FFFD',
    make: (d) =>
      bytes(
        ...rawTitle(d, '"Caf\u0000"')
          .split('\u0000')
          .flatMap((s, i) => (i ? [[0xe9], s] : [s])),
      ),
  },
  {
    name: 'invalid-utf8-sequence',
    fault: 'a truncated UTF-8 sequence in the source text',
    outcome: 'warning',
    path: '$',
    message: 'not valid UTF-8',
    make: (d) => {
      d.sources[0].text += ' X';
      return bytes(
        ...json(d)
          .split(' X"')
          .flatMap((s, i) => (i ? [[0xe2, 0x82], '"', s] : [s])),
      );
    },
  },
  {
    name: 'overlong-utf8',
    fault: 'an overlong UTF-8 encoding of "/"',
    outcome: 'warning',
    path: '$',
    message: 'not valid UTF-8',
    make: (d) =>
      bytes(
        ...rawTitle(d, '"a\u0000b"')
          .split('\u0000')
          .flatMap((s, i) => (i ? [[0xc0, 0xaf], s] : [s])),
      ),
  },
  {
    name: 'lone-surrogate-escape',
    fault: 'a lone surrogate escape (\\ud800) in the title',
    outcome: 'accepted',
    make: (d) => rawTitle(d, '"broken \\ud800 title"'),
  },
  {
    name: 'deep-array-top',
    fault: 'arrays nested 6,000 deep instead of a dataset',
    outcome: 'error',
    path: '$',
    make: () => deep(6000),
  },
  {
    name: 'deep-array-field',
    fault: 'arrays nested 6,000 deep in an unknown field',
    outcome: 'warning',
    path: '$.extra',
    message: 'unknown field',
    make: (d) => json({ ...d, extra: 0 }).replace('"extra": 0', `"extra": ${deep(6000)}`),
  },
  {
    name: 'deep-object-description',
    fault: 'objects nested 6,000 deep in the description',
    outcome: 'error',
    path: '$.description',
    make: (d) =>
      json({ ...d, description: 0 }).replace(
        '"description": 0',
        `"description": ${'{"a":'.repeat(6000)}1${'}'.repeat(6000)}`,
      ),
  },
  {
    name: 'duplicate-key-top',
    fault: 'the key "title" written twice',
    outcome: 'warning',
    path: '$.title',
    message: 'written 2 times',
    make: (d) =>
      json(d).replace(
        '"title": "A minimal dataset"',
        '"title": "First", "title": "A minimal dataset"',
      ),
  },
  {
    name: 'duplicate-key-known',
    fault: 'the key "edtf" written twice in a known date',
    outcome: 'warning',
    path: '$.events[0].known.edtf',
    message: 'last value applies',
    make: (d) =>
      json(d).replace('"edtf": "2022-03-14"', '"edtf": "2022-03-15", "edtf": "2022-03-14"'),
  },
  {
    name: 'duplicate-key-offset',
    fault: 'the key "start" written twice in a position',
    outcome: 'warning',
    path: '$.events[0].evidence[0].position.start',
    message: 'written 2 times',
    make: (d) => json(d).replace('"start": 0', '"start": 7, "start": 0'),
  },
  {
    name: 'proto-key',
    fault: 'a "__proto__" key at the top',
    outcome: 'warning',
    path: '$.__proto__',
    message: 'unknown field',
    make: (d) => json(d).replace('{', '{ "__proto__": { "polluted": true },'),
  },
  {
    name: 'constructor-key',
    fault: 'a "constructor" key in an event',
    outcome: 'warning',
    path: '$.events[0].constructor',
    message: 'unknown field',
    make: (d) => {
      d.events[0].constructor = { prototype: { polluted: true } };
      return d;
    },
  },
  {
    name: 'huge-integer-offset',
    fault: 'an offset above 2^53',
    outcome: 'error',
    path: '$.events[0].evidence[0].position.end',
    make: (d) => json(d).replace('"end": 38', '"end": 90071992547409930'),
  },
  {
    name: 'negative-zero-offset',
    fault: 'an offset written -0',
    outcome: 'accepted',
    make: (d) => json(d).replace('"start": 0', '"start": -0'),
  },
  {
    name: 'exponent-offset',
    fault: 'an offset written 3.8e1',
    outcome: 'accepted',
    make: (d) => json(d).replace('"end": 38', '"end": 3.8e1'),
  },
];
