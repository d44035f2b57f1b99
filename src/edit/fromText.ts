/**
 * A new report for the workbench: a pasted or opened file (plain text, Markdown or HTML)
 * reduced to the plain text a dataset quotes from. Offsets in a dataset index into this
 * text, so the result is normalised once, deterministically (`normaliseReportText`).
 *
 * No DOM: HTML is read with regular expressions and only ever yields text, never markup.
 */
import { decodeEntities } from '../io/import/html';

export type TextKind = 'txt' | 'md' | 'html';

const BLOCK_TAGS =
  /<(?:p|div|h[1-6]|ul|ol|li|table|tr|blockquote|section|article|header|footer|main|nav|aside|body|figure|pre|dl|dt|dd|form)\b[^<>]*>/gi;

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
  // trimEnd strips what \s matches, without a regex's quadratic scan of long blank runs.
  const trimmed = lines.map((line) => line.trimEnd()).join('\n');
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

/** Elements whose content is never part of the text. */
const DROPPED =
  /<(script|style|head|title|noscript|template|svg|math|iframe|object|select|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;

/**
 * One tag, with quoted attribute values that may hold a ">" (`<img alt=">" onerror=…>`), or
 * a lone "<". Attributes stop at the next "<" and quoted values are bounded, so a malformed
 * file costs one pass, not one pass per "<".
 */
const TAG_OR_LT =
  /<(\/?)([a-z][a-z0-9-]*)(?=[\s/>])((?:[^<>"']|"[^"]{0,4096}"|'[^']{0,4096}')*)>|</gi;

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
    .replace(/<![^<>]*>/g, '')
    .replace(/<\?[^<>]*>/g, '');

  // The <title>, else the first <h1>: one search for each tag.
  let title = inner(cleaned, 'title', false);
  const body = cleaned.replace(DROPPED, '');
  if (!title) title = inner(body, 'h1', true);
  return title ? { text: bodyText(body), title } : { text: bodyText(body) };
}

/** The text of the first <name> element, or undefined. */
function inner(html: string, name: 'title' | 'h1', markup: boolean): string | undefined {
  const open = new RegExp(`<${name}(?=[\\s>])[^<>]*>`, 'i').exec(html);
  if (!open) return undefined;
  const from = open.index + open[0].length;
  const close = new RegExp(`</${name}\\b`, 'gi');
  close.lastIndex = from;
  const content = html.slice(from, close.exec(html)?.index ?? html.length);
  const text = markup ? bodyText(content) : decodeEntities(content.replace(/<[^<>]*>/g, ''));
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * HTML to text in one pass over its tags. Source line breaks mean nothing outside <pre>;
 * blocks end paragraphs (a blank line), list items start with "• ", <br> is a line break,
 * a link keeps its address visible ("label (https://…)", as htmlToText does), and every
 * other tag and attribute vanishes. Entities are decoded in text only, so "&lt;b&gt;"
 * stays the text "<b>".
 */
function bodyText(html: string): string {
  const out: string[] = [];
  let pre = 0;
  let link: { href: string; at: number } | null = null;
  const text = (raw: string) => {
    if (raw) out.push(decodeEntities(pre > 0 ? raw : raw.replace(/\s+/g, ' ')));
  };
  const endLink = () => {
    if (!link) return;
    const label = out.slice(link.at).join('').replace(/\s+/g, ' ').trim();
    if (/^https?:\/\//i.test(link.href) && label !== link.href) {
      out.push(label === '' ? link.href : ` (${link.href})`);
    }
    link = null;
  };

  let last = 0;
  TAG_OR_LT.lastIndex = 0;
  for (let m = TAG_OR_LT.exec(html); m; m = TAG_OR_LT.exec(html)) {
    text(html.slice(last, m.index));
    last = m.index + m[0].length;
    const [, close, rawName, attrs] = m;
    if (rawName === undefined) {
      out.push('<'); // not a tag: a "<" in the text
      continue;
    }
    const name = rawName.toLowerCase();
    if (name === 'a') {
      endLink();
      const href = close ? undefined : attrValue(attrs ?? '', 'href');
      if (href !== undefined) link = { href: decodeEntities(href).trim(), at: out.length };
    } else if (name === 'br') out.push('\n');
    // Only opening tags break the line, so "</li><li>" is one line break, not two.
    else if (name === 'li') out.push(close ? '' : '\n• ');
    else if (name === 'tr' || name === 'dt' || name === 'dd') out.push(close ? '' : '\n');
    else if (name === 'td' || name === 'th') out.push(' ');
    else if (PARAGRAPH_TAGS.has(name)) {
      if (name === 'pre') pre = Math.max(0, pre + (close ? -1 : 1));
      out.push('\n\n');
    }
  }
  text(html.slice(last));
  endLink();
  return out
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
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
    const atx = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/.exec(line);
    if (atx) {
      heading(inline(headingText(atx[2] ?? '')), atx[1]!.length);
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

/** An ATX heading's words without its optional closing hashes ("## Title ##"). */
function headingText(s: string): string {
  const t = s.trimEnd();
  let i = t.length;
  while (i > 0 && t[i - 1] === '#') i--;
  if (i === t.length) return t;
  return i === 0 ? '' : /[ \t]/.test(t[i - 1]!) ? t.slice(0, i).trimEnd() : t;
}

/**
 * Inline Markdown to text: code spans verbatim, links as "label (address)", no emphasis.
 * Spans are bounded in length so a long line of unmatched "**" or "[" stays one pass.
 */
function inline(s: string): string {
  return s
    .split(/(`+)([^`]|[^`][\s\S]{0,2000}?[^`])\1(?!`)/)
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
    .replace(/!\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1')
    .replace(
      /\[([^\]]{0,500})\]\(\s*<?([^)\s>]{0,2000})>?(?:\s+(?:"[^"]{0,500}"|'[^']{0,500}'))?\s*\)/g,
      (_all, label: string, href: string) => linkText(label.trim(), href),
    )
    .replace(/\[([^\]]{1,500})\]\[[^\]]{0,100}\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/gi, '$1')
    .replace(/(?<!\\)(\*\*|__|~~)(?=\S)([\s\S]{0,1000}?\S)(?<!\\)\1/g, '$2')
    .replace(/(?<![\\*])\*(?=[^\s*])([^*]*?[^\s\\*])\*(?!\*)/g, '$1')
    .replace(/(?<![\\\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s\\_])_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1');
}
