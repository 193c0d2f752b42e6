import type { ContextField, LabelledValue, ReadProblem, TimelineEntry } from '../../context';
import { fetchJson } from '../http';
import type { ApiReadEnv, ContextValues, PartialRead, TicketRef } from '../types';
import {
  CommentsPageSchema,
  TicketFieldsSchema,
  TicketResponseSchema,
  type TicketField,
  type TicketResponse,
  type ZendeskComment,
  type ZendeskUser,
} from './apiSchemas';
import { isSameOrigin } from './urls';

/** Comment pages read per ticket (100 comments each): bounds requests on huge tickets. */
export const MAX_COMMENT_PAGES = 5;

const TICKET_FIELDS: ContextField[] = [
  'subject',
  'status',
  'priority',
  'requester',
  'organization',
  'tags',
  'customFields',
];

type Parsed<T> = { ok: true; data: T } | { ok: false; reason: string };

async function getParsed<T>(
  url: string,
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false } },
  env: ApiReadEnv,
): Promise<Parsed<T>> {
  const response = await fetchJson(url, { fetch: env.fetch, signal: env.signal });
  if (!response.ok) return { ok: false, reason: response.reason };
  const parsed = schema.safeParse(response.data);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: 'helpdesk API answered in an unexpected format' };
}

// Ticket field definitions change rarely and are the same for every ticket of an account:
// one request per origin, shared by concurrent reads (the promise is cached, not the result).
const ticketFieldCache = new Map<string, Promise<Parsed<TicketField[]>>>();

/** Forgets cached ticket field definitions (tests; an options-page "reload" could use it too). */
export function resetZendeskFieldCache(): void {
  ticketFieldCache.clear();
}

async function ticketFields(origin: string, env: ApiReadEnv): Promise<Parsed<TicketField[]>> {
  let pending = ticketFieldCache.get(origin);
  if (!pending) {
    pending = getParsed(`${origin}/api/v2/ticket_fields.json`, TicketFieldsSchema, env).then((r) =>
      r.ok ? { ok: true as const, data: r.data.ticket_fields.items } : r,
    );
    ticketFieldCache.set(origin, pending);
  }
  const forget = () => {
    if (ticketFieldCache.get(origin) === pending) ticketFieldCache.delete(origin);
  };
  try {
    const result = await pending;
    if (!result.ok) forget();
    return result;
  } catch (error) {
    forget();
    if (env.signal.aborted) throw error;
    // Another read started the request and was aborted; ours is still wanted.
    return ticketFields(origin, env);
  }
}

interface CommentsRead {
  comments: ZendeskComment[];
  users: ZendeskUser[];
  problem?: string;
}

async function readComments(ref: TicketRef, env: ApiReadEnv): Promise<Parsed<CommentsRead>> {
  let url: string | undefined = `${ref.origin}/api/v2/tickets/${ref.ticketId}/comments.json?include=users`;
  const read: CommentsRead = { comments: [], users: [] };
  let dropped = 0;
  for (let page = 1; url; page += 1) {
    const result = await getParsed(url, CommentsPageSchema, env);
    if (!result.ok) {
      if (page === 1) return result;
      read.problem = `later comments could not be read: ${result.reason}`;
      break;
    }
    read.comments.push(...result.data.comments.items);
    read.users.push(...(result.data.users?.items ?? []));
    dropped += result.data.comments.dropped;
    const next = nextPage(result.data);
    if (next && !isSameOrigin(next, ref.origin)) {
      read.problem = 'later comments are on another site and were not read';
      break;
    }
    if (next && page >= MAX_COMMENT_PAGES) {
      read.problem = `only the first ${MAX_COMMENT_PAGES} pages of comments were read`;
      break;
    }
    url = next;
  }
  if (dropped > 0 && !read.problem) read.problem = `${dropped} comment(s) had an unexpected format`;
  return { ok: true, data: read };
}

function nextPage(page: { next_page?: string | null; meta?: { has_more?: boolean | null } | null; links?: { next?: string | null } | null }): string | undefined {
  if (page.next_page) return page.next_page;
  if (page.meta?.has_more && page.links?.next) return page.links.next;
  return undefined;
}

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

function mapTicket(
  data: TicketResponse,
  fields: Parsed<TicketField[]>,
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

function mapTimeline(read: CommentsRead): TimelineEntry[] {
  const users = new Map(read.users.map((u) => [u.id, u]));
  return read.comments.map((comment) => {
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

/**
 * Reads a ticket from Zendesk's same-origin REST API with the agent's session:
 * the ticket (with side-loaded users and organizations), its comments (bounded pagination)
 * and the account's ticket field definitions (cached per origin). Never throws except on abort.
 */
export async function readZendeskApi(ref: TicketRef, env: ApiReadEnv): Promise<PartialRead> {
  const base = `${ref.origin}/api/v2/tickets/${ref.ticketId}`;
  const [ticket, comments, fields] = await Promise.all([
    getParsed(`${base}.json?include=users,organizations`, TicketResponseSchema, env),
    readComments(ref, env),
    ticketFields(ref.origin, env),
  ]);
  const problems: ReadProblem[] = [];
  let values: ContextValues = {};
  if (ticket.ok) values = mapTicket(ticket.data, fields, problems);
  else for (const field of TICKET_FIELDS) problems.push({ field, reason: ticket.reason });

  if (comments.ok) {
    values.timeline = mapTimeline(comments.data);
    if (comments.data.problem) problems.push({ field: 'timeline', reason: comments.data.problem });
  } else {
    problems.push({ field: 'timeline', reason: comments.reason });
  }
  return { values, problems };
}
