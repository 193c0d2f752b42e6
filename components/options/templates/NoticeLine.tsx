import './notice.css';

export interface Message {
  kind: 'ok' | 'error';
  text: string;
}

export interface Notice extends Message {
  /** Which part of the card the message is about; it is shown there. */
  area: 'list' | 'defaults' | 'editor';
}

/**
 * The outcome of the last action. Both live regions are always present and only their text
 * changes: screen readers often miss a region that appears together with its text.
 */
export function MessageLine({ message }: { message: Message | null }) {
  return (
    <div className="tpl-notice">
      <p role="status" className="ok">
        {message?.kind === 'ok' ? message.text : ''}
      </p>
      <p role="alert" className="error">
        {message?.kind === 'error' ? message.text : ''}
      </p>
    </div>
  );
}

/** The card's latest notice, next to where the action was taken; empty in every other area. */
export function NoticeLine({ area, notice }: { area: Notice['area']; notice: Notice | null }) {
  return <MessageLine message={notice?.area === area ? notice : null} />;
}
