/**
 * A new report for the workbench: a pasted or opened file (plain text, Markdown or HTML)
 * reduced to the plain text a dataset quotes from. Offsets in a dataset index into this
 * text, so the result is normalised once, deterministically (`normaliseReportText`).
 *
 * No DOM: HTML is read with regular expressions and only ever yields text, never markup.
 */
import { decodeEntities, htmlToText } from '../io/import/html';

export type TextKind = 'txt' | 'md' | 'html';

const BLOCK_TAGS =
  /<(?:p|div|h[1-6]|ul|ol|li|table|tr|blockquote|section|article|header|footer|main|nav|aside|body|figure|pre|dl|dt|dd|form)\b[^>]*>/gi;

/** From the content first (a file's name can lie), then the extension. */
export function detectTextKind(fileName: string, content: string): TextKind {
  const head = content.replace(/^\uFEFF/, '').trimStart();
  if (/^<!doctype\s+html\b/i.test(head) || /^<html\b/i.test(head)) return 'html';
  // Several block tags: markup, even if the file is called .txt (a "save page" dump).
  const blocks = content.slice(0, 200_000).match(BLOCK_TAGS);
  if (blocks && blocks.length >= 3) return 'html';
  const ext = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  return 'txt';
}

/**
 * The canonical form of a report text: NFC, line breaks as \n, no trailing blanks on a
 * line, at most one empty line in a row, no blank start or end. Idempotent.
 */
export function normaliseReportText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const trimmed = lines.map((line) => line.replace(/\s+$/, '')).join('\n');
  // NFC last: composing never adds or removes white space, so the result stays stable.
  return trimmed
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .normalize('NFC');
}

/** The report's text (and a title when the file names one), normalised. */
export function reportText(content: string, kind: TextKind): { text: string; title?: string } {
  const read =
    kind === 'html' ? fromHtml(content) : kind === 'md' ? fromMarkdown(content) : { text: content };
  const out: { text: string; title?: string } = { text: normaliseReportText(read.text) };
  const title = read.title?.replace(/\s+/g, ' ').trim().normalize('NFC');
  if (title) out.title = title;
  return out;
}

// ---------------------------------------------------------------------------------------
// HTML

/** Elements whose content is never part of the text (a `<title>` is read before they go). */
const DROPPED =
  /<(script|style|head|noscript|template|svg|math|iframe|object|select|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;

/** One tag, with quoted attribute values that may hold a ">" (`<img alt=">" onerror=…>`). */
const TAG = /<(\/?)([a-z][a-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;

const PARAGRAPH_TAGS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'table',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'figure',
  'figcaption',
  'pre',
  'dl',
  'hr',
  'address',
  'details',
  'summary',
  'form',
  'fieldset',
  'body',
  'html',
]);

const attrValue = (attrs: string, name: string): string | undefined => {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(
    attrs,
  );
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
};

/** Re-escapes an attribute value so htmlToText reads it back exactly. */
const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Named entities beyond htmlToText's few: accented letters and common signs. */
const ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
};
const SIGNS: Record<string, string> = {
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  middot: '·',
  bull: '•',
  laquo: '«',
  raquo: '»',
  sbquo: '‚',
  bdquo: '„',
  times: '×',
  divide: '÷',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  shy: '',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  zwnj: '\u200c',
  zwj: '\u200d',
};

function decodeMoreEntities(s: string): string {
  return s.replace(/&([a-z]+);/gi, (whole, name: string) => {
    if (Object.hasOwn(SIGNS, name)) return SIGNS[name]!;
    const m = /^([a-z])(acute|grave|circ|uml|tilde|cedil|ring)$/i.exec(name);
    return m ? (m[1]! + ACCENTS[m[2]!]).normalize('NFC') : whole;
  });
}

function fromHtml(html: string): { text: string; title?: string } {
  const cleaned = decodeMoreEntities(html)
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/gi, '')
    .replace(/<![^>]*>/g, '')
    .replace(/<\?[^>]*>/g, '');

  let title: string | undefined;
  const t = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(cleaned);
  if (t) title = decodeEntities(t[1]!.replace(/<[^>]*>/g, '')).trim();
  const body = cleaned.replace(DROPPED, '');
  if (!title) {
    const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(body);
    if (h1) title = htmlToText(reduceTags(collapseSpace(h1[1]!)));
  }
  return { text: htmlToText(reduceTags(collapseSpace(body))), title };
}

/** Source line breaks mean nothing in HTML except inside <pre>. */
function collapseSpace(html: string): string {
  return html
    .split(/(<pre\b[^>]*>[\s\S]*?<\/pre\s*>)/i)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, ' ')))
    .join('');
}

/**
 * Every tag becomes text structure or nothing: blocks end paragraphs (a blank line), list
 * items start with "• ", <br> is a line break. Links are rewritten to a plain `<a href>` so
 * htmlToText keeps their address visible; all other tags and their attributes vanish.
 */
function reduceTags(html: string): string {
  return html.replace(TAG, (_all, close: string, rawName: string, attrs: string) => {
    const name = rawName.toLowerCase();
    if (name === 'a') {
      if (close) return '</a>';
      const href = attrValue(attrs, 'href');
      return href === undefined ? '<a>' : `<a href="${escapeAttr(decodeEntities(href))}">`;
    }
    if (name === 'br') return '\n';
    // Only opening tags break the line, so "</li><li>" is one line break, not two.
    if (name === 'li') return close ? '' : '\n• ';
    if (name === 'tr' || name === 'dt' || name === 'dd') return close ? '' : '\n';
    if (name === 'td' || name === 'th') return ' ';
    if (PARAGRAPH_TAGS.has(name)) return '\n\n';
    return '';
  });
}

// ---------------------------------------------------------------------------------------
// Markdown

function fromMarkdown(md: string): { text: string; title?: string } {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let title: string | undefined;
  let firstHeading: string | undefined;
  let fence: string | null = null;
  const heading = (text: string, level: number) => {
    if (level === 1 && title === undefined && text) title = text;
    if (firstHeading === undefined && text) firstHeading = text;
    out.push(text);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      // Code is kept verbatim, without its fences.
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      else out.push(line);
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    const atx = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (atx) {
      heading(inline(atx[2] ?? ''), atx[1]!.length);
      continue;
    }
    const underline = /^ {0,3}(=+|-+)[ \t]*$/.exec(lines[i + 1] ?? '');
    if (underline && line.trim() !== '' && !/^ {0,3}([-*+]|\d+[.)]|>)(\s|$)/.test(line)) {
      heading(inline(line.trim()), underline[1]![0] === '=' ? 1 : 2);
      i++;
      continue;
    }
    if (/^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/.test(line)) {
      out.push(''); // a thematic break separates paragraphs
      continue;
    }
    const rest = line.replace(/^ {0,3}(?:>[ \t]?)+/, '');
    const item = /^(\s*)[-*+][ \t]+(.*)$/.exec(rest);
    out.push(item ? `${item[1]}• ${inline(item[2]!)}` : inline(rest));
  }
  return { text: out.join('\n'), title: title ?? firstHeading };
}

/** Inline Markdown to text: code spans verbatim, links as "label (address)", no emphasis. */
function inline(s: string): string {
  return s
    .split(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/)
    .map((part, i) => {
      // split yields [text, ticks, code, text, ticks, code, …]
      if (i % 3 === 1) return '';
      if (i % 3 === 2) return part;
      return inlineText(part);
    })
    .join('');
}

const linkText = (label: string, href: string) => {
  if (!/^https?:\/\//i.test(href)) return label; // relative and script links: the label only
  return label === '' || label === href ? href : `${label} (${href})`;
};

function inlineText(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(
      /\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g,
      (_all, label: string, href: string) => linkText(label.trim(), href),
    )
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/gi, '$1')
    .replace(/(?<!\\)(\*\*|__|~~)(?=\S)([\s\S]*?\S)(?<!\\)\1/g, '$2')
    .replace(/(?<![\\*])\*(?=[^\s*])([^*]*?[^\s\\*])\*(?!\*)/g, '$1')
    .replace(/(?<![\\\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s\\_])_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1');
}
