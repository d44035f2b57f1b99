/** Faults in the bytes of a dataset file (encodings, byte-order marks) and its JSON syntax. */
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
];
