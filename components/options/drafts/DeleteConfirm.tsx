import { useEffect, useId, useRef } from 'react';
import type { DraftSummary } from '@/lib/storage/draftQueries';
import { formatCount } from './format';

interface DeleteConfirmProps {
  drafts: readonly DraftSummary[];
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** The inline "are you sure" under the toolbar. Focus starts on Cancel: the safe choice for a stray Enter. */
export function DeleteConfirm({ drafts, busy, onConfirm, onCancel }: DeleteConfirmProps) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const neverInserted = drafts.filter((draft) => draft.insertedAt === undefined).length;

  useEffect(() => {
    cancelRef.current?.focus();
  }, []);

  return (
    <div
      role="group"
      aria-labelledby={`${id}-question`}
      aria-describedby={neverInserted > 0 ? `${id}-warning` : undefined}
      className="drafts-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id={`${id}-question`}>
        <strong>
          Delete {formatCount(drafts.length, 'draft')}? This cannot be undone.
        </strong>
      </p>
      {neverInserted > 0 && (
        <p id={`${id}-warning`} className="drafts-warning">
          {neverInserted === drafts.length
            ? drafts.length === 1
              ? 'This draft was never inserted into its ticket: its notes exist only here.'
              : 'None of these drafts was ever inserted into its ticket: their notes exist only here.'
            : `${formatCount(neverInserted, 'of them was', 'of them were')} never inserted into a ticket: those notes exist only here.`}
        </p>
      )}
      <div className="drafts-confirm-buttons">
        <button type="button" className="drafts-danger" disabled={busy} onClick={onConfirm}>
          Confirm
        </button>
        <button ref={cancelRef} type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
