export type Message = { kind: 'ok' | 'error'; text: string } | null;

/**
 * The outcome of the last action. Both live regions are always in the page and only their
 * text changes: screen readers often miss a region that appears together with its text.
 */
export function LiveMessage({ message }: { message: Message }) {
  return (
    <>
      <p role="status" className="ok live-message">
        {message?.kind === 'ok' ? message.text : ''}
      </p>
      <p role="alert" className="error live-message">
        {message?.kind === 'error' ? message.text : ''}
      </p>
    </>
  );
}
