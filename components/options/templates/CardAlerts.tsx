import { useId } from 'react';

/**
 * How templates changed elsewhere bear on the working copy: `others` changed other templates
 * only, `changed` and `deleted` touched the very template being edited, `unseen` means there
 * are no unsaved edits, only changes not shown yet.
 */
export type ChangedElsewhere = 'others' | 'changed' | 'deleted' | 'unseen';

interface Props {
  policyProblems: string[];
  changedElsewhere: ChangedElsewhere | null;
  /** Name of the template with unsaved edits, which a reload would drop. */
  editingName: string;
  onReload(): void;
}

/** Says what saving and reloading will each do, so the lead never loses work by surprise. */
function changedText(kind: ChangedElsewhere, name: string): string {
  switch (kind) {
    case 'others':
      return `Templates were changed elsewhere while you were editing “${name}”. They are not shown yet, so your edits stay. Saving saves your version of “${name}” and keeps those other changes. Reloading shows them and drops your unsaved edits.`;
    case 'changed':
      return `“${name}” was changed elsewhere since you started editing it. Saving will not replace that version without asking: you then choose to overwrite it with yours, or keep it and discard your edits. Reloading shows it and drops your unsaved edits.`;
    case 'deleted':
      return `“${name}” was deleted elsewhere since you started editing it. Saving will ask whether to save your version again. Reloading drops your unsaved edits.`;
    case 'unseen':
      return 'Templates were changed elsewhere. Reload to see the changes.';
  }
}

/** What the lead must know before editing: a faulty policy, changes made elsewhere. */
export function CardAlerts({ policyProblems, changedElsewhere, editingName, onReload }: Props) {
  const id = useId();
  const text = changedElsewhere ? changedText(changedElsewhere, editingName) : '';
  return (
    <>
      {policyProblems.length > 0 && (
        <section aria-labelledby={`${id}-problems`} className="tpl-problems">
          <h3 id={`${id}-problems`}>Your organisation's policy has problems</h3>
          <p className="muted">Baton ignored these parts of it. Whoever manages your browsers can fix them.</p>
          <ul className="tpl-problem-list">
            {policyProblems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </section>
      )}
      {/* The alert is always in the page, so its text is announced when it appears or changes. */}
      <div className={text ? 'tpl-changed' : undefined}>
        <p role="alert" className="tpl-live">
          {text}
        </p>
        {text && (
          <button type="button" onClick={onReload}>
            Reload
          </button>
        )}
      </div>
    </>
  );
}
