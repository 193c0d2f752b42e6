// @vitest-environment node
// Every helpdesk adapter under each API fault, through the same readTicket the content script
// runs: the agent still gets what the page shows, each field that could not be read says why,
// and the number of API requests stays bounded (exact counts: a regression to a retry storm or
// to a pointless fallback shows up here first). The e2e counterpart, with the built extension
// and the fixture server: tests/e2e/apiFaults.e2e.test.ts.
import { beforeEach, describe, expect, it } from 'vitest';
import { readTicket } from '@/lib/adapters/readTicket';
import { ticketRefFor } from '@/lib/adapters/ticketRef';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { zendeskAdapter } from '@/lib/adapters/zendesk';
import { freshdeskAdapter } from '@/lib/adapters/freshdesk';
import { jiraAdapter } from '@/lib/adapters/jira';
import { resetZendeskFieldCache } from '@/lib/adapters/zendesk/api';
import { resetFreshdeskFieldCache } from '@/lib/adapters/freshdesk/api';
import type { TicketContext } from '@/lib/context';
import * as zendesk from '../zendesk/fakeZendesk';
import * as freshdesk from '../freshdesk/fakeFreshdesk';
import * as jira from '../jira/fakeJira';

type Fault = { name: string; reason: string; answer: () => Response };

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const FAULTS: Record<string, Fault> = {
  401: { name: '401', reason: 'not signed in to the helpdesk (401)', answer: () => json({ error: 'Couldn’t authenticate you' }, 401) },
  403: { name: '403', reason: 'no permission to read this (403)', answer: () => json({ error: 'Forbidden' }, 403) },
  404: { name: '404', reason: 'not found (404)', answer: () => json({ error: 'RecordNotFound' }, 404) },
  '429-short': {
    name: '429 with Retry-After: 0',
    reason: 'helpdesk rate limit reached (429)',
    answer: () => json({ error: 'TooManyRequests' }, 429, { 'Retry-After': '0' }),
  },
  '429-long': {
    name: '429 with Retry-After: 120',
    reason: 'helpdesk rate limit reached (429)',
    answer: () => json({ error: 'TooManyRequests' }, 429, { 'Retry-After': '120' }),
  },
  500: { name: '500', reason: 'helpdesk server error (500)', answer: () => json({ error: 'oops' }, 500) },
  malformed: {
    name: 'malformed JSON',
    reason: 'helpdesk API sent malformed JSON',
    answer: () => new Response('{"ticket": {"id": 42, "subject": "trunc', { status: 200, headers: { 'Content-Type': 'application/json' } }),
  },
  unreachable: {
    name: 'no connection (the request fails, like a time-out does)',
    reason: 'helpdesk API unreachable',
    answer: () => {
      throw new TypeError('Failed to fetch');
    },
  },
  huge: {
    name: 'a 9 MB body (over the 8 MB cap)',
    reason: 'helpdesk API response too large',
    answer: () => new Response(`{"padding":"${'x'.repeat(9 * 1024 * 1024)}"}`, { status: 200 }),
  },
};

interface Helpdesk {
  adapter: HelpdeskAdapter;
  url: string;
  page: (url: string) => { window: Window };
  fake: (override: (url: URL) => Response | undefined) => { fetch: typeof fetch; requests: string[] };
  isApi: (url: URL) => boolean;
  /** What the page shows, so the read is known to have fallen back to it. */
  subject: string;
  /** What neither the API nor the page gives. */
  neverFromPage: string[];
  /** Exact API requests per fault. */
  requests: Record<keyof typeof FAULTS, number>;
}

const HELPDESKS: Helpdesk[] = [
  {
    adapter: zendeskAdapter,
    url: 'https://acme.zendesk.com/agent/tickets/4211',
    page: zendesk.agentTicketPage,
    fake: zendesk.fakeZendesk,
    isApi: (url) => url.pathname.startsWith('/api/'),
    subject: 'SSO login fails for all users after plan change',
    neverFromPage: ['customFields'],
    // ticket, comments, ticket fields: once each; a short 429 is retried once, each.
    requests: { 401: 3, 403: 3, 404: 3, '429-short': 6, '429-long': 3, 500: 3, malformed: 3, unreachable: 3, huge: 3 },
  },
  {
    adapter: freshdeskAdapter,
    url: `${freshdesk.ORIGIN}/a/tickets/5100`,
    page: freshdesk.agentTicketPage,
    fake: freshdesk.fakeFreshdesk,
    isApi: (url) => url.pathname.startsWith('/api/'),
    subject: 'Webhook deliveries fail with 401 since API key rotation',
    neverFromPage: [],
    // ticket, conversations, ticket fields on /api/_; 403 and 404 try each once more on /api/v2.
    requests: { 401: 3, 403: 6, 404: 6, '429-short': 6, '429-long': 3, 500: 3, malformed: 3, unreachable: 3, huge: 3 },
  },
  {
    adapter: jiraAdapter,
    url: `${jira.ORIGIN}/jira/software/c/projects/SUP/boards/12?selectedIssue=SUP-4211`,
    page: jira.issueViewPage,
    fake: jira.fakeJira,
    isApi: (url) => url.pathname.startsWith('/rest/'),
    subject: 'Webhook deliveries to our ERP fail with 401 since the API key rotation',
    neverFromPage: [],
    // issue, request comments; only a refusal (403/404) or an answer in another shape is worth
    // the platform API's comments too. Signed out, rate limited, a server error: it would fail alike.
    requests: { 401: 2, 403: 3, 404: 3, '429-short': 4, '429-long': 2, 500: 2, malformed: 3, unreachable: 2, huge: 3 },
  },
];

beforeEach(() => {
  resetZendeskFieldCache();
  resetFreshdeskFieldCache();
});

async function readUnder(helpdesk: Helpdesk, fault: Fault): Promise<{ context: TicketContext; requests: string[] }> {
  const server = helpdesk.fake((url) => (helpdesk.isApi(url) ? fault.answer() : undefined));
  const ref = ticketRefFor(helpdesk.adapter, helpdesk.url)!;
  const document = helpdesk.page(helpdesk.url).window.document;
  const context = await readTicket(helpdesk.adapter, ref, { fetch: server.fetch, signal: new AbortController().signal, document });
  return { context, requests: server.requests };
}

for (const helpdesk of HELPDESKS) {
  describe(`${helpdesk.adapter.label} API faults`, () => {
    for (const [key, fault] of Object.entries(FAULTS)) {
      it(`${fault.name}: the page's values, each gap with "${fault.reason}", ${helpdesk.requests[key]} requests`, async () => {
        const { context, requests } = await readUnder(helpdesk, fault);
        expect(requests, requests.join('\n')).toHaveLength(helpdesk.requests[key]!);
        // Nothing from the API; what the page shows is there and marked as read from the page.
        expect(Object.values(context.sources).every((source) => source === 'dom')).toBe(true);
        expect(context.subject).toBe(helpdesk.subject);
        expect(context.timeline.length).toBeGreaterThan(0);
        // What the page cannot give is listed, with the API's reason in the agent's words.
        const missing = context.missing.map((problem) => problem.field);
        for (const field of helpdesk.neverFromPage) expect(missing).toContain(field);
        for (const problem of context.missing) expect(problem.reason).toBe(fault.reason);
      });
    }
  });
}

describe('a short 429 that clears', () => {
  it.each(HELPDESKS.map((h) => [h.adapter.label, h] as const))('%s: the retried requests answer, everything comes from the API', async (_label, helpdesk) => {
    const seen = new Set<string>();
    const server = helpdesk.fake((url) => {
      if (!helpdesk.isApi(url) || seen.has(url.pathname)) return undefined;
      seen.add(url.pathname);
      return json({}, 429, { 'Retry-After': '0' });
    });
    const ref = ticketRefFor(helpdesk.adapter, helpdesk.url)!;
    const document = helpdesk.page(helpdesk.url).window.document;
    const context = await readTicket(helpdesk.adapter, ref, { fetch: server.fetch, signal: new AbortController().signal, document });
    expect(context.subject).toBe(helpdesk.subject);
    expect(context.sources.subject).toBe('api');
    expect(context.sources.timeline).toBe('api');
    // Each path twice (refused, then answered), never more.
    const perPath = new Map<string, number>();
    for (const request of server.requests) {
      const path = new URL(request).pathname;
      perPath.set(path, (perPath.get(path) ?? 0) + 1);
    }
    expect([...perPath.values()].every((count) => count === 2), JSON.stringify([...perPath])).toBe(true);
  });
});
