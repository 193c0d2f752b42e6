import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { NoteBody } from '@/components/NotePreview';
import { composeNote } from '@/lib/compose';
import { HELPDESK_LABELS, type HelpdeskId } from '@/lib/context';
import { SAMPLE_TICKET } from '@/lib/templates/sampleTicket';
import type { Template } from '@/lib/templates/template';
import { previewAnswers } from './previewAnswers';

type View = HelpdeskId | 'plain';

/** How each helpdesk frames an internal note, so the lead sees the note in its setting. */
const VIEWS: readonly { id: View; tab: string; title: string; badge?: string }[] = [
  { id: 'zendesk', tab: HELPDESK_LABELS.zendesk, title: `${HELPDESK_LABELS.zendesk} · internal note` },
  { id: 'freshdesk', tab: HELPDESK_LABELS.freshdesk, title: `${HELPDESK_LABELS.freshdesk} · private note` },
  { id: 'jira', tab: HELPDESK_LABELS.jira, title: `${HELPDESK_LABELS.jira} · comment`, badge: 'Internal note' },
  { id: 'plain', tab: 'Plain text', title: 'Plain text, as pasted into a plain editor' },
];

/**
 * The note the template produces for the sample ticket. Rendered by React from the same
 * blocks as the inserted note (NoteBody), so even a hostile label shows as text.
 */
export function TemplatePreview({ template }: { template: Template }) {
  const id = useId();
  const [view, setView] = useState<View>('zendesk');
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const answers = previewAnswers(template);
  const current = VIEWS.find((v) => v.id === view) ?? VIEWS[0];

  // Arrow keys move between tabs and select them (automatic activation: switching is instant).
  function onKeyDown(event: KeyboardEvent) {
    const index = VIEWS.findIndex((v) => v.id === view);
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: VIEWS.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = (target + VIEWS.length) % VIEWS.length;
    setView(VIEWS[next].id);
    tabs.current[next]?.focus();
  }

  return (
    <section aria-labelledby={`${id}-title`} className="tpl-preview">
      <h3 id={`${id}-title`}>Preview</h3>
      <p className="muted">
        The note for a sample ticket (#{SAMPLE_TICKET.ticketId}, “{SAMPLE_TICKET.subject}”). Sections the agent writes show
        their example answer.
      </p>
      <div role="tablist" aria-label="Show the note as" className="tpl-tabs" onKeyDown={onKeyDown}>
        {VIEWS.map((v, index) => (
          <button
            key={v.id}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${v.id}`}
            aria-selected={v.id === view}
            aria-controls={`${id}-panel`}
            tabIndex={v.id === view ? 0 : -1}
            onClick={() => setView(v.id)}
          >
            {v.tab}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${view}`} tabIndex={0} className={`tpl-note tpl-note-${view}`}>
        <h4 className="tpl-note-title">{current.title}</h4>
        {current.badge && <p className="tpl-note-badge">{current.badge}</p>}
        {view === 'plain' ? (
          <pre className="tpl-plain">{composeNote(template, SAMPLE_TICKET, answers).text}</pre>
        ) : (
          <NoteBody template={template} answers={answers} ticketId={SAMPLE_TICKET.ticketId} />
        )}
      </div>
    </section>
  );
}
