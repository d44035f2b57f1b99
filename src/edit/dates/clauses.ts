/**
 * Clauses and words: where a phrase built around a connective ("since", "after", "until")
 * or a verb form ("has refused", "had long supported") starts and stops, and the content
 * words that let a dateless clause ("since the Taliban reclaimed power") find the dated
 * sentence it refers to.
 */

/** Punctuation that ends a clause. Brackets do not: "(ISI)" stays in its clause. */
const BREAK = /[,;:.!?—–\n]/;
/** Words that start a new clause inside a sentence. */
const STOP =
  /^(and|but|while|which|who|whom|whose|when|because|as|since|after|before|until|though|although|whereas)$/i;

export function clauseStart(text: string, at: number, floor = 0): number {
  let i = at;
  while (i > floor && !BREAK.test(text[i - 1]!)) i--;
  while (i < at && /\s/.test(text[i]!)) i++;
  return i;
}

/** The end of the clause from `from`: the next break, or (with `stopAtWords`) the next clause word. */
export function clauseEnd(
  text: string,
  from: number,
  ceiling = text.length,
  stopAtWords = false,
): number {
  const re = /[\p{L}\p{N}’'-]+|[^\p{L}\p{N}\s’'-]/gu;
  re.lastIndex = from;
  let end = from;
  let first = true;
  for (let m = re.exec(text); m && m.index < ceiling; m = re.exec(text)) {
    if (BREAK.test(m[0]) && !/^[-’']/.test(m[0])) break;
    if (stopAtWords && !first && STOP.test(m[0])) break;
    end = m.index + m[0].length;
    first = false;
  }
  return end;
}

const STOP_WORDS = new Set(
  (
    'the a an of in on at to for from by with and or but that this these those is was were are be been ' +
    'has have had its his her their they it he she we as after since before until who which what while ' +
    'over into than then not no also would could should will can did does do so such one two'
  ).split(' '),
);

/** Content words, lower-cased, possessives dropped: "the Taliban’s victory" → taliban, victory. */
export function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}’']+/u)
    .map((w) => w.replace(/(['’]s|['’])$/, ''))
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w));
  return new Set(words);
}

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}
