import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from '../store/store';
import type { ExportKind } from './export/exports';

/** The exporters (the CSV writer, the figure composer) load on the first export. */
const exporters = () => Promise.all([import('./export/exports'), import('./export/capture')]);

const ITEMS: { kind: ExportKind; label: string }[] = [
  { kind: 'json', label: 'This view as Traceline JSON' },
  { kind: 'csv', label: 'This view as CSV' },
  { kind: 'timelinejs', label: 'This view as TimelineJS JSON' },
  { kind: 'timeline-svg', label: 'Timeline as SVG' },
  { kind: 'timeline-png', label: 'Timeline as PNG' },
  { kind: 'graph-svg', label: 'Actor graph as SVG' },
  { kind: 'graph-png', label: 'Actor graph as PNG' },
];

/**
 * The Export menu (the WAI-ARIA menu button pattern): Enter, Space or Down opens it on the
 * first item, Up on the last; arrows, Home and End move; Escape closes it and returns focus.
 */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const focusAt = useRef(0);
  const id = useId();

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
  useEffect(() => {
    if (!open) return;
    items()[focusAt.current]?.focus();
    const away = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!menu.current?.contains(t) && !button.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const show = (at: number) => {
    focusAt.current = at;
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      show(e.key === 'ArrowDown' ? 0 : ITEMS.length - 1);
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move: Record<string, number> = {
      ArrowDown: (at + 1) % list.length,
      ArrowUp: (at - 1 + list.length) % list.length,
      Home: 0,
      End: list.length - 1,
    };
    if (e.key in move) {
      e.preventDefault();
      list[move[e.key]!]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') setOpen(false);
  };
  const choose = async (kind: ExportKind) => {
    close();
    setBusy(true);
    try {
      const [{ runExport }, { whenGraphDrawn }] = await exporters();
      // The graph shares its place with the map: show it, so there is a drawing to export.
      const store = useStore.getState();
      if (kind.startsWith('graph') && store.mainView !== 'graph') {
        store.setMainView('graph');
        await whenGraphDrawn();
      }
      const note = await runExport(kind);
      if (note) useStore.getState().addNotice(note);
    } catch (err) {
      useStore
        .getState()
        .addNotice(`The export failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={id}
        aria-busy={busy}
        onClick={() => (open ? close() : show(0))}
        onKeyDown={onButtonKey}
      >
        Export
      </button>
      {open && (
        <ul ref={menu} id={id} role="menu" aria-label="Export" onKeyDown={onMenuKey}>
          {ITEMS.map((item) => (
            <li key={item.kind} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => void choose(item.kind)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
