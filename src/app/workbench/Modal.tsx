import { useId, type ReactNode } from 'react';
import { useModalDialog } from '../useModalDialog';
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
  const ref = useModalDialog();
  const heading = useId();
  return (
    <dialog
      ref={ref}
      className={`modal wb-dialog${className ? ` ${className}` : ''}`}
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
