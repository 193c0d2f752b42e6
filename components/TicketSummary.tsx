import { useEffect } from 'react';
import type { ContextField, TicketContext } from '@/lib/context';
import { clip } from '@/lib/text';

const FIELD_NAMES: Record<ContextField, string> = {
  subject: 'subject',
  status: 'status',
  priority: 'priority',
  requester: 'requester',
  organization: 'organization',
  tags: 'tags',
  customFields: 'custom fields',
  timeline: 'conversation',
};

/** What Baton read from the ticket, and, just as visibly, what it could not read. */
export function TicketSummary({ context }: { context: TicketContext }) {
  // A User Timing mark costs nothing and lets `npm run bench` time "ticket opened → context shown".
  useEffect(() => {
    performance.mark('baton:context-shown', { detail: context.ticketId });
  }, [context]);
  const { requester, organization, timeline } = context;
  const internal = timeline.filter((entry) => entry.visibility === 'internal').length;
  const fromPage = Object.entries(context.sources)
    .filter(([, source]) => source === 'dom')
    .map(([field]) => FIELD_NAMES[field as ContextField]);
  return (
    <section className="ticket" aria-label="Ticket context">
      <h2 className="ticket-subject">{context.subject ? clip(context.subject) : `Ticket #${context.ticketId}`}</h2>
      <dl className="facts">
        {(requester.name || requester.email) && (
          <div>
            <dt>Requester</dt>
            <dd>
              {requester.name && clip(requester.name)}
              {requester.name && requester.email ? ' · ' : ''}
              {requester.email && clip(requester.email)}
            </dd>
          </div>
        )}
        {organization.name && (
          <div>
            <dt>Organization</dt>
            <dd>{clip(organization.name)}</dd>
          </div>
        )}
        {(context.priority || context.status) && (
          <div>
            <dt>Priority · status</dt>
            <dd>{[context.priority, context.status].filter(Boolean).join(' · ')}</dd>
          </div>
        )}
        <div>
          <dt>Conversation</dt>
          <dd>
            {timeline.length} entries, {internal} internal
          </dd>
        </div>
      </dl>
      {fromPage.length > 0 && (
        <p className="note-muted">Read from the page (the helpdesk API could not give these): {fromPage.join(', ')}.</p>
      )}
      {context.missing.length > 0 && (
        <div className="missing" role="note" aria-label="Could not read">
          <strong>Couldn't read:</strong>
          <ul>
            {context.missing.map((problem) => (
              <li key={problem.field}>
                {FIELD_NAMES[problem.field]}: {problem.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
