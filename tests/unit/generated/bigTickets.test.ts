// The generated 1,000-comment tickets `npm run bench` opens: each helpdesk's adapter reads
// them through its real API code, paging as the helpdesk pages, and stops at its page cap.
// Also the bench's lookup of the main-world bridge's built source.
import { describe, expect, it } from 'vitest';
import { readZendeskApi } from '../../../lib/adapters/zendesk/api';
import { readFreshdeskApi } from '../../../lib/adapters/freshdesk/api';
import { readJiraApi } from '../../../lib/adapters/jira/api';
import type { TicketRef } from '../../../lib/adapters/types';
import {
  BIG_COMMENT_COUNT,
  commentKind,
  freshdeskBigTicket,
  freshdeskConversationsPage,
  jiraBigIssue,
  jiraRequestCommentsPage,
  zendeskBigTicket,
  zendeskCommentsPage,
} from '../../fixtures/generated/bigTickets';
import { enclosingFunction } from '../../../scripts/bench/bytes';

/** A fetch answering from `answer(url)`, 404 when it has nothing; records the URLs asked for. */
function fakeFetch(answer: (url: URL) => unknown): { fetch: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  const answerFetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    urls.push(url.pathname + url.search);
    const body = answer(url);
    return body === undefined
      ? new Response('{"error":"not found"}', { status: 404 })
      : new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { fetch: answerFetch, urls };
}

const ref = (helpdesk: TicketRef['helpdesk'], ticketId: string, url: string): TicketRef => ({ helpdesk, ticketId, url, origin: new URL(url).origin });
const signal = new AbortController().signal;

describe('generated 1,000-comment tickets', () => {
  it('mix customer replies, agent replies and internal notes', () => {
    const kinds = Array.from({ length: BIG_COMMENT_COUNT }, (_, i) => commentKind(i));
    for (const kind of ['customer', 'agent', 'internal'] as const) expect(kinds.filter((k) => k === kind).length).toBeGreaterThan(300);
    expect(zendeskBigTicket().comments.filter((c) => c.public === false)).toHaveLength(kinds.filter((k) => k === 'internal').length);
  });

  it('Zendesk: pages of 100 with an absolute next_page; the adapter reads 5 pages (500 comments)', async () => {
    const big = zendeskBigTicket();
    const last = zendeskCommentsPage(big, new URL('https://acme.zendesk.com/api/v2/tickets/7000/comments.json?page=10')) as { next_page: unknown; comments: unknown[] };
    expect(last.next_page).toBeNull();
    expect(last.comments).toHaveLength(100);
    const { fetch, urls } = fakeFetch((url) => {
      if (url.pathname === '/api/v2/tickets/7000.json') return big.ticket;
      if (url.pathname === '/api/v2/tickets/7000/comments.json') return zendeskCommentsPage(big, url);
      if (url.pathname === '/api/v2/ticket_fields.json') return { ticket_fields: big.fields };
      return undefined;
    });
    const read = await readZendeskApi(ref('zendesk', '7000', 'https://acme.zendesk.com/agent/tickets/7000'), { fetch, signal });
    expect(read.values.timeline).toHaveLength(500);
    expect(read.values.timeline?.[499]?.text).toMatch(/^Update 500:/);
    expect(read.problems.find((p) => p.field === 'timeline')?.reason).toMatch(/first 5 pages/);
    expect(urls.filter((u) => u.includes('/comments.json'))).toHaveLength(5);
  });

  it('Freshdesk: per_page/page on the agent UI API; the adapter reads 5 pages (the description + 500)', async () => {
    const big = freshdeskBigTicket();
    const { fetch, urls } = fakeFetch((url) => {
      if (url.pathname === '/api/_/tickets/7000') return big.ticket;
      if (url.pathname === '/api/_/tickets/7000/conversations') return freshdeskConversationsPage(big, 'private', url);
      if (url.pathname === '/api/_/ticket_fields') return big.fields;
      return undefined;
    });
    const read = await readFreshdeskApi(ref('freshdesk', '7000', 'https://acme.freshdesk.com/a/tickets/7000'), { fetch, signal });
    expect(read.values.timeline).toHaveLength(501);
    expect(read.problems.find((p) => p.field === 'timeline')?.reason).toMatch(/first 5 pages/);
    expect(urls.filter((u) => u.includes('/conversations'))).toHaveLength(5);
    const v2 = freshdeskConversationsPage(big, 'v2', new URL('https://acme.freshdesk.com/api/v2/tickets/7000/conversations?per_page=100&page=10'));
    expect(Array.isArray(v2) && v2.length).toBe(100);
  });

  it('Jira: start/limit with isLastPage; the adapter reads 5 pages (the description + 500)', async () => {
    const big = jiraBigIssue();
    const last = jiraRequestCommentsPage(big, new URL('https://acme.atlassian.net/rest/servicedeskapi/request/SUP-7000/comment?start=900&limit=100')) as { isLastPage: boolean };
    expect(last.isLastPage).toBe(true);
    const { fetch, urls } = fakeFetch((url) => {
      if (url.pathname === '/rest/api/3/issue/SUP-7000') return big.issue;
      if (url.pathname === '/rest/servicedeskapi/request/SUP-7000/comment') return jiraRequestCommentsPage(big, url);
      return undefined;
    });
    const read = await readJiraApi(ref('jira', 'SUP-7000', 'https://acme.atlassian.net/browse/SUP-7000'), { fetch, signal });
    expect(read.values.timeline).toHaveLength(501);
    expect(read.values.timeline?.filter((e) => e.visibility === 'internal').length).toBeGreaterThan(100);
    expect(read.problems.find((p) => p.field === 'timeline')?.reason).toMatch(/first 5 pages/);
    expect(urls.filter((u) => u.includes('/comment'))).toHaveLength(5);
  });
});

describe("the bench's lookup of a built function", () => {
  it('returns the whole function around a marker, template literals and nested blocks included', () => {
    const src = 'var a=1;function x(){return 1}function Tn(e,t){let n=`[a="${e}"]`;if(n){let r={k:`}`};return`ckeditor5-api`}return null}function y(){}';
    expect(enclosingFunction(src, '`ckeditor5-api`')).toBe('function Tn(e,t){let n=`[a="${e}"]`;if(n){let r={k:`}`};return`ckeditor5-api`}return null}');
    expect(enclosingFunction(src, 'missing')).toBeUndefined();
  });
});
