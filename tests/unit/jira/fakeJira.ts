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

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/jira');
export const API_FIXTURES = join(FIXTURES, 'api');
export const ORIGIN = 'https://acme.atlassian.net';

export function fixtureJson<T = Record<string, unknown>>(key: string, file: 'issue.json' | 'request-comments.json' | 'comments.json'): T {
  return JSON.parse(readFileSync(join(API_FIXTURES, 'issues', key, file), 'utf8')) as T;
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** Return a Response to answer a request yourself, or undefined to serve the fixture files. */
export type Override = (url: URL) => Response | undefined;

function serve(key: string, file: 'issue.json' | 'request-comments.json' | 'comments.json', notFound: unknown): Response {
  try {
    return jsonResponse(readFileSync(join(API_FIXTURES, 'issues', decodeURIComponent(key), file), 'utf8'));
  } catch {
    return jsonResponse(notFound, 404);
  }
}

/**
 * A fake of Jira Cloud's REST APIs on one origin serving the recorded fixture JSON, recording
 * every request (origin + path + query) so tests can count them.
 */
export function fakeJira(override?: Override) {
  const requests: string[] = [];
  const fetchFake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    requests.push(`${url.origin}${url.pathname}${url.search}`);
    const custom = override?.(url);
    if (custom) return custom;
    const issueMissing = { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} };
    let m = /^\/rest\/api\/3\/issue\/([^/]+)$/.exec(url.pathname);
    if (m) return serve(m[1]!, 'issue.json', issueMissing);
    m = /^\/rest\/api\/3\/issue\/([^/]+)\/comment$/.exec(url.pathname);
    if (m) return serve(m[1]!, 'comments.json', issueMissing);
    m = /^\/rest\/servicedeskapi\/request\/([^/]+)\/comment$/.exec(url.pathname);
    if (m) return serve(m[1]!, 'request-comments.json', { errorMessage: 'The request could not be found.' });
    return jsonResponse({ errorMessages: ['Not found'] }, 404);
  };
  return { fetch: fetchFake as typeof fetch, requests };
}

/** The committed board-with-issue-modal page, parsed by jsdom at its real URL. */
export function issueViewPage(url = `${ORIGIN}/jira/software/c/projects/SUP/boards/12?selectedIssue=SUP-4211`): Jsdom {
  return new JSDOM(readFileSync(join(FIXTURES, 'issue-view.html'), 'utf8'), { url });
}
