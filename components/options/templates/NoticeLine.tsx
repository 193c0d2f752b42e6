import { LiveMessage, type Message } from '../LiveMessage';
import './notice.css';

export type { Message };

export interface Notice extends Message {
  /** Which part of the card the message is about; it is shown there. */
  area: 'list' | 'defaults' | 'editor';
}

/** The outcome of the last action, in the options page's always-present live regions. */
export function MessageLine({ message }: { message: Message | null }) {
  return (
    <div className="tpl-notice">
      <LiveMessage message={message} />
    </div>
  );
}

/** The card's latest notice, next to where the action was taken; empty in every other area. */
export function NoticeLine({ area, notice }: { area: Notice['area']; notice: Notice | null }) {
  return <MessageLine message={notice?.area === area ? notice : null} />;
}
