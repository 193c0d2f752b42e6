// @vitest-environment node
// Node environment with an explicit JSDOM document: the API half needs Node's fetch/AbortSignal.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshdeskAdapter } from '../../../lib/adapters/freshdesk';
import { resetFreshdeskFieldCache } from '../../../lib/adapters/freshdesk/api';
import { readTicket } from '../../../lib/adapters/readTicket';
import { ticketRefFor } from '../../../lib/adapters/ticketRef';
import { ORIGIN, type Override, agentTicketPage, fakeFreshdesk, jsonResponse } from './fakeFreshdesk';

const failing = (status: number, prefix = '/api/'): Override => (url) =>
  url.pathname.startsWith(prefix) ? jsonResponse({ code: 'oops' }, status) : undefined;

function read(id: string, override?: Override, url = `${ORIGIN}/a/tickets/${id}`) {
  const ref = ticketRefFor(freshdeskAdapter, url)!;
  const document = agentTicketPage(url).window.document;
  const server = fakeFreshdesk(override);
  return { server, context: readTicket(freshdeskAdapter, ref, { ...server, signal: new AbortController().signal, document }) };
}

beforeEach(() => resetFreshdeskFieldCache());

describe('readTicket with the Freshdesk adapter', () => {
  it('API answering 500: everything comes from the shown ticket view, marked as dom', async () => {
    const { context: pending, server } = read('5100', failing(500));
    const context = await pending;
    expect(context.subject).toBe('Webhook deliveries fail with 401 since API key rotation');
    expect(context.status).toBe('Open');
    expect(context.priority).toBe('High');
    expect(context.requester).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
    expect(context.organization).toEqual({ name: 'Harbor & Pine Logistics', fields: [] });
    expect(context.tags).toEqual(['webhooks', 'api_key_rotation', 'enterprise']);
    expect(context.customFields).toHaveLength(4);
    expect(context.timeline.map((e) => e.visibility)).toEqual(['public', 'public', 'public', 'internal', 'internal', 'public']);
    expect(new Set(Object.values(context.sources))).toEqual(new Set(['dom']));
    expect(Object.keys(context.sources)).toHaveLength(8);
    expect(context.missing).toEqual([]);
    expect(server.requests.some((r) => r.includes('/api/v2/'))).toBe(false);
  });

  it('API answering: everything comes from the API and the page is not read', async () => {
    const readDom = vi.spyOn(freshdeskAdapter, 'readDom');
    const context = await read('5100').context;
    expect(new Set(Object.values(context.sources))).toEqual(new Set(['api']));
    expect(Object.keys(context.sources)).toHaveLength(8);
    expect(context.missing).toEqual([]);
    // The API adds what the page does not show: the company's fields.
    expect(context.organization.fields).toHaveLength(5);
    expect(readDom).not.toHaveBeenCalled();
    readDom.mockRestore();
  });

  it('agent-UI API refused (403): read through /api/v2, still all from the API', async () => {
    const { context: pending, server } = read('5100', failing(403, '/api/_/'));
    const context = await pending;
    expect(new Set(Object.values(context.sources))).toEqual(new Set(['api']));
    expect(context.missing).toEqual([]);
    expect(server.requests.filter((r) => r.includes('/api/v2/'))).toHaveLength(3);
  });

  it('only conversations failing: the timeline alone comes from the page', async () => {
    const context = await read('5100', (url) => (url.pathname.endsWith('/conversations') ? jsonResponse({}, 500) : undefined)).context;
    expect(context.sources.timeline).toBe('dom');
    expect(context.sources.subject).toBe('api');
    expect(context.timeline).toHaveLength(6);
    expect(context.timeline[0]!.text).toMatch(/^Hi team,\n\nSince this morning/);
  });

  it('a ticket that is neither readable by API nor shown: everything missing with the API reason', async () => {
    const context = await read('5101', failing(403), `${ORIGIN}/a/tickets/5101`).context;
    expect(context.sources).toEqual({});
    expect(context.subject).toBeUndefined();
    expect(context.missing).toHaveLength(8);
    expect(new Set(context.missing.map((m) => m.reason))).toEqual(new Set(['no permission to read this (403)']));
  }, 10_000);
});
