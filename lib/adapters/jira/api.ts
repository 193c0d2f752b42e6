import { CONTEXT_FIELDS, type ReadProblem, type TimelineEntry } from '../../context';
import { NO_ANSWER_IN_TIME, type Parsed, UNREACHABLE, fetchParsed } from '../http';
import { restBase } from './urls';
import type { ApiReadEnv, ContextValues, PartialRead, TicketRef } from '../types';
import {
  IssueCommentsPageSchema,
  IssueResponseSchema,
  RequestCommentsPageSchema,
  type IssueResponse,
} from './apiSchemas';
import { authorRoles, mapIssue, mapIssueComments, mapRequestComments } from './apiMapping';

/** Comment pages read per issue: bounds requests on huge issues. */
export const MAX_COMMENT_PAGES = 5;
/** Comments per page (Service Management's and the platform API's maximum). */
export const COMMENT_PAGE_SIZE = 100;

/** Everything the issue request answers for; the comments requests answer for the timeline. */
const ISSUE_FIELDS = CONTEXT_FIELDS.filter((field) => field !== 'timeline');

interface CommentsRead<C> {
  comments: C[];
  problem?: string;
}

interface Page<C> {
  items: C[];
  dropped: number;
  /** Where the next page starts, or undefined on the last page. */
  next?: number;
}

/** Offset pagination shared by both comment endpoints, bounded to MAX_COMMENT_PAGES. */
async function readPages<C>(pageAt: (start: number) => Promise<Parsed<Page<C>>>): Promise<Parsed<CommentsRead<C>>> {
  const read: CommentsRead<C> = { comments: [] };
  let dropped = 0;
  let start: number | undefined = 0;
  for (let page = 1; start !== undefined; page += 1) {
    const result = await pageAt(start);
    if (!result.ok) {
      if (page === 1) return result;
      read.problem = `later comments could not be read: ${result.reason}`;
      break;
    }
    read.comments.push(...result.data.items);
    dropped += result.data.dropped;
    const next = result.data.next;
    if (next !== undefined && page >= MAX_COMMENT_PAGES) {
      read.problem = `only the first ${MAX_COMMENT_PAGES} pages of comments were read`;
      break;
    }
    // A page that does not move forward would loop forever.
    start = next !== undefined && next > start ? next : undefined;
  }
  if (dropped > 0 && !read.problem) read.problem = `${dropped} comment(s) had an unexpected format`;
  return { ok: true, data: read };
}

/** Service Management's request comments: the `public` flag tells internal notes apart. */
function readRequestComments(ref: TicketRef, env: ApiReadEnv) {
  const base = `${restBase(ref.url)}/rest/servicedeskapi/request/${encodeURIComponent(ref.ticketId)}/comment`;
  return readPages(async (start) => {
    const r = await fetchParsed(`${base}?start=${start}&limit=${COMMENT_PAGE_SIZE}`, RequestCommentsPageSchema, env);
    if (!r.ok) return r;
    const { values, isLastPage, size } = r.data;
    const next = isLastPage === false ? start + (size ?? values.items.length + values.dropped) : undefined;
    return { ok: true as const, data: { items: values.items, dropped: values.dropped, next } };
  });
}

/** The platform API's comments: any Jira project, ADF bodies. */
function readIssueComments(ref: TicketRef, env: ApiReadEnv) {
  const base = `${restBase(ref.url)}/rest/api/3/issue/${encodeURIComponent(ref.ticketId)}/comment`;
  return readPages(async (start) => {
    const r = await fetchParsed(`${base}?startAt=${start}&maxResults=${COMMENT_PAGE_SIZE}&orderBy=created`, IssueCommentsPageSchema, env);
    if (!r.ok) return r;
    const { comments, total } = r.data;
    const end = start + comments.items.length + comments.dropped;
    const next = total != null && end < total ? end : undefined;
    return { ok: true as const, data: { items: comments.items, dropped: comments.dropped, next } };
  });
}

/**
 * Failures the platform API would share, being on the same site with the same session: signed
 * out, rate limited, server error, no answer. Asking it too would only add a request (and, for a
 * time-out, a second full wait before the panel shows anything).
 */
function sharedWithPlatformApi(failure: { status?: number; reason: string }): boolean {
  const { status, reason } = failure;
  if (status !== undefined) return status === 401 || status === 429 || status >= 500;
  return reason === NO_ANSWER_IN_TIME || reason === UNREACHABLE;
}

/**
 * The timeline: Service Management's comment endpoint first (it says which comments are
 * internal notes); for Jira Software issues, or when it is refused, the platform API's.
 */
async function readTimeline(
  ref: TicketRef,
  env: ApiReadEnv,
  requestComments: ReturnType<typeof readRequestComments>,
  issue: Promise<Parsed<IssueResponse>>,
): Promise<Parsed<{ entries: TimelineEntry[]; problem?: string }>> {
  const request = await requestComments;
  const roles = authorRoles(await issue.then((r) => (r.ok ? r.data : undefined)));
  if (request.ok) return { ok: true, data: { entries: mapRequestComments(request.data.comments, roles), problem: request.data.problem } };
  if (sharedWithPlatformApi(request)) return { ok: false, reason: request.reason };
  const platform = await readIssueComments(ref, env);
  if (platform.ok) return { ok: true, data: { entries: mapIssueComments(platform.data.comments, roles), problem: platform.data.problem } };
  return { ok: false, reason: platform.reason };
}

/**
 * Reads an issue from Jira's same-origin REST APIs with the agent's session: the issue (field
 * names expanded, so custom fields get their real labels) and its comments. Two requests for a
 * typical issue, three when the comments need the fallback endpoint, more only for pages of
 * comments (bounded). Never throws except on abort.
 */
export async function readJiraApi(ref: TicketRef, env: ApiReadEnv): Promise<PartialRead> {
  const key = encodeURIComponent(ref.ticketId);
  // Only `names` is expanded: `renderedFields` would add the HTML rendering of every rich
  // field and comment, which this adapter never reads (text comes from ADF, never from HTML).
  const issue = fetchParsed(`${restBase(ref.url)}/rest/api/3/issue/${key}?expand=names`, IssueResponseSchema, env);
  // Both start at once; the comments only wait for the issue to tell customers from agents.
  const requestComments = readRequestComments(ref, env);
  const [issueResult, timeline] = await Promise.all([issue, readTimeline(ref, env, requestComments, issue)]);

  const problems: ReadProblem[] = [];
  let values: ContextValues = {};
  let description: TimelineEntry | undefined;
  if (issueResult.ok) ({ values, description } = mapIssue(issueResult.data, problems));
  else for (const field of ISSUE_FIELDS) problems.push({ field, reason: issueResult.reason });

  if (timeline.ok) {
    values.timeline = description ? [description, ...timeline.data.entries] : timeline.data.entries;
    if (timeline.data.problem) problems.push({ field: 'timeline', reason: timeline.data.problem });
  } else {
    // Left to the page, which shows the description and the comments together.
    problems.push({ field: 'timeline', reason: timeline.reason });
  }
  return { values, problems };
}
