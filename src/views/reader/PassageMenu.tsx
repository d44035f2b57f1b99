import { useEffect, useRef, type KeyboardEvent } from 'react';

export interface MenuChoice {
  key: string;
  label: string;
  onChoose(): void;
}

interface Props {
  /** Names the menu for screen readers. */
  label: string;
  choices: readonly MenuChoice[];
  /** Where to draw it, relative to the reader's text box. */
  top: number;
  left: number;
  /** Closes the menu; `restoreFocus` returns focus to the passage it was opened from. */
  onClose(restoreFocus: boolean): void;
}

/**
 * The choice offered when a passage supports several events or relations: a small menu
 * (WAI-ARIA menu pattern: focus moves into it, arrows move, Enter chooses, Escape closes).
 */
export function PassageMenu({ label, choices, top, left, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);

  /** Focuses the menu item that `to` picks from the current one's position (wrapping). */
  const move = (to: (k: number, n: number) => number) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const k = items.indexOf(document.activeElement as HTMLElement);
    items[(to(k, items.length) + items.length) % items.length]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') move((k) => k + 1);
    else if (e.key === 'ArrowUp') move((k) => k - 1);
    else if (e.key === 'Home') move(() => 0);
    else if (e.key === 'End') move((_, n) => n - 1);
    else if (e.key === 'Escape') onClose(true);
    else if (e.key === 'Tab') onClose(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={label}
      className="passage-menu"
      style={{ top, left }}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        // Close when focus leaves the menu (a click elsewhere, or Tab).
        if (!ref.current?.contains(e.relatedTarget as Node | null)) onClose(false);
      }}
    >
      {choices.map((c) => (
        <button
          key={c.key}
          type="button"
          role="menuitem"
          tabIndex={-1}
          onClick={() => {
            c.onChoose();
            onClose(true);
          }}
        >
          {c.label}
        </button>
      ))}
    </div>
  );
}
