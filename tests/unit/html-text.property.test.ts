/**
 * htmlToText (io/import/html.ts) reads links, scripts and comments in one pass from left to
 * right. Checked against the patterns it replaced (lazy regular expressions, kept here as
 * the reference: the same text for any mix of tags, closed or not) and on hostile input.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeEntities, htmlToText } from '../../src/io/import/html';

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);

/** The former reading, with lazy patterns (quadratic on unclosed tags). */
function referenceHtmlToText(html: string): string {
  const withLinks = html.replace(
    /(<a\b[^>]*>)([\s\S]*?)<\/a\s*>/gi,
    (_all, open: string, inner: string) => {
      const m = attr(open, 'href');
      const href = m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '').trim() : '';
      const label = referenceHtmlToText(inner);
      if (!/^https?:\/\//i.test(href)) return label;
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

/** Pieces of HTML: whole tags (closed or not as blocks), text, entities and whitespace. */
const piece = fc.constantFrom(
  '<a href="https://x.org/a?b=1&amp;c=2">',
  "<A HREF='http://y.net'>",
  '<a href=javascript:alert(1)>',
  '<a>',
  '</a>',
  '</A >',
  '</abbr>',
  '<abbr title="t">',
  '<script>',
  '<script type="x">',
  '</script>',
  '<style>',
  '</STYLE >',
  '<!--',
  '-->',
  '<br/>',
  '<BR>',
  '<p>',
  '</p>',
  '<li class="k">',
  '</li>',
  '<b>',
  '</b >',
  'text',
  'Peshawar',
  ' ',
  '\n',
  '\t',
  '&amp;',
  '&#233;',
  '&nbsp;',
  '>',
  'a > b',
);

describe('htmlToText', () => {
  it('reads any mix of tags as the lazy patterns did', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('');
        expect(htmlToText(html)).toBe(referenceHtmlToText(html));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the text of unclosed links, scripts and comments as the lazy patterns did', () => {
    for (const html of [
      '<a href="https://x.org">the report',
      'before <script>alert(1)',
      'kept <!-- not closed',
      '<a href="https://x.org">one</a> <a href="https://y.org">two',
      // An unclosed style does not stop a later script from being removed.
      '<style><script>></script>',
    ]) {
      expect(htmlToText(html)).toBe(referenceHtmlToText(html));
    }
    expect(htmlToText('<a href="https://x.org">one</a> <a href="https://y.org">two')).toBe(
      'one (https://x.org) two',
    );
  });

  it('reads hostile text of unclosed tags (150 KB) to its plain text', () => {
    expect(htmlToText('<a '.repeat(50_000))).toBe('<a'.repeat(50_000).replace(/<a/g, '<a ').trim());
    expect(htmlToText('<script>'.repeat(50_000))).toBe('');
    expect(htmlToText('<!--'.repeat(50_000))).toBe('<!--'.repeat(50_000));
  });
});
