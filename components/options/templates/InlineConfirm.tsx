import { useEffect, useId, useRef } from 'react';

interface Props {
  question: string;
  /** What each choice does, when the labels alone cannot say it. */
  detail?: string;
  confirmLabel?: string;
  /** A second way forward besides confirming, e.g. keeping the other side of a conflict. */
  alternative?: { label: string; onSelect(): void };
  cancelLabel?: string;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A confirm step in the page's own flow instead of window.confirm, which blocks the page
 * and cannot be styled or tested. Focus starts on Cancel, so a stray Enter destroys nothing,
 * and a screen reader reads the question with it; Escape cancels.
 */
export function InlineConfirm({ question, detail, confirmLabel = 'Confirm', alternative, cancelLabel = 'Cancel', onConfirm, onCancel }: Props) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      role="group"
      aria-labelledby={`${id}-question`}
      aria-describedby={detail ? `${id}-detail` : undefined}
      className="tpl-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id={`${id}-question`}>{question}</p>
      {detail && (
        <p id={`${id}-detail`} className="tpl-confirm-detail">
          {detail}
        </p>
      )}
      <div className="tpl-actions">
        <button type="button" className="tpl-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        {alternative && (
          <button type="button" onClick={alternative.onSelect}>
            {alternative.label}
          </button>
        )}
        <button type="button" ref={cancelRef} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
