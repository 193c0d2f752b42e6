import type { Ref } from 'react';

export interface Message {
  /** ok and warning are announced politely; error interrupts. */
  kind: 'ok' | 'warning' | 'error';
  text: string;
}

const KIND_CLASS: Record<Message['kind'], string> = { ok: 'ok', warning: 'drafts-warning', error: 'error' };

interface LiveMessageProps {
  message: Message | null;
  className?: string;
  /** Set on whichever region holds the current message, for moving focus to it. */
  focusRef?: Ref<HTMLParagraphElement>;
}

/**
 * The outcome of the last action. Both live regions are rendered from the start, empty until
 * there is something to say, and only their text changes: a region that appears together with
 * its text is often not announced by screen readers.
 */
export function LiveMessage({ message, className, focusRef }: LiveMessageProps) {
  const polite = message && message.kind !== 'error' ? message : null;
  const urgent = message?.kind === 'error' ? message : null;
  const focusable = focusRef ? -1 : undefined;
  const classes = (...names: (string | undefined)[]) => ['live-message', className, ...names].filter(Boolean).join(' ');
  return (
    <>
      <p ref={polite ? focusRef : undefined} tabIndex={focusable} role="status" className={classes(polite ? KIND_CLASS[polite.kind] : undefined)}>
        {polite?.text ?? ''}
      </p>
      <p ref={urgent ? focusRef : undefined} tabIndex={focusable} role="alert" className={classes('error')}>
        {urgent?.text ?? ''}
      </p>
    </>
  );
}
