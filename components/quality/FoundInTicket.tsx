import { type ExtractedGroup, type ExtractedItem, extractAll, keptItems } from '@/lib/quality/extracted';
import { usePanel } from '../PanelStoreContext';
import { FoundItem } from './FoundItem';

const GROUPS: { group: ExtractedGroup; title: string; none: string }[] = [
  { group: 'tried', title: 'What’s been tried', none: 'No troubleshooting steps in the agents’ notes or replies yet.' },
  { group: 'environment', title: 'Environment', none: 'No version, OS, browser, device or network mentioned.' },
  { group: 'identifiers', title: 'IDs, errors, URLs, times', none: 'No IDs, error messages, URLs or times found.' },
];

/**
 * What Baton found in the conversation, each find linked to the entry it came from. The agent
 * edits or drops finds here; the sections filled from them follow.
 */
export function FoundInTicket() {
  const context = usePanel((s) => s.ticket?.context);
  const choices = usePanel((s) => s.choices);
  const loading = usePanel((s) => s.draftOrigin === 'loading');
  const { dropFound, editFound, restoreFound } = usePanel((s) => s);
  if (!context) return null;
  const found = extractAll(context);
  const dropped = new Set(choices.dropped);
  const total = found.tried.length + found.environment.length + found.identifiers.length;
  const droppedItems: ExtractedItem[] = [...found.tried, ...found.environment, ...found.identifiers].filter((item) => dropped.has(item.key));
  return (
    <details className="found" open={total > 0}>
      <summary>Found in the ticket ({total - droppedItems.length})</summary>
      <p className="note-muted">Hover or focus a line to see where it came from. Edit or drop anything that is wrong.</p>
      {GROUPS.map(({ group, title, none }) => {
        const kept = keptItems(found[group], choices);
        return (
          <section key={group} className="found-group" aria-label={title}>
            <h3>{title}</h3>
            {kept.length === 0 ? (
              <p className="note-muted">{found[group].length ? 'All dropped.' : none}</p>
            ) : (
              <ul>
                {kept.map((item) => (
                  <FoundItem
                    key={item.key}
                    item={item}
                    edited={item.key in choices.edited}
                    disabled={loading}
                    onDrop={() => dropFound(item.key)}
                    onEdit={(text) => editFound(item.key, text)}
                    onRestore={() => restoreFound(item.key)}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {droppedItems.length > 0 && (
        <section className="found-group dropped" aria-label="Dropped">
          <h3>Dropped (not in the note)</h3>
          <ul>
            {droppedItems.map((item, index) => (
              <li key={item.key} className="found-item">
                <s id={`dropped-${index}-text`} className="found-text">
                  {item.found}
                </s>
                <button
                  id={`dropped-${index}-restore`}
                  type="button"
                  className="link"
                  disabled={loading}
                  onClick={() => restoreFound(item.key)}
                  aria-labelledby={`dropped-${index}-restore dropped-${index}-text`}
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </details>
  );
}
