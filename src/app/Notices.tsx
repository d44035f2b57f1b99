import { useStore } from '../store/store';

/** Dismissible notices (ignored link parameters, re-anchored quotes). */
export function Notices() {
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          <span>
            {n.message}
            {n.items && (
              <ul className="notice-items" tabIndex={0} aria-label="Warnings">
                {n.items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            )}
          </span>
          <button type="button" onClick={() => dismiss(n.id)} aria-label={`Dismiss: ${n.message}`}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
