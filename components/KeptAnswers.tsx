import { orphanAnswers } from '@/lib/panel/templateChoice';
import { usePanel } from './PanelStoreContext';

/**
 * Text written for sections the current template does not have: after a template switch,
 * or a template edited since the draft was written. Shown so nothing the agent typed
 * disappears; it stays in the draft but is not part of the note.
 */
export function KeptAnswers() {
  const template = usePanel((s) => s.template);
  const answers = usePanel((s) => s.answers);
  const catalog = usePanel((s) => s.catalog);
  const kept = orphanAnswers(template, answers, catalog);
  if (kept.length === 0) return null;
  return (
    <details className="kept">
      <summary>
        Text from {kept.length} section{kept.length === 1 ? '' : 's'} not in this template (kept in the draft, not in the note)
      </summary>
      {kept.map((answer) => (
        <div key={answer.id} className="kept-answer">
          <p className="section-label">{answer.label}</p>
          <p className="kept-text">{answer.text}</p>
        </div>
      ))}
    </details>
  );
}
