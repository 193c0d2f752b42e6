import type { LabelledValue, ReadProblem, TimelineEntry } from '../../context';
import type { ContextValues } from '../types';
import type { TicketField, TicketResponse, ZendeskComment, ZendeskUser } from './apiSchemas';

/** `plan_tier` → "Plan tier". */
export function humaniseKey(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

function plainValue(value: unknown): string | undefined {
  if (isEmpty(value)) return undefined;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(String).join(', ');
  return undefined;
}

function customFieldValue(field: TicketField | undefined, value: unknown): string | undefined {
  // An unchecked checkbox is Zendesk's default state, not information worth handing over.
  if (value === false && (field?.type === 'checkbox' || field === undefined)) return undefined;
  const options = field?.custom_field_options;
  if (options?.length) {
    const name = (tag: unknown) => options.find((o) => o.value === tag)?.name ?? String(tag);
    if (typeof value === 'string') return isEmpty(value) ? undefined : name(value);
    if (Array.isArray(value)) return value.length ? value.map(name).join(', ') : undefined;
  }
  return plainValue(value);
}

/**
 * Ticket response → context values. `fields` are the account's ticket field definitions, or a
 * reason they could not be read (custom fields then keep their values under "Field {id}").
 */
export function mapTicket(
  data: TicketResponse,
  fields: { ok: true; data: TicketField[] } | { ok: false; reason: string },
  problems: ReadProblem[],
): ContextValues {
  const { ticket } = data;
  const users = new Map((data.users?.items ?? []).map((u) => [u.id, u]));
  const values: ContextValues = {};

  const subject = ticket.subject?.trim() ? ticket.subject : ticket.raw_subject;
  if (subject?.trim()) values.subject = subject;
  else problems.push({ field: 'subject', reason: 'the ticket has no subject' });

  if (ticket.status) values.status = ticket.status;
  else problems.push({ field: 'status', reason: 'not in the helpdesk API answer' });

  if (ticket.priority) values.priority = ticket.priority;
  else problems.push({ field: 'priority', reason: 'no priority set on the ticket' });

  const requester = ticket.requester_id == null ? undefined : users.get(ticket.requester_id);
  if (requester?.name || requester?.email) {
    values.requester = { name: requester.name ?? undefined, email: requester.email ?? undefined };
  } else {
    problems.push({ field: 'requester', reason: 'requester not in the helpdesk API answer' });
  }

  const organization =
    ticket.organization_id == null
      ? undefined
      : data.organizations?.items.find((o) => o.id === ticket.organization_id);
  if (organization) {
    const orgFields: LabelledValue[] = [];
    for (const [key, raw] of Object.entries(organization.organization_fields ?? {})) {
      const value = plainValue(raw);
      if (value !== undefined) orgFields.push({ label: humaniseKey(key), value });
    }
    values.organization = { name: organization.name ?? undefined, fields: orgFields };
  } else {
    const reason = ticket.organization_id == null ? 'the ticket has no organization' : 'organization not in the helpdesk API answer';
    problems.push({ field: 'organization', reason });
  }

  values.tags = ticket.tags ?? [];

  const definitions = new Map((fields.ok ? fields.data : []).map((f) => [f.id, f]));
  const customFields: LabelledValue[] = [];
  for (const { id, value } of ticket.custom_fields?.items ?? []) {
    const field = definitions.get(id);
    const shown = customFieldValue(field, value);
    if (shown !== undefined) customFields.push({ label: field?.title ?? `Field ${id}`, value: shown });
  }
  values.customFields = customFields;
  if (!fields.ok) problems.push({ field: 'customFields', reason: `field names unavailable: ${fields.reason}` });
  return values;
}

/** Comments (with their side-loaded authors) → timeline entries, plain text only. */
export function mapTimeline(comments: ZendeskComment[], authors: ZendeskUser[]): TimelineEntry[] {
  const users = new Map(authors.map((u) => [u.id, u]));
  return comments.map((comment) => {
    const author = comment.author_id == null ? undefined : users.get(comment.author_id);
    return {
      id: String(comment.id),
      author: author?.name ?? 'Unknown',
      authorRole: author ? (author.role === 'end-user' ? 'customer' : 'agent') : 'unknown',
      visibility: comment.public === false ? 'internal' : 'public',
      at: comment.created_at ?? undefined,
      // Plain text only: html_body is customer-controlled markup and is never read.
      text: comment.plain_body ?? comment.body ?? '',
      attachments: (comment.attachments?.items ?? []).map((a) => ({
        name: a.file_name,
        sizeBytes: a.size ?? undefined,
        contentType: a.content_type ?? undefined,
      })),
    };
  });
}
