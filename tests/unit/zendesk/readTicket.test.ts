// @vitest-environment node
// Node environment with an explicit JSDOM document: the API half needs Node's fetch/AbortSignal.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readTicket } from '../../../lib/adapters/readTicket';
import { ticketRefFor } from '../../../lib/adapters/ticketRef';
import { resetZendeskFieldCache } from '../../../lib/adapters/zendesk/api';
import { zendeskAdapter } from '../../../lib/adapters/zendesk';
import { type Override, agentTicketPage, fakeZendesk, jsonResponse } from './fakeZendesk';

const serverError: Override = (url) => (url.pathname.startsWith('/api/') ? jsonResponse({ error: 'oops' }, 500) : undefined);

function read(id: string, override?: Override, url = `https://acme.zendesk.com/agent/tickets/${id}`) {
  const ref = ticketRefFor(zendeskAdapter, url)!;
  const document = agentTicketPage(url).window.document;
  return readTicket(zendeskAdapter, ref, { ...fakeZendesk(override), signal: new AbortController().signal, document });
}

beforeEach(() => resetZendeskFieldCache());

describe('readTicket with the Zendesk adapter', () => {
  it('API answering 500: values come from the visible workspace, marked as dom', async () => {
    const context = await read('4211', serverError);
    expect(context.subject).toBe('SSO login fails for all users after plan change');
    expect(context.status).toBe('open');
    expect(context.priority).toBe('High');
    expect(context.requester).toEqual({ name: 'Priya Raman', email: 'priya.raman@example.com' });
    expect(context.organization.name).toBe('Lumen Freight Co.');
    expect(context.tags).toEqual(['enterprise', 'plan_change', 'sso']);
    expect(context.timeline).toHaveLength(6);
    expect(context.sources).toEqual({
      subject: 'dom',
      status: 'dom',
      priority: 'dom',
      requester: 'dom',
      organization: 'dom',
      tags: 'dom',
      timeline: 'dom',
    });
    expect(context.missing).toEqual([{ field: 'customFields', reason: 'helpdesk server error (500)' }]);
  });

  it('API answering: everything comes from the API and the page is not read', async () => {
    const readDom = vi.spyOn(zendeskAdapter, 'readDom');
    const context = await read('4211');
    expect(new Set(Object.values(context.sources))).toEqual(new Set(['api']));
    expect(Object.keys(context.sources)).toHaveLength(8);
    expect(context.missing).toEqual([]);
    expect(context.priority).toBe('high');
    expect(readDom).not.toHaveBeenCalled();
    readDom.mockRestore();
  });

  it('only comments failing: the timeline alone comes from the page', async () => {
    const context = await read('4211', (url) =>
      url.pathname.endsWith('/comments.json') ? jsonResponse({ error: 'oops' }, 500) : undefined,
    );
    expect(context.sources.timeline).toBe('dom');
    expect(context.sources.subject).toBe('api');
    expect(context.timeline.map((e) => e.visibility)).toEqual(['public', 'public', 'public', 'internal', 'internal', 'public']);
  });

  it('a ticket that is neither readable by API nor shown: everything missing with the API reason', async () => {
    const context = await read(
      '4212',
      (url) => (url.pathname.startsWith('/api/') ? jsonResponse({ error: 'Forbidden' }, 403) : undefined),
      'https://acme.zendesk.com/agent/tickets/4212',
    );
    expect(context.sources).toEqual({});
    expect(context.subject).toBeUndefined();
    expect(context.missing).toHaveLength(8);
    expect(new Set(context.missing.map((m) => m.reason))).toEqual(new Set(['no permission to read this (403)']));
  });
});
