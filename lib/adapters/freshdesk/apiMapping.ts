import type { LabelledValue, ReadProblem, TimelineEntry } from '../../context';
import type { ContextValues } from '../types';
import type { FreshdeskConversation, FreshdeskTicket, FreshdeskTicketField } from './apiSchemas';

/** Freshdesk's built-in statuses; accounts add custom ones (6, 7, …) named in ticket_fields. */
export const STATUS_NAMES: Readonly<Record<number, string>> = { 2: 'Open', 3: 'Pending', 4: 'Resolved', 5: 'Closed' };
/** Freshdesk's fixed priorities. */
export const PRIORITY_NAMES: Readonly<Record<number, string>> = { 1: 'Low', 2: 'Medium', 3: 'High', 4: 'Urgent' };

/** `cf_plan_tier` → "Plan tier": custom field API names carry a `cf_` prefix. */
export function humaniseKey(key: string): string {
  const words = key.replace(/^cf_/, '').replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function plainValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  // An unchecked checkbox is the default state, not information worth handing over.
  if (typeof value === 'boolean') return value ? 'Yes' : undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : undefined;
  return undefined;
}

function labelledValues(record: Record<string, unknown> | null | undefined, label: (key: string) => string): LabelledValue[] {
  const out: LabelledValue[] = [];
  for (const [key, raw] of Object.entries(record ?? {})) {
    const value = plainValue(raw);
    if (value !== undefined) out.push({ label: label(key), value });
  }
  return out;
}

/**
 * Status names from the status field's `choices`, which Freshdesk gives either as
 * `{ "6": ["Waiting on Customer", "Awaiting your Reply"] }` (agent label first) or as
 * `{ "Waiting on Customer": 6 }`.
 */
function statusNamesFrom(fields: FreshdeskTicketField[]): Map<number, string> {
  const names = new Map<number, string>();
  const choices = fields.find((f) => f.name === 'status')?.choices;
  if (!choices || typeof choices !== 'object' || Array.isArray(choices)) return names;
  for (const [key, value] of Object.entries(choices)) {
    if (Array.isArray(value) && typeof value[0] === 'string' && /^\d+$/.test(key)) names.set(Number(key), value[0]);
    else if (typeof value === 'number') names.set(value, key);
  }
  return names;
}

export type FieldDefinitions = { ok: true; data: FreshdeskTicketField[] } | { ok: false; reason: string };

/** Ticket → context values. `fields` name custom fields and custom statuses when they could be read. */
export function mapTicket(ticket: FreshdeskTicket, fields: FieldDefinitions, problems: ReadProblem[]): ContextValues {
  const values: ContextValues = {};
  const definitions = fields.ok ? fields.data : [];

  if (ticket.subject?.trim()) values.subject = ticket.subject;
  else problems.push({ field: 'subject', reason: 'the ticket has no subject' });

  if (ticket.status == null) {
    problems.push({ field: 'status', reason: 'not in the helpdesk API answer' });
  } else {
    const name = statusNamesFrom(definitions).get(ticket.status) ?? STATUS_NAMES[ticket.status];
    if (name) values.status = name;
    else problems.push({ field: 'status', reason: `custom status ${ticket.status} could not be named` });
  }

  const priority = ticket.priority == null ? undefined : PRIORITY_NAMES[ticket.priority];
  if (priority) values.priority = priority;
  else problems.push({ field: 'priority', reason: ticket.priority == null ? 'no priority set on the ticket' : `unknown priority ${ticket.priority}` });

  const requester = ticket.requester;
  if (requester?.name || requester?.email) {
    values.requester = { name: requester.name ?? undefined, email: requester.email ?? undefined };
  } else {
    problems.push({ field: 'requester', reason: 'requester not in the helpdesk API answer' });
  }

  const company = ticket.company;
  if (company?.name) {
    values.organization = { name: company.name, fields: labelledValues(company.custom_fields, humaniseKey) };
  } else {
    const reason = ticket.company_id == null ? 'the ticket has no company' : 'company not in the helpdesk API answer';
    problems.push({ field: 'organization', reason });
  }

  values.tags = ticket.tags ?? [];

  const labels = new Map(definitions.map((f) => [f.name, f.label_for_agents ?? f.label ?? undefined]));
  values.customFields = labelledValues(ticket.custom_fields, (key) => labels.get(key) ?? humaniseKey(key));
  return values;
}

type Role = TimelineEntry['authorRole'];

/**
 * Who wrote a conversation. The requester is the customer; so is anything else that came in
 * from outside as a public reply (a CC'd colleague answering by email). An incoming *private*
 * note that is not the requester's is a third party's answer to a forwarded ticket: unknown.
 */
function roleOf(conversation: FreshdeskConversation, requesterId: number | null | undefined): Role {
  if (requesterId != null && conversation.user_id === requesterId) return 'customer';
  if (conversation.incoming) return conversation.private ? 'unknown' : 'customer';
  return 'agent';
}

function attachmentsOf(list: { items: { name: string; size?: number | null; content_type?: string | null }[] } | null | undefined) {
  return (list?.items ?? []).map((a) => ({ name: a.name, sizeBytes: a.size ?? undefined, contentType: a.content_type ?? undefined }));
}

/** Chronological order, keeping the API's order for entries without a usable time. */
function byTime(entries: TimelineEntry[]): TimelineEntry[] {
  const time = (e: TimelineEntry) => (e.at ? Date.parse(e.at) : Number.NaN);
  if (entries.some((e) => Number.isNaN(time(e)))) return entries;
  return [...entries].sort((a, b) => time(a) - time(b));
}

/**
 * The ticket's description (the customer's first message) followed by its conversations,
 * plain text only: `description` and `body` are customer-controlled HTML and are never read.
 */
export function mapTimeline(ticket: FreshdeskTicket, conversations: FreshdeskConversation[]): TimelineEntry[] {
  const requester = ticket.requester;
  const entries: TimelineEntry[] = [];
  if (ticket.description_text?.trim() || ticket.attachments?.items.length) {
    entries.push({
      id: `description-${ticket.id}`,
      author: requester?.name ?? requester?.email ?? 'Unknown',
      authorRole: 'customer',
      visibility: 'public',
      at: ticket.created_at ?? undefined,
      text: ticket.description_text ?? '',
      attachments: attachmentsOf(ticket.attachments),
    });
  }
  const requesterId = ticket.requester_id ?? requester?.id;
  for (const conversation of conversations) {
    const role = roleOf(conversation, requesterId);
    // /api/v2 does not side-load authors: only the requester can be named from the ticket.
    const author = conversation.requester?.name ?? (role === 'customer' && conversation.user_id === requesterId ? requester?.name : undefined);
    entries.push({
      id: String(conversation.id),
      author: author ?? 'Unknown',
      authorRole: role,
      visibility: conversation.private ? 'internal' : 'public',
      at: conversation.created_at ?? undefined,
      text: conversation.body_text ?? '',
      attachments: attachmentsOf(conversation.attachments),
    });
  }
  return byTime(entries);
}
