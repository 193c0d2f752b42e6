import { useEffect, useRef } from 'react';

/** Asks before inserting a note that falls short of the team's bar; "insert anyway" is said in the note. */
export function InsertConfirm({ shortfalls, onInsert, onCancel }: { shortfalls: string[]; onInsert(): void; onCancel(): void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      className="insert-confirm"
      role="alertdialog"
      aria-labelledby="insert-confirm-title"
      aria-describedby="insert-confirm-list"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id="insert-confirm-title">
        <strong>This note falls short of your team’s bar:</strong>
      </p>
      <ul id="insert-confirm-list">
        {shortfalls.map((shortfall) => (
          <li key={shortfall}>{shortfall}</li>
        ))}
      </ul>
      <p className="note-muted">Inserting anyway adds a line saying so to the note.</p>
      <div className="actions">
        <button ref={first} type="button" onClick={onCancel}>
          Go back and complete it
        </button>
        <button type="button" className="primary" onClick={onInsert}>
          Insert anyway
        </button>
      </div>
    </div>
  );
}
