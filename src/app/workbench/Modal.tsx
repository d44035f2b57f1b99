import { useEffect, useId, useRef, type ReactNode } from 'react';
import './workbench.css';

/**
 * A modal dialog (the browser's own <dialog>): focus stays inside, Escape closes it, and the
 * heading names it for screen readers.
 */
export function Modal({
  title,
  onClose,
  className,
  children,
}: {
  title: string;
  onClose(): void;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const heading = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`wb-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={heading}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={heading}>{title}</h2>
      {children}
    </dialog>
  );
}
