import { sectionBlocks } from '@/lib/compose';
import type { ChecklistStatus } from '@/lib/quality/checklist';
import type { Template } from '@/lib/templates/template';

/**
 * The note as L2 will read it. Built from the same blocks as the inserted HTML, rendered
 * by React (which escapes text), so the preview can never run anything the customer typed.
 */
interface NoteProps {
  template: Template;
  answers: Record<string, string>;
  ticketId: string;
  /** The live missing-data checklist, for checklist sections (the options page's preview has none). */
  checklist?: readonly ChecklistStatus[];
}

export function NotePreview(props: NoteProps) {
  return (
    <details className="preview">
      <summary>Preview the note</summary>
      <NoteBody {...props} />
    </details>
  );
}

/** The rich-text note, as an editor that renders HTML shows it. */
export function NoteBody({ template, answers, ticketId, checklist }: NoteProps) {
  return (
      <div className="preview-body" aria-label="Note preview">
        <p>
          <strong>Escalation handoff: ticket #{ticketId}</strong>
        </p>
        {template.sections.map((section) => {
          const blocks = sectionBlocks(section, answers[section.id] ?? '', checklist);
          return (
            <div key={section.id}>
              <p>
                <strong>{section.label}</strong>
              </p>
              {blocks.length === 0 && <p>Not provided.</p>}
              {blocks.map((block, index) =>
                block.kind === 'list' ? (
                  <ul key={index}>
                    {block.items.map((item, itemIndex) => (
                      <li key={itemIndex}>{item}</li>
                    ))}
                  </ul>
                ) : (
                  <p key={index}>
                    {block.lines.map((line, lineIndex) => (
                      <span key={lineIndex}>
                        {lineIndex > 0 && <br />}
                        {line}
                      </span>
                    ))}
                  </p>
                ),
              )}
            </div>
          );
        })}
      </div>
  );
}
