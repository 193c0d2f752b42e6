import { useId } from 'react';

interface Props {
  damaged: boolean;
  policyProblems: string[];
  changedElsewhere: boolean;
  /** Name of the template with unsaved edits, which a reload would drop. */
  editingName: string;
  onReload(): void;
}

/** What the lead must know before editing: unreadable storage, a faulty policy, changes made elsewhere. */
export function CardAlerts({ damaged, policyProblems, changedElsewhere, editingName, onReload }: Props) {
  const id = useId();
  return (
    <>
      {damaged && (
        <p role="alert" className="error">
          Your saved templates could not be read. The standard template is shown instead, and nothing is overwritten until you
          save.
        </p>
      )}
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
      {changedElsewhere && (
        <div role="alert" className="tpl-changed">
          <p>
            Templates changed elsewhere. Reload to see the changes; your unsaved edits to “{editingName}” would be lost. Saving
            first keeps both.
          </p>
          <button type="button" onClick={onReload}>
            Reload
          </button>
        </div>
      )}
    </>
  );
}
