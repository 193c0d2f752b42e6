import { toBlocks } from '@/lib/compose';
import type { Template } from '@/lib/template';

/**
 * The note as L2 will read it. Built from the same blocks as the inserted HTML, rendered
 * by React (which escapes text), so the preview can never run anything the customer typed.
 */
export function NotePreview({ template, answers, ticketId }: { template: Template; answers: Record<string, string>; ticketId: string }) {
  return (
    <details className="preview">
      <summary>Preview the note</summary>
      <div className="preview-body" aria-label="Note preview">
        <p>
          <strong>Escalation handoff: ticket #{ticketId}</strong>
        </p>
        {template.sections.map((section) => {
          const blocks = toBlocks(answers[section.id] ?? '');
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
    </details>
  );
}
