import { useId, useState } from 'react';
import { Modal } from './Modal';
import { EdtfField } from './EdtfField';
import { readEdtf } from '../../edit/dates/reading';
import { detectTextKind, normaliseReportText, reportText } from '../../edit/fromText';
import { startFromReport } from '../../store/workbench';

/** Larger texts are refused: the workbench reads a report, not a corpus. */
const MAX_TEXT = 2_000_000;

/**
 * "New dataset from a report": the report's text (pasted, or read from a .txt, .md or .html
 * file, HTML reduced to its text), a title and the publication date — which may be unknown,
 * then an interval with a note saying how it was worked out.
 */
export function NewReportDialog({ onClose }: { onClose(): void }) {
  const ids = useId();
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [note, setNote] = useState('');
  const [publisher, setPublisher] = useState('');
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [said, setSaid] = useState('');

  const readFile = async (file: File) => {
    if (file.size > MAX_TEXT) {
      setProblems([
        `${file.name} is ${file.size.toLocaleString('en')} bytes; the workbench reads texts up to ${MAX_TEXT.toLocaleString('en')}.`,
      ]);
      return;
    }
    const content = await file.text();
    const kind = detectTextKind(file.name, content);
    const read = reportText(content, kind);
    setText(read.text);
    if (read.title && title.trim() === '') setTitle(read.title);
    setProblems([]);
    setSaid(
      `Read ${file.name} as ${kind === 'html' ? 'HTML (reduced to its text)' : kind === 'md' ? 'Markdown' : 'plain text'}: ${read.text.length.toLocaleString('en')} characters.`,
    );
  };

  const start = () => {
    const found: string[] = [];
    const body = normaliseReportText(text);
    if (title.trim() === '') found.push('Title: give the report a title.');
    const reading = readEdtf(published);
    if (!reading.ok) found.push(`Published: ${reading.error}`);
    if (body === '') found.push('Text: paste the report’s text or open a file.');
    if (body.length > MAX_TEXT)
      found.push(
        `Text: the workbench reads texts up to ${MAX_TEXT.toLocaleString('en')} characters.`,
      );
    setProblems(found);
    if (found.length > 0) return;
    void startFromReport({
      title: title.trim(),
      published: {
        edtf: published.trim(),
        // A date worked out rather than printed says so, with how.
        basis: note.trim() ? 'resolved' : 'stated',
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      text: body,
      ...(publisher.trim() ? { publisher: publisher.trim() } : {}),
    });
    onClose();
  };

  return (
    <Modal title="New dataset from a report" onClose={onClose} className="wb-new">
      <p>
        Paste the report’s text or open a file; then select its words to make events. The text
        cannot change afterwards: every passage points into it.
      </p>
      <div className="wb-field">
        <label htmlFor={`${ids}-title`}>Title</label>
        <input id={`${ids}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <EdtfField
        id={`${ids}-published`}
        label="Published (EDTF: 2022-05-25, or 2022-05-25/2022-06-30 when unsure)"
        value={published}
        onChange={setPublished}
      />
      <div className="wb-field">
        <label htmlFor={`${ids}-note`}>
          How the date was worked out (when the report does not print it)
        </label>
        <input id={`${ids}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="wb-field">
        <label htmlFor={`${ids}-publisher`}>Publisher (optional)</label>
        <input
          id={`${ids}-publisher`}
          value={publisher}
          onChange={(e) => setPublisher(e.target.value)}
        />
      </div>
      <div className="wb-field">
        <label htmlFor={`${ids}-file`}>Open a .txt, .md or .html file</label>
        <input
          id={`${ids}-file`}
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void readFile(file);
          }}
        />
      </div>
      <div className="wb-field">
        <label htmlFor={`${ids}-text`}>Text</label>
        <textarea
          id={`${ids}-text`}
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <p role="status" className="wb-said">
        {said}
      </p>
      {problems.length > 0 && (
        <ul role="alert" className="wb-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="wb-buttons">
        <button type="button" onClick={start}>
          Start
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
