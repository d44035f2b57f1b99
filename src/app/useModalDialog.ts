import { useEffect, useRef } from 'react';

/**
 * A <dialog> shown modal while its component is mounted (the browser keeps focus inside and
 * Escape fires `cancel`), closed when it unmounts. Returns the ref to put on the <dialog>.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return ref;
}
