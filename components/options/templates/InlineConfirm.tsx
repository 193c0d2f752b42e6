import { useEffect, useId, useRef } from 'react';

interface Props {
  question: string;
  confirmLabel?: string;
  cancelLabel?: string;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A confirm step in the page's own flow instead of window.confirm, which blocks the page
 * and cannot be styled or tested. Focus starts on Cancel, so a stray Enter destroys nothing.
 */
export function InlineConfirm({ question, confirmLabel = 'Confirm', cancelLabel = 'Cancel', onConfirm, onCancel }: Props) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      role="group"
      aria-labelledby={`${id}-question`}
      className="tpl-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id={`${id}-question`}>{question}</p>
      <div className="tpl-actions">
        <button type="button" className="tpl-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancelRef} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
