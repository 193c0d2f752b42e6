import { CONTEXT_FIELDS, type ReadProblem } from '../../context';
import { type Parsed, fetchParsed, perOriginCache } from '../http';
import type { ApiReadEnv, ContextValues, PartialRead, TicketRef } from '../types';
import {
  CommentsPageSchema,
  TicketFieldsSchema,
  TicketResponseSchema,
  type CommentsPage,
  type TicketField,
  type ZendeskComment,
  type ZendeskUser,
} from './apiSchemas';
import { mapTicket, mapTimeline } from './apiMapping';
import { isSameOrigin } from './urls';

/** Comment pages read per ticket (100 comments each): bounds requests on huge tickets. */
export const MAX_COMMENT_PAGES = 5;

/** Everything the ticket request answers for; the comments request answers for the timeline. */
const TICKET_FIELDS = CONTEXT_FIELDS.filter((field) => field !== 'timeline');

// Ticket field definitions change rarely and are the same for every ticket of an account.
const ticketFieldCache = perOriginCache<TicketField[]>((origin, env) =>
  fetchParsed(`${origin}/api/v2/ticket_fields.json`, TicketFieldsSchema, env).then((r) =>
    r.ok ? { ok: true as const, data: r.data.ticket_fields.items } : r,
  ),
);

/** Forgets cached ticket field definitions (tests; an options-page "reload" could use it too). */
export function resetZendeskFieldCache(): void {
  ticketFieldCache.clear();
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
    const result = await fetchParsed(url, CommentsPageSchema, env);
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

/** Offset pagination's `next_page`, or cursor pagination's `links.next` while `meta.has_more`. */
function nextPage(page: CommentsPage): string | undefined {
  if (page.next_page) return page.next_page;
  if (page.meta?.has_more && page.links?.next) return page.links.next;
  return undefined;
}

/**
 * Reads a ticket from Zendesk's same-origin REST API with the agent's session:
 * the ticket (with side-loaded users and organizations), its comments (bounded pagination)
 * and the account's ticket field definitions (cached per origin). Never throws except on abort.
 */
export async function readZendeskApi(ref: TicketRef, env: ApiReadEnv): Promise<PartialRead> {
  const base = `${ref.origin}/api/v2/tickets/${ref.ticketId}`;
  const [ticket, comments, fields] = await Promise.all([
    fetchParsed(`${base}.json?include=users,organizations`, TicketResponseSchema, env),
    readComments(ref, env),
    ticketFieldCache.get(ref.origin, env),
  ]);
  const problems: ReadProblem[] = [];
  let values: ContextValues = {};
  if (ticket.ok) values = mapTicket(ticket.data, fields, problems);
  else for (const field of TICKET_FIELDS) problems.push({ field, reason: ticket.reason });

  if (comments.ok) {
    values.timeline = mapTimeline(comments.data.comments, comments.data.users);
    if (comments.data.problem) problems.push({ field: 'timeline', reason: comments.data.problem });
  } else {
    problems.push({ field: 'timeline', reason: comments.reason });
  }
  return { values, problems };
}
