import { useEffect, useRef } from 'react';
import type { Section } from '@/lib/templates/template';
import { CaseTypeField, ChecklistField } from './ChoiceFields';
import { KeptAnswers } from './KeptAnswers';
import { NotePreview } from './NotePreview';
import { OtherTabText } from './OtherTabText';
import { usePanel } from './PanelStoreContext';
import { SectionField } from './SectionField';
import { InsertStatus, SaveStatus } from './StatusLine';
import { TemplatePicker } from './TemplatePicker';
import { TicketSummary } from './TicketSummary';
import { BeforeInsert } from './quality/BeforeInsert';
import { FoundInTicket } from './quality/FoundInTicket';
import { InsertConfirm } from './quality/InsertConfirm';
import { useQuality } from './quality/useQuality';

const FIELD_FOR_KIND: Record<Section['kind'], typeof SectionField> = {
  text: SectionField,
  caseType: CaseTypeField,
  checklist: ChecklistField,
};

/** The collapsed tab: the only thing on screen while the panel is closed. */
function OpenTab() {
  const setOpen = usePanel((s) => s.setOpen);
  return (
    <button type="button" className="open-tab" aria-expanded="false" aria-label="Open Handoff panel" onClick={() => setOpen(true)}>
      Handoff
    </button>
  );
}

export function Panel() {
  const open = usePanel((s) => s.open);
  const ticket = usePanel((s) => s.ticket);
  const template = usePanel((s) => s.template);
  const answers = usePanel((s) => s.answers);
  const draftOrigin = usePanel((s) => s.draftOrigin);
  const save = usePanel((s) => s.save);
  const insert = usePanel((s) => s.insert);
  const insertedAt = usePanel((s) => s.insertedAt);
  const asInternalNote = usePanel((s) => s.settings.insertAsInternalNote);
  const { setOpen, edit, insertNote, insertAnyway, cancelInsert, copyNote } = usePanel((s) => s);
  const formRef = useRef<HTMLFormElement>(null);
  const quality = useQuality();

  // After an insert is refused for missing answers, take the agent straight to the first one.
  useEffect(() => {
    if (insert.state !== 'incomplete') return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [insert]);

  if (!open) return <OpenTab />;
  return (
    <main className="panel">
      <header className="panel-header">
        <h1>
          Handoff{ticket ? ` · ${ticket.helpdeskLabel} #${ticket.ticketId}` : ''}
        </h1>
        <button type="button" className="close" aria-expanded="true" aria-label="Close Handoff panel" onClick={() => setOpen(false)}>
          ×
        </button>
      </header>
      {!ticket && <p className="empty">Open a ticket to write its handoff.</p>}
      {ticket && (
        <>
          {ticket.context ? (
            <TicketSummary context={ticket.context} />
          ) : (
            <p className="loading" aria-live="polite">
              Reading ticket #{ticket.ticketId}…
            </p>
          )}
          <TemplatePicker disabled={draftOrigin === 'loading'} />
          <SaveStatus save={save} restored={draftOrigin === 'restored'} insertedAt={insertedAt} />
          <OtherTabText />
          <form
            ref={formRef}
            className="sections"
            aria-label="Handoff note"
            onSubmit={(event) => {
              event.preventDefault();
              void insertNote();
            }}
          >
            {template.sections.map((section) => {
              const Field = FIELD_FOR_KIND[section.kind];
              return (
              <Field
                key={section.id}
                section={section}
                value={answers[section.id] ?? ''}
                disabled={draftOrigin === 'loading'}
                showRequiredError={insert.state === 'incomplete'}
                findings={quality.findings[section.id]}
                onChange={(text) => edit(section.id, text)}
              />
              );
            })}
            <KeptAnswers />
            <FoundInTicket />
            <NotePreview template={template} answers={answers} ticketId={ticket.ticketId} checklist={quality.checklist} />
            <BeforeInsert quality={quality} minimumScore={template.quality.minimumScore} />
            {insert.state === 'confirm' && (
              <InsertConfirm shortfalls={insert.shortfalls} onInsert={() => void insertAnyway()} onCancel={cancelInsert} />
            )}
            <div className="actions">
              <button type="submit" className="primary" disabled={insert.state === 'inserting'}>
                {asInternalNote ? 'Insert as internal note' : 'Insert into editor'}
              </button>
              <button type="button" onClick={() => void copyNote()}>
                Copy note
              </button>
            </div>
            {!asInternalNote && (
              <p className="note-muted">Goes into the editor as it is (reply or note): check which before you send.</p>
            )}
            <InsertStatus insert={insert} />
          </form>
        </>
      )}
    </main>
  );
}
