// @vitest-environment node
// Node environment with an explicit JSDOM document: the API half needs Node's fetch/AbortSignal.
import { describe, expect, it, vi } from 'vitest';
import { readTicket } from '../../../lib/adapters/readTicket';
import { ticketRefFor } from '../../../lib/adapters/ticketRef';
import { jiraAdapter } from '../../../lib/adapters/jira';
import { type Override, ORIGIN, fakeJira, issueViewPage, jsonResponse } from './fakeJira';

const BOARD = `${ORIGIN}/jira/software/c/projects/SUP/boards/12`;
const serverError: Override = (url) => (url.pathname.startsWith('/rest/') ? jsonResponse({ errorMessages: ['oops'] }, 500) : undefined);

function read(key: string, override?: Override) {
  const url = `${BOARD}?selectedIssue=${key}`;
  const ref = ticketRefFor(jiraAdapter, url)!;
  const document = issueViewPage(url).window.document;
  return readTicket(jiraAdapter, ref, { ...fakeJira(override), signal: new AbortController().signal, document });
}

describe('readTicket with the Jira adapter', () => {
  it('API answering 500: values come from the issue modal, marked as dom', async () => {
    const context = await read('SUP-4211', serverError);
    expect(context.subject).toBe('Webhook deliveries to our ERP fail with 401 since the API key rotation');
    expect(context.status).toBe('Waiting for support');
    expect(context.requester).toEqual({ name: 'Marta Lindqvist' });
    expect(context.organization.name).toBe('Nordhavn Logistics AB');
    expect(context.tags).toEqual(['webhooks', 'enterprise', 'api_key']);
    expect(context.timeline).toHaveLength(6);
    expect(new Set(Object.values(context.sources))).toEqual(new Set(['dom']));
    expect(Object.keys(context.sources)).toHaveLength(8);
    expect(context.missing).toEqual([]);
  });

  it('API answering: everything comes from the API and the page is not read', async () => {
    const readDom = vi.spyOn(jiraAdapter, 'readDom');
    const context = await read('SUP-4211');
    expect(new Set(Object.values(context.sources))).toEqual(new Set(['api']));
    expect(Object.keys(context.sources)).toHaveLength(8);
    expect(context.missing).toEqual([]);
    expect(context.requester.email).toBe('marta.lindqvist@example.com');
    expect(readDom).not.toHaveBeenCalled();
    readDom.mockRestore();
  });

  it('only the comments failing (both endpoints): the timeline alone comes from the page', async () => {
    const context = await read('SUP-4211', (url) => (url.pathname.endsWith('/comment') ? jsonResponse({}, 500) : undefined));
    expect(context.sources.timeline).toBe('dom');
    expect(context.sources.subject).toBe('api');
    expect(context.timeline.map((e) => e.visibility)).toEqual(['public', 'public', 'public', 'internal', 'internal', 'public']);
  });

  it('an issue neither readable by API nor shown: everything missing with the API reason', async () => {
    const context = await read('SUP-4212', (url) => (url.pathname.startsWith('/rest/') ? jsonResponse({}, 403) : undefined));
    expect(context.sources).toEqual({});
    expect(context.missing).toHaveLength(8);
    expect(new Set(context.missing.map((m) => m.reason))).toEqual(new Set(['no permission to read this (403)']));
  });
});
