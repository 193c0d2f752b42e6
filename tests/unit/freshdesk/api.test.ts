// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { TicketContextSchema } from '../../../lib/context';
import { freshdeskAdapter } from '../../../lib/adapters/freshdesk';
import { CONVERSATIONS_PER_PAGE, MAX_CONVERSATION_PAGES, readFreshdeskApi, resetFreshdeskFieldCache } from '../../../lib/adapters/freshdesk/api';
import { humaniseKey } from '../../../lib/adapters/freshdesk/apiMapping';
import { ticketRefFor } from '../../../lib/adapters/ticketRef';
import type { ApiReadEnv, TicketRef } from '../../../lib/adapters/types';
import { ORIGIN, type Override, fakeFreshdesk, fixtureJson, jsonResponse } from './fakeFreshdesk';

const ref = (id: string): TicketRef => ticketRefFor(freshdeskAdapter, `${ORIGIN}/a/tickets/${id}`)!;

function env(override?: Override) {
  const server = fakeFreshdesk(override);
  const read = (id = '5100', signal = new AbortController().signal) =>
    readFreshdeskApi(ref(id), { fetch: server.fetch, signal } satisfies ApiReadEnv);
  return { ...server, read };
}

const reasonFor = (problems: { field: string; reason: string }[], field: string) =>
  problems.find((p) => p.field === field)?.reason;

type TicketJson = { ticket: Record<string, unknown> };
type ConversationsJson = { conversations: Record<string, unknown>[] };

/** Serves a modified copy of 5100's agent-UI ticket. */
const withTicket = (change: (ticket: Record<string, unknown>) => void): Override => (url) => {
  if (url.pathname !== '/api/_/tickets/5100') return undefined;
  const json = fixtureJson('tickets/5100/ticket.json') as TicketJson;
  change(json.ticket);
  return jsonResponse(json);
};

/** Serves 5100's agent-UI conversations, modified. */
const withConversations = (change: (list: Record<string, unknown>[]) => Record<string, unknown>[] | void): Override => (url) => {
  if (url.pathname !== '/api/_/tickets/5100/conversations') return undefined;
  const json = fixtureJson('tickets/5100/conversations.json') as ConversationsJson;
  return jsonResponse({ conversations: change(json.conversations) ?? json.conversations });
};

const refuse = (status: number, prefix = '/api/_/'): Override => (url) =>
  url.pathname.startsWith(prefix) ? jsonResponse({ code: 'access_denied' }, status) : undefined;

beforeEach(() => resetFreshdeskFieldCache());

describe('readFreshdeskApi on the typical ticket (5100), agent-UI API', () => {
  it('maps ticket, requester, company, tags and custom fields', async () => {
    const { values, problems } = await env().read();
    expect(values.subject).toBe('Webhook deliveries fail with 401 since API key rotation');
    expect(values.status).toBe('Open');
    expect(values.priority).toBe('High');
    expect(values.requester).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
    expect(values.organization).toEqual({
      name: 'Harbor & Pine Logistics',
      fields: [
        { label: 'Plan tier', value: 'Enterprise' },
        { label: 'Account age days', value: '1187' },
        { label: 'Seats', value: '240' },
        { label: 'Renewal date', value: '2025-09-30' },
        { label: 'Dedicated csm', value: 'Yes' },
      ],
    });
    expect(values.tags).toEqual(['webhooks', 'api_key_rotation', 'enterprise']);
    // Labels from ticket_fields ("SLA breach risk", not "Sla breach risk"); null and false skipped.
    expect(values.customFields).toEqual([
      { label: 'Product area', value: 'Webhooks' },
      { label: 'Environment', value: 'Production (eu-west)' },
      { label: 'Affected users', value: '120' },
      { label: 'SLA breach risk', value: 'Yes' },
    ]);
    expect(problems).toEqual([]);
  });

  it('puts the description first, then replies and notes with their side-loaded authors', async () => {
    const { values } = await env().read();
    const timeline = values.timeline!;
    expect(timeline.map((e) => [e.author, e.authorRole, e.visibility])).toEqual([
      ['Dana Whitfield', 'customer', 'public'],
      ['Marco Silva', 'agent', 'public'],
      ['Dana Whitfield', 'customer', 'public'],
      ['Marco Silva', 'agent', 'internal'],
      ['Priya Nair', 'agent', 'internal'],
      ['Marco Silva', 'agent', 'public'],
    ]);
    expect(timeline[0]).toMatchObject({
      id: 'description-5100',
      at: '2025-04-02T07:48:10Z',
      attachments: [{ name: 'webhook-401.log', sizeBytes: 18432, contentType: 'text/plain' }],
    });
    expect(timeline[0]!.text.startsWith('Hi team,\n\nSince this morning every webhook delivery')).toBe(true);
    expect(timeline[2]).toMatchObject({ id: '43000100002', attachments: [{ name: 'retry-output.png', sizeBytes: 92341, contentType: 'image/png' }] });
    expect(timeline[2]!.text).toContain('Updated the signing secret → still 401.\nRe-sent a test event');
    expect(timeline[3]!.text).toContain('signed with the OLD secret');
    expect(() => TicketContextSchema.parse({ helpdesk: 'freshdesk', ticketId: '5100', url: 'x', ...values })).not.toThrow();
  });

  it('asks the agent UI API for the ticket, one page of conversations and the field labels: three requests', async () => {
    const server = env();
    await server.read();
    expect(server.requests.sort()).toEqual([
      `${ORIGIN}/api/_/ticket_fields`,
      `${ORIGIN}/api/_/tickets/5100/conversations?include=requester&order_type=asc&per_page=100&page=1`,
      `${ORIGIN}/api/_/tickets/5100?include=requester,company,stats`,
    ]);
  });

  it('reads body_text and description_text only, never the HTML bodies', async () => {
    const server = env((url) =>
      withTicket((t) => {
        t.description_text = null;
        t.description = '<p>only html</p>';
        t.attachments = [];
      })(url) ??
      withConversations((list) => {
        list[0]!.body_text = undefined;
        list[0]!.body = '<p>only html</p>';
      })(url),
    );
    const { values } = await server.read();
    expect(JSON.stringify(values)).not.toContain('only html');
    // No description text and no attachments: there is no first message to show.
    expect(values.timeline![0]!.id).toBe('43000100001');
    expect(values.timeline![0]!.text).toBe('');
  });

  it('orders the timeline by time whatever order the API answers in', async () => {
    const { values } = await env(withConversations((list) => [...list].reverse())).read();
    expect(values.timeline!.map((e) => e.at)).toEqual([...values.timeline!.map((e) => e.at!)].sort());
    expect(values.timeline![0]!.id).toBe('description-5100');
  });
});

describe('status and priority', () => {
  it.each([
    [2, 'Open'],
    [3, 'Pending'],
    [4, 'Resolved'],
    [5, 'Closed'],
    [6, 'Waiting on Customer'],
    [7, 'Waiting on Third Party'],
  ])('status %i is %s (custom ones named by ticket_fields)', async (status, name) => {
    const { values } = await env(withTicket((t) => (t.status = status))).read();
    expect(values.status).toBe(name);
  });

  it.each([
    [1, 'Low'],
    [2, 'Medium'],
    [3, 'High'],
    [4, 'Urgent'],
  ])('priority %i is %s', async (priority, name) => {
    const { values } = await env(withTicket((t) => (t.priority = priority))).read();
    expect(values.priority).toBe(name);
  });

  it('reports a custom status it cannot name and a missing priority instead of inventing values', async () => {
    const { values, problems } = await env(withTicket((t) => {
      t.status = 12;
      t.priority = null;
    })).read();
    expect(values.status).toBeUndefined();
    expect(values.priority).toBeUndefined();
    expect(reasonFor(problems, 'status')).toBe('custom status 12 could not be named');
    expect(reasonFor(problems, 'priority')).toBe('no priority set on the ticket');
  });

  it('without ticket_fields: built-in statuses still named, labels humanised from the API names', async () => {
    const server = env((url) => (url.pathname.endsWith('/ticket_fields') ? jsonResponse({ code: 'oops' }, 500) : undefined));
    const { values, problems } = await server.read();
    expect(values.status).toBe('Open');
    expect(values.customFields?.map((f) => f.label)).toEqual(['Product area', 'Environment', 'Affected users', 'Sla breach risk']);
    expect(problems).toEqual([]);
    // A 500 is not a reason to try /api/v2.
    expect(server.requests.filter((r) => r.includes('/api/v2/'))).toEqual([]);
  });

  it('reads status choices given as { name: id } too', async () => {
    const fields = (fixtureJson('ticket_fields.json') as { name: string; choices?: unknown }[]).map((f) =>
      f.name === 'status' ? { ...f, choices: { Open: 2, 'On hold': 9 } } : f,
    );
    const { values } = await env((url) =>
      url.pathname.endsWith('/ticket_fields') ? jsonResponse(fields) : withTicket((t) => (t.status = 9))(url),
    ).read();
    expect(values.status).toBe('On hold');
  });
});

describe('who wrote what: private notes, public replies, incoming messages', () => {
  const REQUESTER = 48001000001;
  it.each([
    ['an agent public reply', { user_id: 48000000101, incoming: false, private: false }, 'agent', 'public'],
    ['an agent private note', { user_id: 48000000101, incoming: false, private: true }, 'agent', 'internal'],
    ['the requester by email', { user_id: REQUESTER, incoming: true, private: false }, 'customer', 'public'],
    ['the requester in the portal (not incoming)', { user_id: REQUESTER, incoming: false, private: false }, 'customer', 'public'],
    ["a CC'd colleague's email reply", { user_id: 48009999999, incoming: true, private: false }, 'customer', 'public'],
    ["a third party's answer to a forward (incoming private note)", { user_id: 48009999998, incoming: true, private: true }, 'unknown', 'internal'],
  ])('%s', async (_, conversation, role, visibility) => {
    const { values } = await env(withConversations((list) => [{ ...list[0]!, ...conversation, requester: undefined }])).read();
    expect(values.timeline![1]).toMatchObject({ authorRole: role, visibility });
  });
});

describe('readFreshdeskApi falls back to /api/v2', () => {
  it.each([403, 404])('when the agent UI API answers %i: documented shapes, same context', async (status) => {
    const server = env(refuse(status));
    const { values, problems } = await server.read();
    expect(server.requests.filter((r) => r.includes('/api/v2/')).sort()).toEqual([
      `${ORIGIN}/api/v2/ticket_fields`,
      `${ORIGIN}/api/v2/tickets/5100/conversations?per_page=100&page=1`,
      `${ORIGIN}/api/v2/tickets/5100?include=requester,company`,
    ]);
    expect(problems).toEqual([]);
    expect(values.subject).toBe('Webhook deliveries fail with 401 since API key rotation');
    expect(values.status).toBe('Open');
    expect(values.priority).toBe('High');
    expect(values.requester).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
    // /api/v2's company include has no custom fields.
    expect(values.organization).toEqual({ name: 'Harbor & Pine Logistics', fields: [] });
    expect(values.customFields?.[3]).toEqual({ label: 'SLA breach risk', value: 'Yes' });
    // /api/v2 does not side-load authors: agents are unnamed, the requester is named from the ticket.
    expect(values.timeline!.map((e) => [e.author, e.authorRole, e.visibility])).toEqual([
      ['Dana Whitfield', 'customer', 'public'],
      ['Unknown', 'agent', 'public'],
      ['Dana Whitfield', 'customer', 'public'],
      ['Unknown', 'agent', 'internal'],
      ['Unknown', 'agent', 'internal'],
      ['Unknown', 'agent', 'public'],
    ]);
  });

  it.each([
    [500, 'helpdesk server error (500)'],
    [401, 'not signed in to the helpdesk (401)'],
  ])('but not when it answers %i (the DOM is the fallback then)', async (status, reason) => {
    const server = env(refuse(status, '/api/'));
    const { values, problems } = await server.read();
    expect(server.requests.some((r) => r.includes('/api/v2/'))).toBe(false);
    expect(values).toEqual({});
    expect(new Set(problems.map((p) => p.reason))).toEqual(new Set([reason]));
    expect(problems.map((p) => p.field).sort()).toEqual(['customFields', 'organization', 'priority', 'requester', 'status', 'subject', 'tags', 'timeline']);
  });

  it('reports the /api/v2 reason when both refuse', async () => {
    const { values, problems } = await env((url) =>
      url.pathname.startsWith('/api/_/') ? jsonResponse({}, 404) : url.pathname.startsWith('/api/v2/') ? jsonResponse({}, 403) : undefined,
    ).read();
    expect(values).toEqual({});
    expect(reasonFor(problems, 'subject')).toBe('no permission to read this (403)');
  });
});

describe('readFreshdeskApi on the hostile ticket (5666)', () => {
  it('keeps every payload as inert plain text, byte for byte', async () => {
    const { values } = await env().read('5666');
    const raw = (fixtureJson('tickets/5666/ticket.json') as { ticket: { subject: string; tags: string[]; requester: { name: string } } }).ticket;
    expect(values.subject).toBe(raw.subject);
    expect(values.subject).toContain(`<img src=x onerror="fetch('/__pwned?f=subject')">`);
    expect(values.status).toBe('Waiting on Customer');
    expect(values.priority).toBe('Low');
    expect(values.requester?.name).toBe(raw.requester.name);
    expect(values.organization?.name).toContain('<svg onload=');
    expect(values.organization?.fields).toContainEqual({ label: 'Plan tier', value: `<img src=x onerror="fetch('/__pwned?f=company_field')">` });
    expect(values.tags).toEqual(raw.tags);
    expect(values.customFields).toEqual([
      { label: 'Product area', value: `"><script>fetch('/__pwned?f=custom_field')</script>` },
      { label: 'Environment', value: `javascript:fetch('/__pwned?f=js_url')` },
      { label: 'Internal reference', value: `<iframe src="javascript:fetch('/__pwned?f=iframe_field')"></iframe>` },
    ]);
    const timeline = values.timeline!;
    expect(timeline[0]!.text).toContain(`<script>fetch('/__pwned?f=description')</script>`);
    expect(timeline[0]!.attachments.map((a) => a.name)).toEqual([`"><img src=x onerror="fetch('/__pwned?f=attachment')">.png`]);
    expect(timeline[1]!.text).toContain(`<iframe src="javascript:fetch('/__pwned?f=conversation1')"></iframe>`);
    expect(timeline[1]!.attachments.map((a) => a.name)).toEqual([`<svg onload=fetch('/__pwned?f=attachment2')>.pdf`]);
    expect(timeline[2]).toMatchObject({ author: `Eve <svg onload="fetch('/__pwned?f=author')"></svg>`, authorRole: 'agent', visibility: 'internal' });
    // The HTML bodies carry their own payloads (f=html_…); they must never reach the context.
    expect(JSON.stringify(values)).not.toContain('html_');
  });
});

describe('readFreshdeskApi failures', () => {
  it('ticket unreadable on both APIs: ticket fields undefined with the reason; the timeline left to the page', async () => {
    const { values, problems } = await env((url) => (/^\/api\/(_|v2)\/tickets\/5100$/.test(url.pathname) ? jsonResponse({}, 403) : undefined)).read();
    for (const field of ['subject', 'status', 'priority', 'requester', 'organization', 'tags', 'customFields'] as const) {
      expect(values[field]).toBeUndefined();
      expect(reasonFor(problems, field)).toBe('no permission to read this (403)');
    }
    // Without the description the first customer message would be missing: not a timeline.
    expect(values.timeline).toBeUndefined();
    expect(reasonFor(problems, 'timeline')).toBe("the ticket's description could not be read: no permission to read this (403)");
  });

  it('500 on conversations only: timeline problem, ticket values intact', async () => {
    const { values, problems } = await env((url) => (url.pathname.endsWith('/conversations') ? jsonResponse({}, 500) : undefined)).read();
    expect(values.timeline).toBeUndefined();
    expect(problems).toEqual([{ field: 'timeline', reason: 'helpdesk server error (500)' }]);
    expect(values.subject).toBe('Webhook deliveries fail with 401 since API key rotation');
  });

  it('malformed JSON and unexpected shapes become problems, not throws', async () => {
    const { values, problems } = await env((url) => {
      if (url.pathname === '/api/_/tickets/5100') return jsonResponse('{"ticket": {"id": 5100, "subj');
      if (url.pathname.endsWith('/conversations')) return jsonResponse({ conversations: 'nope' });
      return undefined;
    }).read();
    expect(values).toEqual({});
    expect(reasonFor(problems, 'subject')).toBe('helpdesk API sent malformed JSON');
    expect(reasonFor(problems, 'timeline')).toBe('helpdesk API answered in an unexpected format');
  });

  it('keeps the conversations that parse and says how many did not', async () => {
    const { values, problems } = await env(withConversations((list) => [...list, { id: 'x', body_text: 5 }])).read();
    expect(values.timeline).toHaveLength(6);
    expect(reasonFor(problems, 'timeline')).toBe('1 conversation(s) had an unexpected format');
  });

  it('reports a ticket without a company', async () => {
    const { values, problems } = await env(withTicket((t) => {
      t.company = {};
      t.company_id = null;
    })).read();
    expect(values.organization).toBeUndefined();
    expect(reasonFor(problems, 'organization')).toBe('the ticket has no company');
  });

  it('throws when the read is aborted (the agent moved on)', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(env().read('5100', controller.signal)).rejects.toThrow();
  });
});

describe('conversation pagination', () => {
  /** `count` conversations per page, numbered page*1000 + i, for `pages` full pages. */
  const paged = (pages: number, lastPageSize = 0, failAt?: number): Override => (url) => {
    if (url.pathname !== '/api/_/tickets/5100/conversations') return undefined;
    const n = Number(url.searchParams.get('page'));
    if (n === failAt) return jsonResponse({}, 502);
    const size = n <= pages ? Number(url.searchParams.get('per_page')) : n === pages + 1 ? lastPageSize : 0;
    const conversations = Array.from({ length: size }, (_, i) => ({ id: n * 1000 + i, body_text: `c${n}.${i}`, user_id: 48000000101, private: false, incoming: false }));
    return jsonResponse({ conversations });
  };
  const conversationRequests = (requests: string[]) => requests.filter((r) => r.includes('/conversations'));

  it('follows page=N while pages are full, and stops at a short page', async () => {
    const server = env(paged(2, 3));
    const { values, problems } = await server.read();
    expect(conversationRequests(server.requests).map((r) => new URL(r).searchParams.get('page'))).toEqual(['1', '2', '3']);
    expect(conversationRequests(server.requests).every((r) => r.includes(`per_page=${CONVERSATIONS_PER_PAGE}`))).toBe(true);
    expect(values.timeline).toHaveLength(1 + 2 * CONVERSATIONS_PER_PAGE + 3);
    expect(problems).toEqual([]);
  });

  it(`stops after ${MAX_CONVERSATION_PAGES} pages and says so`, async () => {
    const server = env(paged(50));
    const { values, problems } = await server.read();
    expect(conversationRequests(server.requests)).toHaveLength(MAX_CONVERSATION_PAGES);
    expect(values.timeline).toHaveLength(1 + MAX_CONVERSATION_PAGES * CONVERSATIONS_PER_PAGE);
    expect(reasonFor(problems, 'timeline')).toBe(`only the first ${MAX_CONVERSATION_PAGES} pages of conversations were read`);
  });

  it('keeps earlier pages when a later page fails', async () => {
    const server = env(paged(3, 0, 2));
    const { values, problems } = await server.read();
    expect(values.timeline).toHaveLength(1 + CONVERSATIONS_PER_PAGE);
    expect(reasonFor(problems, 'timeline')).toBe('later conversations could not be read: helpdesk server error (502)');
  });
});

describe('ticket_fields cache', () => {
  it('two ticket reads on one origin cost one ticket_fields request', async () => {
    const server = env();
    await server.read('5100');
    await server.read('5666');
    expect(server.requests.filter((r) => r.endsWith('/ticket_fields'))).toHaveLength(1);
    expect(server.requests).toHaveLength(5);
  });

  it('concurrent reads share the pending request', async () => {
    const server = env();
    await Promise.all([server.read('5100'), server.read('5666')]);
    expect(server.requests.filter((r) => r.endsWith('/ticket_fields'))).toHaveLength(1);
  });

  it('a failed ticket_fields request is retried by the next read', async () => {
    let fail = true;
    const server = env((url) => (url.pathname.endsWith('/ticket_fields') && fail ? jsonResponse({}, 500) : undefined));
    expect((await server.read()).values.customFields?.[3]?.label).toBe('Sla breach risk');
    fail = false;
    expect((await server.read()).values.customFields?.[3]?.label).toBe('SLA breach risk');
    expect(server.requests.filter((r) => r.endsWith('/ticket_fields'))).toHaveLength(2);
  });
});

describe('humaniseKey', () => {
  it.each([
    ['cf_plan_tier', 'Plan tier'],
    ['plan_tier', 'Plan tier'],
    ['cf_account-age', 'Account age'],
    ['seats', 'Seats'],
  ])('%s → %s', (key, label) => expect(humaniseKey(key)).toBe(label));
});
