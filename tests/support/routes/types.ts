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
 * Reliability faults (see fixtureServer.ts's parseApiMode for the grammar):
 * - 'status:<code>:retry-after=<s>': that status with a Retry-After header;
 * - 'huge' / 'huge:<bytes>': a 200 body of that size (default 5 MiB), sent chunked without a
 *   Content-Length; 'huge:<bytes>:declared' sends the Content-Length, 'huge:endless' never ends;
 * - any mode + ':first=<n>': only the first n requests to each API path get the fault.
 */
export type ApiMode =
  | 'ok'
  | `status:${number}`
  | 'malformed'
  | 'hang'
  | `status:${number}:${string}`
  | 'huge'
  | `huge:${string}`
  | `malformed:${string}`
  | `hang:${string}`;

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
