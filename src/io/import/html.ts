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

export function htmlToText(html: string): string {
  const withLinks = html.replace(
    /(<a\b[^>]*>)([\s\S]*?)<\/a\s*>/gi,
    (_all, open: string, inner: string) => {
      const m = attr(open, 'href');
      const href = m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '').trim() : '';
      const label = htmlToText(inner);
      if (!/^https?:\/\//i.test(href)) return label; // javascript:, mailto: and the like are not kept
      return label === '' || label === href ? href : `${label} (${href})`;
    },
  );
  const text = withLinks
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|blockquote|tr)\s*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '• ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?[a-z][^>]*>/gi, '');
  return decodeEntities(text)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
