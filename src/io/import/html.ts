/**
 * HTML (TimelineJS headlines and texts) to plain text, without a DOM: the result is only ever
 * shown as text. Links keep their address visible ("the report (https://…)"); block ends
 * become line breaks; entities are decoded; every other tag is dropped.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\uFFFD';
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);

/**
 * Replaces each block from an opening tag (`open`, a global pattern) to its closing tag in
 * one pass from left to right. A lazy `open[\s\S]*?close` pattern is quadratic on hostile
 * text (every unclosed opening scans to the end: 150 KB of `<a ` took 14 s); here a closing
 * tag that is not found is not looked for again, since no later opening could find it.
 */
function replaceBlocks(
  html: string,
  open: RegExp,
  closeOf: (m: RegExpExecArray) => string,
  replace: (openTag: string, inner: string) => string,
): string {
  const lower = html.toLowerCase();
  const missing = new Set<string>();
  let out = '';
  let at = 0;
  open.lastIndex = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const close = closeOf(m);
    if (missing.has(close)) continue;
    const innerStart = open.lastIndex;
    // The closing tag: `close` then only whitespace before its `>` (`</a >`, not `</abbr>`).
    let end = lower.indexOf(close, innerStart);
    let closeEnd = -1;
    while (end >= 0) {
      let j = end + close.length;
      if (close.endsWith('>')) {
        closeEnd = j;
        break;
      }
      while (j < html.length && /\s/.test(html[j]!)) j++;
      if (html[j] === '>') {
        closeEnd = j + 1;
        break;
      }
      end = lower.indexOf(close, end + 1);
    }
    if (closeEnd < 0) {
      missing.add(close);
      continue;
    }
    out += html.slice(at, m.index) + replace(m[0], html.slice(innerStart, end));
    at = closeEnd;
    open.lastIndex = closeEnd;
  }
  return out + html.slice(at);
}

export function htmlToText(html: string): string {
  const withLinks = replaceBlocks(
    html,
    /<a\b[^<>]*>/gi,
    () => '</a',
    (open, inner) => {
      const m = attr(open, 'href');
      const href = m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '').trim() : '';
      const label = htmlToText(inner);
      if (!/^https?:\/\//i.test(href)) return label; // javascript:, mailto: and the like are not kept
      return label === '' || label === href ? href : `${label} (${href})`;
    },
  );
  const noScripts = replaceBlocks(
    withLinks,
    /<(script|style)\b[^<>]*>/gi,
    (m) => `</${m[1]!.toLowerCase()}`,
    () => '',
  );
  // Tags cannot hold `<` here, so each failed tag stops at the next `<` (linear).
  const text = replaceBlocks(
    noScripts
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h[1-6]|blockquote|tr)\s*>/gi, '\n')
      .replace(/<li\b[^<>]*>/gi, '• '),
    /<!--/g,
    () => '-->',
    () => '',
  ).replace(/<\/?[a-z][^<>]*>/gi, '');
  return decodeEntities(text)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
