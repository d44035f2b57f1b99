import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectTextKind, normaliseReportText, reportText } from '../../src/edit/fromText';

describe('detectTextKind', () => {
  it('reads HTML from the content before the file name', () => {
    expect(detectTextKind('report.txt', '<!DOCTYPE html><p>x</p>')).toBe('html');
    expect(detectTextKind('report.md', '  \n<html lang="en"><body>x</body></html>')).toBe('html');
    expect(detectTextKind('dump', '<div>a</div><p>b</p><p>c</p>')).toBe('html');
  });

  it('falls back to the extension, then to plain text', () => {
    expect(detectTextKind('notes.md', '# Title')).toBe('md');
    expect(detectTextKind('notes.MARKDOWN', 'x')).toBe('md');
    expect(detectTextKind('page.htm', 'just words')).toBe('html');
    expect(detectTextKind('page.html', 'just words')).toBe('html');
    expect(detectTextKind('report.txt', 'a < b and <p> once')).toBe('txt');
    expect(detectTextKind('', '')).toBe('txt');
  });
});

describe('normaliseReportText', () => {
  it('composes a decomposed é (NFC), so offsets match what the validator expects', () => {
    const decomposed = 'Cafe\u0301 talks';
    const out = normaliseReportText(decomposed);
    expect(out).toBe('Café talks');
    expect(out.length).toBe(decomposed.length - 1);
    expect(out).toBe(out.normalize('NFC'));
  });

  it('unifies line breaks, drops trailing blanks and keeps at most one empty line', () => {
    expect(normaliseReportText('  a  \r\nb\t\r\rc\n\n\n\n\nd \u00a0\n\n')).toBe('a\nb\n\nc\n\nd');
  });

  it('handles long blank runs in one pass', () => {
    const n = 100_000;
    expect(normaliseReportText(`x${' '.repeat(n)}\ny`)).toBe('x\ny');
    expect(normaliseReportText(`x${' '.repeat(n)}y`)).toBe(`x${' '.repeat(n)}y`);
    expect(detectTextKind('a.txt', '<p '.repeat(n))).toBe('txt');
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'e', '\u0301', ' ', '\t', '\n', '\r', '\u00a0', '😀'),
        }),
        (s) => {
          const once = normaliseReportText(s);
          expect(normaliseReportText(once)).toBe(once);
          expect(once).toBe(once.normalize('NFC'));
          expect(once).not.toMatch(/\r|[^\S\n]\n|\n{3}/);
        },
      ),
    );
  });
});

describe('reportText', () => {
  it('leaves plain text as it is, apart from normalising', () => {
    const text = 'Line one  \r\n<b>not markup here</b> *nor here*';
    expect(reportText(text, 'txt')).toEqual({
      text: 'Line one\n<b>not markup here</b> *nor here*',
    });
  });

  it('reduces hostile HTML to its text only', () => {
    const html =
      '<p>Before<img src=x onerror=alert(1)>after</p>' +
      '<script>alert("gone")</script><style>p{color:red}</style>' +
      '<img alt=">" onerror="alert(2)">' +
      '<p onclick="steal()">Click <a href="javascript:alert(3)">here</a></p>' +
      '<iframe src="https://evil.example"></iframe><noscript>no script</noscript>' +
      '<p>&lt;script&gt; stays text</p><script>never closed';
    const { text } = reportText(html, 'html');
    expect(text).toBe('Beforeafter\n\nClick here\n\n<script> stays text');
    expect(text).not.toMatch(/alert|onerror|onclick|steal|gone|color|never closed|no script/);
  });

  it('keeps paragraphs, line breaks, list items and visible link addresses', () => {
    const html = `<!doctype html>
      <html><head><title>The  Report &amp; Notes</title><meta charset="utf-8"></head>
      <body>
        <h1>Heading one</h1>
        <p>First   paragraph, with
           <a href="https://example.org/a?b=1&amp;c=2">a source</a>.<br>Next line.</p>
        <ul><li>one</li><li>two</li></ul>
        <!-- a comment <p>hidden</p> -->
        <p>Caf&eacute; &#233;t&eacute; &mdash; done</p>
      </body></html>`;
    expect(reportText(html, 'html')).toEqual({
      title: 'The Report & Notes',
      text:
        'Heading one\n\nFirst paragraph, with a source (https://example.org/a?b=1&c=2).\n' +
        'Next line.\n\n• one\n• two\n\nCafé été — done',
    });
  });

  it('keeps a lone "<" as text and the line breaks of <pre>', () => {
    const html = '<p>a < b and c<d</p><pre>line one\nline two</pre><p>x <3</p>';
    expect(reportText(html, 'html').text).toBe('a < b and c<d\n\nline one\nline two\n\nx <3');
  });

  it('reads malformed markup in one pass (no tag is ever closed)', () => {
    // Each of these took seconds when every "<" started a scan to the end of the file.
    const n = 40_000;
    expect(reportText('<a x'.repeat(n), 'html').text).toBe('<a x'.repeat(n));
    expect(reportText('<p "'.repeat(n), 'html').text).toBe('<p "'.repeat(n));
    expect(reportText('<a href=x>y'.repeat(n), 'html').text).toBe('y'.repeat(n));
    expect(reportText('<pre>x'.repeat(n), 'html').text).toBe(Array(n).fill('x').join('\n\n'));
    expect(reportText('<!x'.repeat(n), 'html').text).toBe('<!x'.repeat(n));
  });

  it('takes the first <h1> as the title when there is no <title>', () => {
    const out = reportText('<h2>Kicker</h2><h1>Main <em>story</em></h1><p>Body</p>', 'html');
    expect(out.title).toBe('Main story');
    expect(out.text).toBe('Kicker\n\nMain story\n\nBody');
    expect(reportText('<p>No heading</p>', 'html').title).toBeUndefined();
    // A letter whose lower case is longer (İ) before the heading does not shift it.
    expect(reportText('<p>İİİİ</p><H1 class="x">Title</H1>', 'html').title).toBe('Title');
    expect(reportText('<h1>Unclosed title', 'html').title).toBe('Unclosed title');
  });

  it('removes Markdown syntax, keeps links visible and returns the first heading', () => {
    const md = [
      'Intro line',
      '',
      '# The *Big* Report',
      '',
      'Some **bold**, _italic_ and ~~struck~~ words, a snake_case_name,',
      'a [source](https://example.org/x) and a [relative link](./notes.md).',
      '',
      '## Section',
      '- first',
      '* second',
      '1. numbered',
      '',
      '> quoted',
      '',
      '```',
      'code **kept** as is',
      '```',
      'Escaped \\*stars\\* and `inline *code*`.',
    ].join('\n');
    const out = reportText(md, 'md');
    expect(out.title).toBe('The Big Report');
    expect(out.text).toBe(
      [
        'Intro line',
        '',
        'The Big Report',
        '',
        'Some bold, italic and struck words, a snake_case_name,',
        'a source (https://example.org/x) and a relative link.',
        '',
        'Section',
        '• first',
        '• second',
        '1. numbered',
        '',
        'quoted',
        '',
        'code **kept** as is',
        'Escaped *stars* and inline *code*.',
      ].join('\n'),
    );
  });

  it('reads a long line of unmatched Markdown in one pass', () => {
    const n = 40_000;
    expect(reportText(`# a${' '.repeat(n)}b`, 'md').title).toBe(
      `a${' '.repeat(n)}b`.replace(/ +/, ' '),
    );
    for (const bit of ['**a ', '[a ', '![a](', '_a ']) {
      expect(reportText(bit.repeat(n), 'md').text).toBe(bit.repeat(n).trim());
    }
  });

  it('drops an ATX heading’s closing hashes only after a space', () => {
    expect(reportText('## Notes ##\n\n# C#\n\n# a #b', 'md')).toEqual({
      title: 'C#',
      text: 'Notes\n\nC#\n\na #b',
    });
  });

  it('reads setext headings and gives no title when there is no heading', () => {
    expect(reportText('Title here\n==========\n\nBody', 'md')).toEqual({
      title: 'Title here',
      text: 'Title here\n\nBody',
    });
    expect(reportText('Just a paragraph.', 'md')).toEqual({ text: 'Just a paragraph.' });
  });

  it('is stable: reading its own output as text changes nothing', () => {
    for (const [content, kind] of [
      ['<p>a&nbsp;&nbsp;b</p>\r\n<p>Cafe\u0301</p>', 'html'],
      ['# T\r\n\r\n\r\n\r\ntext  ', 'md'],
    ] as const) {
      const { text } = reportText(content, kind);
      expect(reportText(text, 'txt').text).toBe(text);
      expect(text).toBe(text.normalize('NFC'));
    }
  });
});
