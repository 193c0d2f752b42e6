import type { InsertState, SaveState } from '@/lib/panel/store';

function formatTime(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function SaveStatus({ save, restored, insertedAt }: { save: SaveState; restored: boolean; insertedAt?: number }) {
  if (save.state === 'error') {
    return (
      <p className="alert" role="alert">
        Draft not saved: {save.error}. Your text is still here; Baton retries on your next edit.
      </p>
    );
  }
  const text =
    save.state === 'saving' || save.state === 'pending'
      ? 'Saving draft…'
      : save.state === 'saved'
        ? 'Draft saved'
        : restored
          ? 'Draft restored'
          : '';
  return (
    <p className="save-status" aria-live="polite">
      {text}
      {insertedAt !== undefined && ` · inserted ${formatTime(insertedAt)}`}
    </p>
  );
}

export function InsertStatus({ insert }: { insert: InsertState }) {
  switch (insert.state) {
    case 'idle':
      return <p className="insert-status" aria-live="polite" />;
    case 'inserting':
      return (
        <p className="insert-status" aria-live="polite">
          Inserting…
        </p>
      );
    case 'inserted':
      return (
        // data-strategy names the insertion path that worked, for support and tests.
        <p className="insert-status ok" aria-live="polite" data-strategy={insert.strategy}>
          Inserted {insert.internalNote ? 'as an internal note' : 'into the editor'}. Review it there and submit it yourself.
          {insert.warning && <strong> {insert.warning}</strong>}
        </p>
      );
    case 'clipboard':
      return (
        <p className="insert-status warn" role="alert">
          {insert.reason} The note is on your clipboard: paste it into an internal note.
        </p>
      );
    case 'failed':
      return (
        <p className="insert-status error" role="alert">
          {insert.reason} Copying failed too: select the text in the preview and copy it.
        </p>
      );
    case 'incomplete':
      return (
        <p className="insert-status error" role="alert">
          Fill in the required sections first: {insert.missing.join(', ')}.
        </p>
      );
  }
}
