// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { TicketContextSchema } from '../../../lib/context';
import { MAX_COMMENT_PAGES, readZendeskApi, resetZendeskFieldCache } from '../../../lib/adapters/zendesk/api';
import { humaniseKey } from '../../../lib/adapters/zendesk/apiMapping';
import { ticketRefFor } from '../../../lib/adapters/ticketRef';
import { zendeskAdapter } from '../../../lib/adapters/zendesk';

const ticketFromUrl = (url: string) => ticketRefFor(zendeskAdapter, url);
import type { ApiReadEnv, TicketRef } from '../../../lib/adapters/types';
import { type Override, fakeZendesk, fixtureJson, jsonResponse } from './fakeZendesk';

const ORIGIN = 'https://acme.zendesk.com';
const ref = (id: string): TicketRef => ticketFromUrl(`${ORIGIN}/agent/tickets/${id}`)!;

function env(override?: Override) {
  const server = fakeZendesk(override);
  const read = (id = '4211', signal = new AbortController().signal) =>
    readZendeskApi(ref(id), { fetch: server.fetch, signal } satisfies ApiReadEnv);
  return { ...server, read };
}

const reasonFor = (problems: { field: string; reason: string }[], field: string) =>
  problems.find((p) => p.field === field)?.reason;

beforeEach(() => resetZendeskFieldCache());

describe('readZendeskApi on the typical ticket (4211)', () => {
  it('maps ticket, requester, organization, tags and custom fields', async () => {
    const { values, problems } = await env().read();
    expect(values.subject).toBe('SSO login fails for all users after plan change');
    expect(values.status).toBe('open');
    expect(values.priority).toBe('high');
    expect(values.requester).toEqual({ name: 'Priya Raman', email: 'priya.raman@example.com' });
    expect(values.organization).toEqual({
      name: 'Lumen Freight Co.',
      fields: [
        { label: 'Plan tier', value: 'enterprise' },
        { label: 'Previous plan', value: 'business' },
        { label: 'Account age days', value: '1342' },
        { label: 'Seats', value: '38' },
        { label: 'Sso enabled', value: 'Yes' },
      ],
    });
    expect(values.tags).toEqual(['enterprise', 'plan_change', 'sso']);
    // Dropdown tag → option name; unchecked checkbox, null date and empty multiselect skipped.
    expect(values.customFields).toEqual([
      { label: 'Product area', value: 'SSO / SAML' },
      { label: 'Tenant region', value: 'eu-2' },
    ]);
    expect(problems).toEqual([]);
  });

  it('builds the timeline from comments with side-loaded authors', async () => {
    const { values } = await env().read();
    const timeline = values.timeline!;
    expect(timeline).toHaveLength(6);
    expect(timeline.map((e) => [e.author, e.authorRole, e.visibility])).toEqual([
      ['Priya Raman', 'customer', 'public'],
      ['Sam Okafor', 'agent', 'public'],
      ['Priya Raman', 'customer', 'public'],
      ['Sam Okafor', 'agent', 'internal'],
      ['Lena Brandt', 'agent', 'internal'],
      ['Sam Okafor', 'agent', 'public'],
    ]);
    expect(timeline[0]).toMatchObject({
      id: '40110001',
      at: '2025-03-10T08:14:22Z',
      attachments: [{ name: 'sso-error.png', sizeBytes: 48213, contentType: 'image/png' }],
    });
    expect(timeline[0]!.text.startsWith('Hi,\n\nSince we moved from the Business plan')).toBe(true);
    expect(timeline[2]!.text).toContain('Cleared cookies → same error.\nPrivate window → same error.');
    expect(timeline[3]!.text).toContain('entity ID still points at the old Business tenant');
    // The whole read fits the shared schema.
    expect(() => TicketContextSchema.parse({ helpdesk: 'zendesk', ticketId: '4211', url: 'x', ...values })).not.toThrow();
  });

  it('uses plain_body, falls back to body, and never html_body', async () => {
    const comments = fixtureJson('tickets/4211/comments.json') as { comments: Record<string, unknown>[] };
    comments.comments[0]!.plain_body = undefined;
    comments.comments[0]!.body = 'body text';
    comments.comments[1]!.plain_body = undefined;
    comments.comments[1]!.body = undefined;
    comments.comments[1]!.html_body = '<p>only html</p>';
    const { values } = await env((url) => (url.pathname.endsWith('/comments.json') ? jsonResponse(comments) : undefined)).read();
    expect(values.timeline![0]!.text).toBe('body text');
    expect(values.timeline![1]!.text).toBe('');
  });

  it('marks authors missing from the side-load as unknown', async () => {
    const comments = fixtureJson('tickets/4211/comments.json') as { users: unknown[] };
    comments.users = [];
    const { values } = await env((url) => (url.pathname.endsWith('/comments.json') ? jsonResponse(comments) : undefined)).read();
    expect(values.timeline![0]).toMatchObject({ author: 'Unknown', authorRole: 'unknown' });
  });

  it('requests the documented endpoints with side-loads', async () => {
    const server = env();
    await server.read();
    expect(server.requests.sort()).toEqual([
      `${ORIGIN}/api/v2/ticket_fields.json`,
      `${ORIGIN}/api/v2/tickets/4211.json?include=users,organizations`,
      `${ORIGIN}/api/v2/tickets/4211/comments.json?include=users`,
    ]);
  });
});

describe('readZendeskApi on the hostile ticket (666)', () => {
  it('keeps every payload as inert plain text, byte for byte', async () => {
    const { values } = await env().read('666');
    const raw = fixtureJson('tickets/666/ticket.json') as { ticket: { subject: string; tags: string[] }; users: { name: string }[] };
    expect(values.subject).toBe(raw.ticket.subject);
    expect(values.subject).toContain(`<img src=x onerror="fetch('/__pwned?f=subject')">`);
    expect(values.requester?.name).toBe(raw.users[0]!.name);
    expect(values.organization?.name).toContain('<svg onload=');
    expect(values.organization?.fields).toContainEqual({
      label: 'Plan tier',
      value: `<img src=x onerror="fetch('/__pwned?f=org_field')">`,
    });
    expect(values.tags).toEqual(raw.ticket.tags);
    expect(values.customFields).toEqual([
      // Unknown option tags are shown as the raw tag, still as text.
      { label: 'Product area', value: `<script>fetch('/__pwned?f=dropdown')</script>` },
      { label: 'Tenant region', value: `"><script>fetch('/__pwned?f=custom_field')</script>` },
      { label: 'Affected apps', value: `Mobile app, <svg/onload=fetch('/__pwned?f=multiselect')>` },
    ]);
    const timeline = values.timeline!;
    expect(timeline[0]!.text).toContain(`<script>fetch('/__pwned?f=comment1_script')</script>`);
    expect(timeline[0]!.attachments.map((a) => a.name)).toEqual([
      `"><img src=x onerror="fetch('/__pwned?f=attachment')">.png`,
      `<svg onload=fetch('/__pwned?f=attachment2')>.pdf`,
    ]);
    expect(timeline[1]).toMatchObject({ author: `Eve <svg onload="fetch('/__pwned?f=author')"></svg>`, visibility: 'internal' });
    // html_body carries its own payloads (f=html_body…); they must never reach the context.
    expect(JSON.stringify(values)).not.toContain('html_body');
  });
});

describe('readZendeskApi failures', () => {
  it('403 on the ticket: ticket fields undefined with the reason, timeline still read', async () => {
    const { values, problems } = await env((url) =>
      /\/tickets\/4211\.json$/.test(url.pathname) ? jsonResponse({ error: 'Forbidden' }, 403) : undefined,
    ).read();
    for (const field of ['subject', 'status', 'priority', 'requester', 'organization', 'tags', 'customFields'] as const) {
      expect(values[field]).toBeUndefined();
      expect(reasonFor(problems, field)).toBe('no permission to read this (403)');
    }
    expect(values.timeline).toHaveLength(6);
    expect(reasonFor(problems, 'timeline')).toBeUndefined();
  });

  it('500 on comments only: timeline problem, ticket values intact', async () => {
    const { values, problems } = await env((url) =>
      url.pathname.endsWith('/comments.json') ? jsonResponse({ error: 'oops' }, 500) : undefined,
    ).read();
    expect(values.timeline).toBeUndefined();
    expect(problems).toEqual([{ field: 'timeline', reason: 'helpdesk server error (500)' }]);
    expect(values.subject).toBe('SSO login fails for all users after plan change');
  });

  it('malformed JSON and unexpected shapes become problems, not throws', async () => {
    const { values, problems } = await env((url) => {
      if (url.pathname.endsWith('/4211.json')) return jsonResponse('{"ticket": {"id": 4211, "subj');
      if (url.pathname.endsWith('/comments.json')) return jsonResponse({ comments: 'nope' });
      return undefined;
    }).read();
    expect(values).toEqual({});
    expect(reasonFor(problems, 'subject')).toBe('helpdesk API sent malformed JSON');
    expect(reasonFor(problems, 'timeline')).toBe('helpdesk API answered in an unexpected format');
  });

  it('a ticket_fields failure keeps custom values under fallback labels and says why', async () => {
    const { values, problems } = await env((url) =>
      url.pathname.endsWith('/ticket_fields.json') ? jsonResponse({}, 403) : undefined,
    ).read();
    expect(values.customFields).toEqual([
      { label: 'Field 360001111', value: 'sso_saml' },
      { label: 'Field 360002222', value: 'eu-2' },
    ]);
    expect(reasonFor(problems, 'customFields')).toBe('field names unavailable: no permission to read this (403)');
  });

  it('reports a missing organization and priority instead of inventing values', async () => {
    const ticket = fixtureJson('tickets/4211/ticket.json') as { ticket: Record<string, unknown> };
    ticket.ticket.organization_id = null;
    ticket.ticket.priority = null;
    const { values, problems } = await env((url) => (url.pathname.endsWith('/4211.json') ? jsonResponse(ticket) : undefined)).read();
    expect(values.organization).toBeUndefined();
    expect(values.priority).toBeUndefined();
    expect(reasonFor(problems, 'organization')).toBe('the ticket has no organization');
    expect(reasonFor(problems, 'priority')).toBe('no priority set on the ticket');
  });

  it('throws when the read is aborted (the agent moved on)', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(env().read('4211', controller.signal)).rejects.toThrow();
  });
});

describe('ticket_fields cache', () => {
  it('two ticket reads on one origin cost one ticket_fields request', async () => {
    const server = env();
    await server.read('4211');
    await server.read('666');
    expect(server.requests.filter((r) => r.endsWith('/ticket_fields.json'))).toHaveLength(1);
    expect(server.requests).toHaveLength(5);
  });

  it('concurrent reads share the pending request', async () => {
    const server = env();
    await Promise.all([server.read('4211'), server.read('666')]);
    expect(server.requests.filter((r) => r.endsWith('/ticket_fields.json'))).toHaveLength(1);
  });

  it('a failed ticket_fields request is retried by the next read', async () => {
    let fail = true;
    const server = env((url) => (url.pathname.endsWith('/ticket_fields.json') && fail ? jsonResponse({}, 500) : undefined));
    await server.read('4211');
    fail = false;
    const { values } = await server.read('4211');
    expect(server.requests.filter((r) => r.endsWith('/ticket_fields.json'))).toHaveLength(2);
    expect(values.customFields?.[0]).toEqual({ label: 'Product area', value: 'SSO / SAML' });
  });
});

describe('comment pagination', () => {
  const page = (n: number, next: string | null, cursor = false) => {
    const base = fixtureJson('tickets/4211/comments.json') as { comments: { id: number }[]; users: unknown[] };
    const comments = base.comments.slice(0, 1).map((c) => ({ ...c, id: n }));
    return cursor
      ? { comments, users: base.users, meta: { has_more: next !== null, after_cursor: 'c' }, links: { next, prev: null } }
      : { comments, users: base.users, next_page: next, previous_page: null, count: 999 };
  };

  it('follows next_page on the same origin', async () => {
    const server = env((url) => {
      if (!url.pathname.endsWith('/comments.json')) return undefined;
      const n = Number(url.searchParams.get('page') ?? '1');
      return jsonResponse(page(n, n < 3 ? `${ORIGIN}/api/v2/tickets/4211/comments.json?include=users&page=${n + 1}` : null));
    });
    const { values, problems } = await server.read();
    expect(values.timeline!.map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(problems).toEqual([]);
  });

  it('follows cursor links.next while meta.has_more', async () => {
    const server = env((url) => {
      if (!url.pathname.endsWith('/comments.json')) return undefined;
      const n = Number(url.searchParams.get('n') ?? '1');
      return jsonResponse(page(n, n < 2 ? `${ORIGIN}/api/v2/tickets/4211/comments.json?n=${n + 1}` : null, true));
    });
    const { values } = await server.read();
    expect(values.timeline!.map((e) => e.id)).toEqual(['1', '2']);
  });

  it(`stops after ${MAX_COMMENT_PAGES} pages and says so`, async () => {
    const server = env((url) => {
      if (!url.pathname.endsWith('/comments.json')) return undefined;
      const n = Number(url.searchParams.get('page') ?? '1');
      return jsonResponse(page(n, `${ORIGIN}/api/v2/tickets/4211/comments.json?page=${n + 1}`));
    });
    const { values, problems } = await server.read();
    expect(server.requests.filter((r) => r.includes('/comments.json'))).toHaveLength(MAX_COMMENT_PAGES);
    expect(values.timeline).toHaveLength(MAX_COMMENT_PAGES);
    expect(reasonFor(problems, 'timeline')).toBe(`only the first ${MAX_COMMENT_PAGES} pages of comments were read`);
  });

  it('never follows a next page on another origin', async () => {
    const server = env((url) =>
      url.pathname.endsWith('/comments.json') && url.origin === ORIGIN
        ? jsonResponse(page(1, 'https://evil.example/api/v2/tickets/4211/comments.json?page=2'))
        : undefined,
    );
    const { values, problems } = await server.read();
    expect(server.requests.some((r) => r.startsWith('https://evil.example'))).toBe(false);
    expect(values.timeline).toHaveLength(1);
    expect(reasonFor(problems, 'timeline')).toBe('later comments are on another site and were not read');
  });

  it('keeps earlier pages when a later page fails', async () => {
    const server = env((url) => {
      if (!url.pathname.endsWith('/comments.json')) return undefined;
      return url.searchParams.has('page')
        ? jsonResponse({}, 502)
        : jsonResponse(page(1, `${ORIGIN}/api/v2/tickets/4211/comments.json?page=2`));
    });
    const { values, problems } = await server.read();
    expect(values.timeline).toHaveLength(1);
    expect(reasonFor(problems, 'timeline')).toBe('later comments could not be read: helpdesk server error (502)');
  });
});

describe('humaniseKey', () => {
  it.each([
    ['plan_tier', 'Plan tier'],
    ['account-age', 'Account age'],
    ['seats', 'Seats'],
  ])('%s → %s', (key, label) => expect(humaniseKey(key)).toBe(label));
});
