// One local HTTPS server for every helpdesk's fixture pages and APIs. Chromium reaches it
// under the real host names (acme.zendesk.com …) through --host-resolver-rules (see
// browser.ts), so the extension's real match patterns apply unchanged. Requests are routed
// by Host header to one module per helpdesk (tests/support/routes/).
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { makeFixtureCert } from './certs';
import { serveStaticAsset } from './routes/static';
import { send, type ApiMode, type HelpdeskRoutes } from './routes/types';
import { createZendeskRoutes } from './routes/zendesk';
import { createFreshdeskRoutes } from './routes/freshdesk';
import { createJiraRoutes } from './routes/jira';

export type { ApiMode } from './routes/types';

export interface RecordedRequest {
  method: string;
  /** Path plus query string. */
  path: string;
  host: string;
}

export interface FixtureServerOptions {
  /** Port to listen on; 0 (default) picks a free one. Used by restart to keep the port. */
  port?: number;
  apiMode?: ApiMode;
  /** Helpdesk route modules; defaults to all of them. */
  routes?: HelpdeskRoutes[];
}

export interface FixtureServer {
  port: number;
  /** https://<host>:<port>, for reaching the server directly (not through host rules). */
  origin(host?: string): string;
  /** Every /__pwned request (path + query): a hostile payload executed somewhere. */
  pwnedHits: string[];
  /** CSP violation reports the fixture pages sent (blocked inline scripts and the like). */
  cspReports: unknown[];
  requests: RecordedRequest[];
  setApiMode(mode: ApiMode): void;
  readonly apiMode: ApiMode;
  /** Forgets recorded requests, pwned hits and CSP reports. */
  resetRecords(): void;
  close(): Promise<void>;
}

export function defaultRoutes(): HelpdeskRoutes[] {
  return [createZendeskRoutes(), createFreshdeskRoutes(), createJiraRoutes()];
}

function parseApiMode(mode: ApiMode): { status: number } | 'ok' | 'malformed' | 'hang' {
  if (mode === 'ok' || mode === 'malformed' || mode === 'hang') return mode;
  const m = /^status:(\d{3})$/.exec(mode);
  if (!m) throw new Error(`Unknown fixture API mode: ${mode}`);
  return { status: Number(m[1]) };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolveBody(''));
  });
}

export async function startFixtureServer(opts: FixtureServerOptions = {}): Promise<FixtureServer> {
  const { key, cert } = makeFixtureCert();
  const routes = opts.routes ?? defaultRoutes();
  let apiMode: ApiMode = opts.apiMode ?? 'ok';
  parseApiMode(apiMode);
  const requests: RecordedRequest[] = [];
  const pwnedHits: string[] = [];
  const cspReports: unknown[] = [];
  const sockets = new Set<Socket>();
  const hanging = new Set<ServerResponse>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path, host });
    const url = new URL(path, `https://${host || 'localhost'}`);

    if (url.pathname.startsWith('/__pwned')) {
      pwnedHits.push(path);
      // Let a cross-origin fetch from a hostile payload complete quietly.
      res.writeHead(204, { 'Access-Control-Allow-Origin': '*' });
      res.end();
      return;
    }
    if (url.pathname === '/__csp-report' && req.method === 'POST') {
      const body = await readBody(req);
      try {
        cspReports.push(JSON.parse(body));
      } catch {
        cspReports.push(body);
      }
      res.writeHead(204);
      res.end();
      return;
    }

    const module = routes.find((r) => r.matchesHost(host));
    if (module?.isApiPath(url.pathname)) {
      const mode = parseApiMode(apiMode);
      if (mode === 'hang') {
        // Never answered; destroyed on close so the server can shut down.
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if (mode === 'malformed') {
        send(res, 200, '{"ticket": {"id": 42, "subject": "trunc', {
          'Content-Type': 'application/json; charset=utf-8',
        });
        return;
      }
      if (mode !== 'ok') {
        send(res, mode.status, JSON.stringify({ error: `Fixture API mode ${apiMode}` }), {
          'Content-Type': 'application/json; charset=utf-8',
        });
        return;
      }
    }
    if (module && (await module.handle({ req, res, url, host }))) return;
    if (serveStaticAsset(url.pathname, res)) return;
    send(res, 404, `No fixture route for ${req.method} ${host}${path}`, {
      'Content-Type': 'text/plain; charset=utf-8',
    });
  };

  const server: Server = createServer({ key, cert }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.error(`[fixture server] ${req.method} ${req.url}: ${message}`);
      if (!res.headersSent) send(res, 500, message, { 'Content-Type': 'text/plain; charset=utf-8' });
      else res.destroy();
    });
  });
  server.on('secureConnection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // TLS handshakes Chromium abandons (e.g. preconnects) are not worth a crash.
  server.on('tlsClientError', () => {});

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const port = (server.address() as AddressInfo).port;

  let closed: Promise<void> | undefined;
  return {
    port,
    origin: (host = 'localhost') => `https://${host}:${port}`,
    pwnedHits,
    cspReports,
    requests,
    get apiMode() {
      return apiMode;
    },
    setApiMode(mode) {
      parseApiMode(mode);
      apiMode = mode;
    },
    resetRecords() {
      requests.length = 0;
      pwnedHits.length = 0;
      cspReports.length = 0;
    },
    close() {
      closed ??= new Promise<void>((resolveClose) => {
        for (const res of hanging) res.destroy();
        hanging.clear();
        server.close(() => resolveClose());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      return closed;
    },
  };
}

/**
 * Closes the server and starts a fresh one on the same port (so a running Chromium's
 * host-resolver rules still point at it), with records cleared and the API mode kept
 * unless overridden.
 */
export async function restartFixtureServer(
  server: FixtureServer,
  opts: Omit<FixtureServerOptions, 'port'> = {},
): Promise<FixtureServer> {
  const port = server.port;
  const apiMode = opts.apiMode ?? server.apiMode;
  await server.close();
  return startFixtureServer({ ...opts, port, apiMode });
}
