export interface Notice {
  /** Which part of the card the message is about; it is shown there. */
  area: 'list' | 'defaults' | 'editor';
  kind: 'ok' | 'error';
  text: string;
}

/**
 * The outcome of the last action, next to where it was taken. The status element is always
 * present, so screen readers announce a confirmation as soon as its text appears.
 */
export function NoticeLine({ area, notice }: { area: Notice['area']; notice: Notice | null }) {
  const mine = notice?.area === area ? notice : null;
  return (
    <div className="tpl-notice">
      <p role="status" className="ok">
        {mine?.kind === 'ok' ? mine.text : ''}
      </p>
      {mine?.kind === 'error' && (
        <p role="alert" className="error">
          {mine.text}
        </p>
      )}
    </div>
  );
}
