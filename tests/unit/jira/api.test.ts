// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { TicketContextSchema } from '../../../lib/context';
import { MAX_COMMENT_PAGES, readJiraApi } from '../../../lib/adapters/jira/api';
import { isoTime } from '../../../lib/adapters/jira/apiMapping';
import { jiraAdapter } from '../../../lib/adapters/jira';
import { ticketRefFor } from '../../../lib/adapters/ticketRef';
import type { ApiReadEnv, TicketRef } from '../../../lib/adapters/types';
import { type Override, ORIGIN, fakeJira, fixtureJson, jsonResponse } from './fakeJira';

const ref = (key: string): TicketRef => ticketRefFor(jiraAdapter, `${ORIGIN}/browse/${key}`)!;

function env(override?: Override) {
  const server = fakeJira(override);
  const read = (key = 'SUP-4211', signal = new AbortController().signal) =>
    readJiraApi(ref(key), { fetch: server.fetch, signal } satisfies ApiReadEnv);
  return { ...server, read };
}

const reasonFor = (problems: { field: string; reason: string }[], field: string) =>
  problems.find((p) => p.field === field)?.reason;
const isRequestComments = (url: URL) => url.pathname.startsWith('/rest/servicedeskapi/');
const isIssueComments = (url: URL) => /^\/rest\/api\/3\/issue\/[^/]+\/comment$/.test(url.pathname);
const isIssue = (url: URL) => /^\/rest\/api\/3\/issue\/[^/]+$/.test(url.pathname);

describe('readJiraApi on the typical issue (SUP-4211)', () => {
  it('maps summary, status, priority, reporter, organization and labels', async () => {
    const { values, problems } = await env().read();
    expect(values.subject).toBe('Webhook deliveries to our ERP fail with 401 since the API key rotation');
    expect(values.status).toBe('Waiting for support');
    expect(values.priority).toBe('High');
    expect(values.requester).toEqual({ name: 'Marta Lindqvist', email: 'marta.lindqvist@example.com' });
    expect(values.organization).toEqual({ name: 'Nordhavn Logistics AB', fields: [] });
    expect(values.tags).toEqual(['webhooks', 'enterprise', 'api_key']);
    expect(problems).toEqual([]);
  });

  it('labels custom fields with their real names, request type first, and skips empty fields and Jira noise', async () => {
    const { values } = await env().read();
    expect(values.customFields).toEqual([
      { label: 'Request Type', value: 'Report a bug' },
      { label: 'Product area', value: 'Integrations / Webhooks' },
      { label: 'Tenant region', value: 'eu-2' },
      { label: 'Affected environments', value: 'Production, Sandbox' },
      { label: 'Seats', value: '38' },
      { label: 'Contract renewal date', value: '2025-09-30' },
    ]);
    // Rank, Development, SLA cycles, null and empty fields never show up.
    const shown = JSON.stringify(values.customFields);
    for (const noise of ['Rank', 'Development', 'Time to resolution', 'Sprint', 'Request participants', '0|i0014f:', '{}']) expect(shown).not.toContain(noise);
  });

  it('builds the timeline: the description first, then comments with public/internal from the `public` flag', async () => {
    const { values } = await env().read();
    const timeline = values.timeline!;
    expect(timeline.map((e) => [e.id, e.author, e.authorRole, e.visibility])).toEqual([
      ['description', 'Marta Lindqvist', 'customer', 'public'],
      ['10501', 'Sam Okafor', 'agent', 'public'],
      ['10502', 'Marta Lindqvist', 'customer', 'public'],
      ['10503', 'Sam Okafor', 'agent', 'internal'],
      ['10504', 'Lena Brandt', 'agent', 'internal'],
      ['10505', 'Sam Okafor', 'agent', 'public'],
    ]);
    expect(timeline[0]).toMatchObject({
      at: '2025-03-10T08:14:22.000Z',
      attachments: [
        { name: 'webhook-log.csv', sizeBytes: 18342, contentType: 'text/csv' },
        { name: 'erp-error.png', sizeBytes: 48213, contentType: 'image/png' },
      ],
    });
    expect(timeline[0]!.text).toContain('- We rotated our API key on Friday 7 March');
    expect(timeline[2]).toMatchObject({ at: '2025-03-10T10:40:05.000Z', text: expect.stringContaining('Failing delivery ID: dlv_8841203.\n\nRetried') });
    expect(timeline[3]!.text).toContain('- Re-sent dlv_8841203 from the admin console → 401 again\n- Compared');
    expect(() => TicketContextSchema.parse({ helpdesk: 'jira', ticketId: 'SUP-4211', url: 'x', ...values })).not.toThrow();
  });

  it('takes a comment author Jira marks as a customer (not the reporter) for a customer', async () => {
    const comments = fixtureJson<{ values: { author: Record<string, unknown> }[] }>('SUP-4211', 'request-comments.json');
    comments.values[0]!.author = { accountId: 'qm:other', displayName: 'Participant', accountType: 'customer' };
    const { values } = await env((url) => (isRequestComments(url) ? jsonResponse(comments) : undefined)).read();
    expect(values.timeline![1]).toMatchObject({ author: 'Participant', authorRole: 'customer' });
  });

  it('needs two requests: the issue with field names, and the request comments', async () => {
    const server = env();
    await server.read();
    expect(server.requests.sort()).toEqual([
      `${ORIGIN}/rest/api/3/issue/SUP-4211?expand=names`,
      `${ORIGIN}/rest/servicedeskapi/request/SUP-4211/comment?start=0&limit=100`,
    ]);
  });
});

describe('readJiraApi on the hostile issue (SUP-666)', () => {
  it('keeps every payload as inert plain text, byte for byte', async () => {
    const { values } = await env().read('SUP-666');
    const raw = fixtureJson<{ fields: { summary: string; labels: string[]; reporter: { displayName: string } } }>('SUP-666', 'issue.json');
    expect(values.subject).toBe(raw.fields.summary);
    expect(values.requester?.name).toBe(raw.fields.reporter.displayName);
    expect(values.tags).toEqual(raw.fields.labels);
    expect(values.organization?.name).toBe("<script>fetch('/__pwned?f=organization')</script> Ltd");
    expect(values.customFields).toContainEqual({ label: 'Request Type', value: "<svg/onload=fetch('/__pwned?f=request_type')>" });
    expect(values.customFields).toContainEqual({ label: 'Tenant region', value: `"><img src=x onerror="fetch('/__pwned?f=custom_field')">` });
    const [description, ...comments] = values.timeline!;
    expect(description!.text).toContain(`Hello <img src=x onerror="fetch('/__pwned?f=description')">`);
    expect(description!.text).toContain(`<script>fetch('/__pwned?f=code')</script>`);
    // The javascript: link keeps its text and loses its target.
    expect(description!.text).toContain(`Please see my invoice or "><img`);
    expect(description!.text).not.toContain('(javascript:');
    expect(description!.attachments.map((a) => a.name)).toEqual([
      `"><img src=x onerror="fetch('/__pwned?f=attachment')">.png`,
      `<svg onload=fetch('/__pwned?f=attachment2')>.pdf`,
    ]);
    expect(comments[0]!.text).toContain(`<script>fetch('/__pwned?f=comment1')</script>`);
    expect(comments[1]).toMatchObject({ author: `Eve <svg onload="fetch('/__pwned?f=author')"></svg>`, visibility: 'internal' });
  });
});

describe('readJiraApi comment fallback (platform API)', () => {
  const requestCommentsFail = (status: number): Override => (url) => (isRequestComments(url) ? jsonResponse({ errorMessage: 'x' }, status) : undefined);

  it('reads ADF comments when Service Management answers 404 (a Jira Software issue)', async () => {
    const server = env(requestCommentsFail(404));
    const { values, problems } = await server.read();
    expect(server.requests.filter((r) => r.includes('/rest/api/3/issue/SUP-4211/comment'))).toEqual([
      `${ORIGIN}/rest/api/3/issue/SUP-4211/comment?startAt=0&maxResults=100&orderBy=created`,
    ]);
    expect(server.requests).toHaveLength(3);
    expect(values.timeline!.map((e) => [e.author, e.authorRole, e.visibility])).toEqual([
      ['Marta Lindqvist', 'customer', 'public'],
      ['Sam Okafor', 'agent', 'public'],
      ['Marta Lindqvist', 'customer', 'public'],
      ['Sam Okafor', 'agent', 'internal'],
      ['Lena Brandt', 'agent', 'internal'],
      ['Sam Okafor', 'agent', 'public'],
    ]);
    // ADF → text: the "- " lines were a real bullet list in the ADF body.
    expect(values.timeline![3]!.text).toBe(
      "Troubleshooting so far:\n\n- Re-sent dlv_8841203 from the admin console → 401 again\n- Compared the signing secret hash with the customer's → matches\n- Sent a test payload to the endpoint → 401\n\nThe signature header is still computed with the old API key: the rotation did not reach the webhook signer of tenant eu-2.",
    );
    expect(problems).toEqual([]);
  });

  it('tells internal notes apart by jsdPublic, sd.public.comment or a visibility restriction', async () => {
    const page = fixtureJson<{ comments: Record<string, unknown>[] }>('SUP-4211', 'comments.json');
    for (const comment of page.comments) delete comment.jsdPublic;
    page.comments[0]!.properties = [{ key: 'sd.public.comment', value: { internal: true } }];
    page.comments[1]!.visibility = { type: 'role', value: 'Developers' };
    page.comments[2]!.jsdPublic = false;
    page.comments[3]!.properties = [{ key: 'sd.public.comment', value: { internal: false } }];
    const { values } = await env((url) => (isRequestComments(url) ? jsonResponse({}, 403) : isIssueComments(url) ? jsonResponse(page) : undefined)).read();
    expect(values.timeline!.slice(1).map((e) => e.visibility)).toEqual(['internal', 'internal', 'internal', 'public', 'public']);
  });

  it('reports the fallback failure and leaves the timeline to the page', async () => {
    const { values, problems } = await env((url) => (isRequestComments(url) ? jsonResponse({}, 403) : isIssueComments(url) ? jsonResponse({}, 500) : undefined)).read();
    expect(values.timeline).toBeUndefined();
    expect(reasonFor(problems, 'timeline')).toBe('helpdesk server error (500)');
    expect(values.subject).toBe('Webhook deliveries to our ERP fail with 401 since the API key rotation');
  });
});

describe('readJiraApi failures', () => {
  it('403 on the issue: issue fields undefined with the reason, comments still read', async () => {
    const { values, problems } = await env((url) => (isIssue(url) ? jsonResponse({ errorMessages: ['no'] }, 403) : undefined)).read();
    for (const field of ['subject', 'status', 'priority', 'requester', 'organization', 'tags', 'customFields'] as const) {
      expect(values[field]).toBeUndefined();
      expect(reasonFor(problems, field)).toBe('no permission to read this (403)');
    }
    // Without the issue there is no description entry, and no reporter to tell customers apart.
    expect(values.timeline!.map((e) => e.id)).toEqual(['10501', '10502', '10503', '10504', '10505']);
  });

  it('500 everywhere: every field reported, nothing invented', async () => {
    const { values, problems } = await env(() => jsonResponse({ message: 'oops' }, 500)).read();
    expect(values).toEqual({});
    expect(new Set(problems.map((p) => p.reason))).toEqual(new Set(['helpdesk server error (500)']));
    expect(problems).toHaveLength(8);
  });

  it('malformed JSON and unexpected shapes become problems, not throws', async () => {
    const { values, problems } = await env((url) => {
      if (isIssue(url)) return jsonResponse('{"fields": {"summary": "trunc');
      if (isRequestComments(url)) return jsonResponse({ values: 'nope' });
      if (isIssueComments(url)) return jsonResponse({ comments: 42 });
      return undefined;
    }).read();
    expect(values).toEqual({});
    expect(reasonFor(problems, 'subject')).toBe('helpdesk API sent malformed JSON');
    expect(reasonFor(problems, 'timeline')).toBe('helpdesk API answered in an unexpected format');
  });

  it('without field names, custom fields keep their ids as labels and say why', async () => {
    const issue = fixtureJson('SUP-4211', 'issue.json');
    delete issue.names;
    const { values, problems } = await env((url) => (isIssue(url) ? jsonResponse(issue) : undefined)).read();
    expect(values.customFields).toContainEqual({ label: 'Field customfield_10041', value: 'Integrations / Webhooks' });
    expect(values.customFields?.[0]).toEqual({ label: 'Request Type', value: 'Report a bug' });
    // The organization can only be recognised by its name.
    expect(values.organization).toBeUndefined();
    expect(reasonFor(problems, 'customFields')).toBe('field names were not in the helpdesk API answer');
  });

  it('reports a missing priority, reporter and organization instead of inventing values', async () => {
    const issue = fixtureJson<{ fields: Record<string, unknown> }>('SUP-4211', 'issue.json');
    issue.fields.priority = null;
    issue.fields.reporter = null;
    issue.fields.customfield_10002 = [];
    const { values, problems } = await env((url) => (isIssue(url) ? jsonResponse(issue) : undefined)).read();
    expect(values.priority).toBeUndefined();
    expect(values.requester).toBeUndefined();
    expect(values.organization).toBeUndefined();
    expect(reasonFor(problems, 'priority')).toBe('no priority set on the issue');
    expect(reasonFor(problems, 'requester')).toBe('the issue has no reporter');
    expect(reasonFor(problems, 'organization')).toBe('the issue has no organization');
    expect(values.timeline![0]).toMatchObject({ author: 'Unknown', authorRole: 'unknown' });
  });

  it('throws when the read is aborted (the agent moved on)', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(env().read('SUP-4211', controller.signal)).rejects.toThrow();
  });
});

describe('comment pagination', () => {
  const sdPage = (start: number, last: boolean) => {
    const base = fixtureJson<{ values: { id: string }[] }>('SUP-4211', 'request-comments.json');
    return { start, limit: 100, size: 1, isLastPage: last, values: [{ ...base.values[0], id: String(start + 1) }] };
  };

  it('follows start/isLastPage until the last page', async () => {
    const server = env((url) => {
      if (!isRequestComments(url)) return undefined;
      const start = Number(url.searchParams.get('start'));
      return jsonResponse(sdPage(start, start >= 2));
    });
    const { values, problems } = await server.read();
    expect(values.timeline!.slice(1).map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(server.requests.filter((r) => r.includes('servicedeskapi')).map((r) => new URL(r).searchParams.get('start'))).toEqual(['0', '1', '2']);
    expect(problems).toEqual([]);
  });

  it(`stops after ${MAX_COMMENT_PAGES} pages and says so`, async () => {
    const server = env((url) => (isRequestComments(url) ? jsonResponse(sdPage(Number(url.searchParams.get('start')), false)) : undefined));
    const { values, problems } = await server.read();
    expect(server.requests.filter((r) => r.includes('servicedeskapi'))).toHaveLength(MAX_COMMENT_PAGES);
    expect(values.timeline!.slice(1)).toHaveLength(MAX_COMMENT_PAGES);
    expect(reasonFor(problems, 'timeline')).toBe(`only the first ${MAX_COMMENT_PAGES} pages of comments were read`);
  });

  it('keeps earlier pages when a later page fails', async () => {
    const server = env((url) => {
      if (!isRequestComments(url)) return undefined;
      return url.searchParams.get('start') === '0' ? jsonResponse(sdPage(0, false)) : jsonResponse({}, 502);
    });
    const { values, problems } = await server.read();
    expect(values.timeline!.slice(1)).toHaveLength(1);
    expect(reasonFor(problems, 'timeline')).toBe('later comments could not be read: helpdesk server error (502)');
  });

  it('pages the platform API by startAt/total', async () => {
    const base = fixtureJson<{ comments: { id: string }[] }>('SUP-4211', 'comments.json');
    const server = env((url) => {
      if (isRequestComments(url)) return jsonResponse({}, 404);
      if (!isIssueComments(url)) return undefined;
      const startAt = Number(url.searchParams.get('startAt'));
      return jsonResponse({ startAt, maxResults: 2, total: 5, comments: base.comments.slice(startAt, startAt + 2) });
    });
    const { values } = await server.read();
    expect(values.timeline!.slice(1).map((e) => e.id)).toEqual(['10501', '10502', '10503', '10504', '10505']);
    expect(server.requests.filter((r) => r.includes('/comment?startAt=')).map((r) => new URL(r).searchParams.get('startAt'))).toEqual(['0', '2', '4']);
  });
});

describe('isoTime', () => {
  it.each([
    ['2025-03-10T08:14:22.000+0000', '2025-03-10T08:14:22.000Z'],
    ['2025-03-10T10:14:22+0200', '2025-03-10T08:14:22.000Z'],
    ['2025-03-10T08:14:22Z', '2025-03-10T08:14:22.000Z'],
    [1741594462000, '2025-03-10T08:14:22.000Z'],
  ] as const)('%s → %s', (input, iso) => expect(isoTime(input)).toBe(iso));

  it('gives undefined for what is not a time', () => {
    expect(isoTime('yesterday')).toBeUndefined();
    expect(isoTime(null)).toBeUndefined();
    expect(isoTime('')).toBeUndefined();
  });
});
