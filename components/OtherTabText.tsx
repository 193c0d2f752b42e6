import { usePanel } from './PanelStoreContext';

/**
 * Says when another tab on the same ticket changed the draft, and shows that tab's text for
 * any section the agent was changing here at the same time: this tab's text wins the
 * section, the other's stays readable instead of silently disappearing.
 */
export function OtherTabText() {
  const synced = usePanel((s) => s.syncedFromOtherTab);
  const clashes = usePanel((s) => s.otherTabText);
  return (
    <>
      <p className="note-muted" role="status">
        {synced ? 'Updated with changes made in another tab on this ticket.' : ''}
      </p>
      {clashes.length > 0 && (
        <details className="kept" open>
          <summary>Your other tab also changed {clashes.map((c) => c.label).join(', ')}: its text, not used in this note</summary>
          {clashes.map((clash) => (
            <div key={clash.id} className="kept-answer">
              <p className="section-label">{clash.label}</p>
              <p className="kept-text">{clash.text}</p>
            </div>
          ))}
        </details>
      )}
    </>
  );
}
