import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, type Jsdom } from '../zendesk/fakeZendesk';

export { JSDOM, type Jsdom, type JsdomOptions } from '../zendesk/fakeZendesk';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/freshdesk');
export const API_FIXTURES = join(FIXTURES, 'api');
export const ORIGIN = 'https://acme.freshdesk.com';

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

function page<T>(items: T[], url: URL): T[] {
  const perPage = Number(url.searchParams.get('per_page') ?? 30);
  const n = Number(url.searchParams.get('page') ?? 1);
  return items.slice((n - 1) * perPage, n * perPage);
}

function serve(family: '_' | 'v2', id: string, kind: 'ticket' | 'conversations', url: URL): Response {
  const file = join(API_FIXTURES, 'tickets', id, ...(family === 'v2' ? ['v2'] : []), `${kind}.json`);
  if (!existsSync(file)) return jsonResponse({ code: 'not_found' }, 404);
  const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (kind === 'ticket') return jsonResponse(json);
  if (Array.isArray(json)) return jsonResponse(page(json, url));
  return jsonResponse({ conversations: page((json as { conversations: unknown[] }).conversations, url) });
}

/**
 * A fake of Freshdesk's two same-origin APIs serving the recorded fixture JSON (paged like
 * Freshdesk: `page`, `per_page`), recording every request (origin + path + query).
 */
export function fakeFreshdesk(override?: Override) {
  const requests: string[] = [];
  const fetchFake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    requests.push(`${url.origin}${url.pathname}${url.search}`);
    const custom = override?.(url);
    if (custom) return custom;
    const match = /^\/api\/(_|v2)\/(?:tickets\/(\d+)(\/conversations)?|(ticket_fields))$/.exec(url.pathname);
    if (!match) return jsonResponse({ code: 'not_found' }, 404);
    const [, family, id, conversations, fields] = match;
    if (fields) return jsonResponse(readFileSync(join(API_FIXTURES, 'ticket_fields.json'), 'utf8'));
    return serve(family as '_' | 'v2', id!, conversations ? 'conversations' : 'ticket', url);
  };
  return { fetch: fetchFake as typeof fetch, requests };
}

/** The committed agent-UI page, parsed by jsdom at its real URL. */
export function agentTicketPage(url = `${ORIGIN}/a/tickets/5100`): Jsdom {
  return new JSDOM(readFileSync(join(FIXTURES, 'agent-ticket.html'), 'utf8'), { url });
}
