/**
 * npm run suggester-accuracy
 *
 * Prints how well the date suggester reads its phrase table (tests/fixtures/datePhrases.ts)
 * and the seed report's own date phrases: how often the expected EDTF (with its basis) is
 * the first suggestion, and how often it is among the suggestions. The README quotes this.
 */
import { readFileSync } from 'node:fs';
import { suggestDates } from '../src/edit/dates/suggest';
import { validateDataset } from '../src/model/validate';
import { KNOWN_MISSES, PHRASES } from '../tests/fixtures/datePhrases';

interface Case {
  text: string;
  passage: [number, number];
  published: string;
  for: 'event' | 'relation';
  edtf: string;
  basis: string;
  phrase?: string;
}

const table: Case[] = [...PHRASES, ...KNOWN_MISSES].map((r) => ({
  ...r,
  passage: [0, r.text.length],
  for: r.for ?? 'event',
}));

const ds = validateDataset(
  JSON.parse(readFileSync('data/pakistan-taliban/dataset.json', 'utf8')),
).dataset!;
const source = ds.sources[0]!;
const seedCases: Case[] = [
  ...ds.events.map((item) => ({ item, for: 'event' as const })),
  ...ds.relations.map((item) => ({ item, for: 'relation' as const })),
]
  .filter(({ item }) => item.when?.phrase)
  .map(({ item, for: kind }) => ({
    text: source.text,
    passage: [item.evidence[0]!.position.start, item.evidence[0]!.position.end],
    published: source.published.edtf,
    for: kind,
    edtf: item.when!.edtf,
    basis: item.when!.basis,
    phrase: item.when!.phrase,
  }));

function score(cases: Case[]) {
  let first = 0;
  let among = 0;
  for (const c of cases) {
    const found = suggestDates(c);
    const ok = (s: (typeof found)[number]) =>
      s.edtf === c.edtf && s.basis === c.basis && (c.phrase === undefined || s.phrase === c.phrase);
    if (found[0] && ok(found[0])) first++;
    if (found.some(ok)) among++;
  }
  const pct = (n: number) => `${Math.round((100 * n) / cases.length)}%`;
  return `| ${cases.length} | ${first} (${pct(first)}) | ${among} (${pct(among)}) |`;
}

console.log('| phrases | expected reading first | expected reading among the suggestions |');
console.log('| --- | --- | --- |');
console.log(`${score(table)} phrase table, known misses included`);
console.log(
  `${score(seedCases)} the seed report's \`when.phrase\` values (phrase, EDTF and basis)`,
);
