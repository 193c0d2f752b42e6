// The contract between the fixture server and one helpdesk's fixture routes. Adding a
// helpdesk (Freshdesk, Jira) = one more module implementing HelpdeskRoutes, listed in
// fixtureServer.ts's route list.
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * How the helpdesk's API answers, for testing the extension's failure paths:
 * - 'ok': fixture JSON;
 * - 'status:<code>': every API path answers that HTTP status (e.g. 'status:401');
 * - 'malformed': 200 with a body that is not JSON;
 * - 'hang': never answers (the socket is destroyed when the server closes).
 */
export type ApiMode = 'ok' | `status:${number}` | 'malformed' | 'hang';

export interface RouteRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Host header without port, lower-cased (e.g. acme.zendesk.com). */
  host: string;
}

export interface HelpdeskRoutes {
  name: string;
  /** Whether this module serves the host (e.g. any *.zendesk.com). */
  matchesHost(host: string): boolean;
  /** Paths that are the helpdesk's API; the server applies the ApiMode to them. */
  isApiPath(pathname: string): boolean;
  /** Answers the request and returns true, or returns false to let the server 404. */
  handle(request: RouteRequest): boolean | Promise<boolean>;
}

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, body: string | object): void {
  send(res, status, typeof body === 'string' ? body : JSON.stringify(body), {
    'Content-Type': 'application/json; charset=utf-8',
  });
}
