import { CONTEXT_FIELDS, type ReadProblem } from '../../context';
import { type Parsed, fetchParsed, perOriginCache } from '../http';
import type { ApiReadEnv, ContextValues, PartialRead, TicketRef } from '../types';
import {
  ConversationsPageSchema,
  TicketFieldsSchema,
  TicketResponseSchema,
  type FreshdeskConversation,
  type FreshdeskTicket,
  type FreshdeskTicketField,
} from './apiSchemas';
import { mapTicket, mapTimeline } from './apiMapping';

/** Conversation pages read per ticket: bounds requests on huge tickets. */
export const MAX_CONVERSATION_PAGES = 5;
/** Freshdesk's largest page size. */
export const CONVERSATIONS_PER_PAGE = 100;

/** Everything the ticket request answers for; the conversations request answers for the timeline. */
const TICKET_FIELDS = CONTEXT_FIELDS.filter((field) => field !== 'timeline');

/**
 * The agent UI's own API first: it is what the Ember app calls with the agent's session.
 * /api/v2 is the documented API (made for API keys, but it accepts the session too); it is
 * tried only when the first one refuses or does not know the path, which is what a change
 * to the undocumented API would look like. Other failures (5xx, timeouts) would fail the
 * same way on both, so they go straight to the DOM fallback.
 */
type Family = 'private' | 'v2';
const FALLBACK_STATUSES = new Set([403, 404]);

function ticketUrl(family: Family, ref: TicketRef): string {
  return family === 'private'
    ? `${ref.origin}/api/_/tickets/${ref.ticketId}?include=requester,company,stats`
    : `${ref.origin}/api/v2/tickets/${ref.ticketId}?include=requester,company`;
}

function conversationsUrl(family: Family, ref: TicketRef, page: number): string {
  const paging = `per_page=${CONVERSATIONS_PER_PAGE}&page=${page}`;
  return family === 'private'
    ? `${ref.origin}/api/_/tickets/${ref.ticketId}/conversations?include=requester&order_type=asc&${paging}`
    : `${ref.origin}/api/v2/tickets/${ref.ticketId}/conversations?${paging}`;
}

/** Runs `read` on the agent UI's API, then on /api/v2 when the first refuses (403/404). */
async function withFallback<T>(read: (family: Family) => Promise<Parsed<T>>): Promise<Parsed<T>> {
  const first = await read('private');
  if (first.ok || first.status === undefined || !FALLBACK_STATUSES.has(first.status)) return first;
  return read('v2');
}

// Ticket field definitions (custom field labels, custom status names) are the same for every
// ticket of an account.
const fieldCache = perOriginCache<FreshdeskTicketField[]>((origin, env) =>
  withFallback((family) =>
    fetchParsed(`${origin}/api/${family === 'private' ? '_' : 'v2'}/ticket_fields`, TicketFieldsSchema, env).then((r) =>
      r.ok ? { ok: true as const, data: r.data.items } : r,
    ),
  ),
);

/** Forgets cached ticket field definitions (tests; an options-page "reload" could use it too). */
export function resetFreshdeskFieldCache(): void {
  fieldCache.clear();
}

interface ConversationsRead {
  conversations: FreshdeskConversation[];
  problem?: string;
}

/**
 * Conversations, page by page (`page=N`). Freshdesk announces further pages only in a Link
 * header, which fetchJson does not expose, so a full page means "there may be more".
 */
async function readConversations(family: Family, ref: TicketRef, env: ApiReadEnv): Promise<Parsed<ConversationsRead>> {
  const read: ConversationsRead = { conversations: [] };
  let dropped = 0;
  for (let page = 1; ; page += 1) {
    const result = await fetchParsed(conversationsUrl(family, ref, page), ConversationsPageSchema, env);
    if (!result.ok) {
      if (page === 1) return result;
      read.problem = `later conversations could not be read: ${result.reason}`;
      break;
    }
    read.conversations.push(...result.data.items);
    dropped += result.data.dropped;
    const full = result.data.items.length + result.data.dropped >= CONVERSATIONS_PER_PAGE;
    if (!full) break;
    if (page >= MAX_CONVERSATION_PAGES) {
      read.problem = `only the first ${MAX_CONVERSATION_PAGES} pages of conversations were read`;
      break;
    }
  }
  if (dropped > 0 && !read.problem) read.problem = `${dropped} conversation(s) had an unexpected format`;
  return { ok: true, data: read };
}

/**
 * Reads a ticket from Freshdesk's same-origin API with the agent's session: the ticket (with
 * requester and company), its conversations (bounded pagination) and the account's ticket
 * fields (cached per origin). Never throws except on abort.
 */
export async function readFreshdeskApi(ref: TicketRef, env: ApiReadEnv): Promise<PartialRead> {
  const [ticket, conversations, fields] = await Promise.all([
    withFallback((family) => fetchParsed<FreshdeskTicket>(ticketUrl(family, ref), TicketResponseSchema, env)),
    withFallback((family) => readConversations(family, ref, env)),
    fieldCache.get(ref.origin, env),
  ]);
  const problems: ReadProblem[] = [];
  let values: ContextValues = {};
  if (ticket.ok) values = mapTicket(ticket.data, fields, problems);
  else for (const field of TICKET_FIELDS) problems.push({ field, reason: ticket.reason });

  if (!conversations.ok) {
    problems.push({ field: 'timeline', reason: conversations.reason });
  } else if (!ticket.ok) {
    // The description (the customer's first message) lives on the ticket: a timeline without
    // it would misquote the customer, so the page's timeline is preferred.
    problems.push({ field: 'timeline', reason: `the ticket's description could not be read: ${ticket.reason}` });
  } else {
    values.timeline = mapTimeline(ticket.data, conversations.data.conversations);
    if (conversations.data.problem) problems.push({ field: 'timeline', reason: conversations.data.problem });
  }
  return { values, problems };
}
