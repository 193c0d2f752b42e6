import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

export interface JsdomOptions {
  url?: string;
  runScripts?: 'outside-only' | 'dangerously';
  pretendToBeVisual?: boolean;
}
export interface Jsdom {
  window: Window & typeof globalThis & { eval(code: string): unknown };
}
// The project has no @types/jsdom; the few members the tests use are typed here instead.
export const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options?: JsdomOptions) => Jsdom;
};

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/zendesk');
export const API_FIXTURES = join(FIXTURES, 'api');

export function fixtureJson(path: string): unknown {
  return JSON.parse(readFileSync(join(API_FIXTURES, path), 'utf8'));
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** Return a Response to answer a request yourself, or undefined to serve the fixture files. */
export type Override = (url: URL) => Response | undefined;

/**
 * A fake of Zendesk's API on one origin serving the recorded fixture JSON, recording every
 * request (path + query) so tests can count them.
 */
export function fakeZendesk(override?: Override) {
  const requests: string[] = [];
  const fetchFake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    requests.push(`${url.origin}${url.pathname}${url.search}`);
    const custom = override?.(url);
    if (custom) return custom;
    let match = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(url.pathname);
    if (match) return serve(`tickets/${match[1]}/ticket.json`);
    match = /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/.exec(url.pathname);
    if (match) return serve(`tickets/${match[1]}/comments.json`);
    if (url.pathname === '/api/v2/ticket_fields.json') return serve('ticket_fields.json');
    return jsonResponse({ error: 'RecordNotFound' }, 404);
  };
  return { fetch: fetchFake as typeof fetch, requests };
}

function serve(path: string): Response {
  try {
    return jsonResponse(readFileSync(join(API_FIXTURES, path), 'utf8'));
  } catch {
    return jsonResponse({ error: 'RecordNotFound' }, 404);
  }
}

/** The committed Agent Workspace page, parsed by jsdom at its real URL. */
export function agentTicketPage(url = 'https://acme.zendesk.com/agent/tickets/4211'): Jsdom {
  return new JSDOM(readFileSync(join(FIXTURES, 'agent-ticket.html'), 'utf8'), { url });
}
