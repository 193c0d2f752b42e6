// One local HTTPS server for every helpdesk's fixture pages and APIs. Chromium reaches it
// under the real host names (acme.zendesk.com …) through --host-resolver-rules (see
// browser.ts), so the extension's real match patterns apply unchanged. Requests are routed
// by Host header to one module per helpdesk (tests/support/routes/).
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { makeFixtureCert } from './certs';
import { serveStaticAsset } from './routes/static';
import { serveDriftAsset } from './routes/drift';
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
  /** When the request arrived (Date.now()). */
  at: number;
  /** The status answered, once the answer has been sent (undefined while hanging). */
  status?: number;
}

/**
 * An API mode for some API requests: those whose pathname `path` matches (a prefix, or a
 * pattern) and/or whose host is `host` (one fixture account, e.g. f401.zendesk.com, so tests
 * can run faults side by side on the same ticket).
 */
export interface PathFault {
  path?: string | RegExp;
  host?: string;
  mode: ApiMode;
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
  /**
   * How every API path answers from now on; `byPath` overrides it for some paths (first match
   * wins). Every call replaces the previous per-path faults and restarts ':first=<n>' counts.
   */
  setApiMode(mode: ApiMode, byPath?: PathFault[]): void;
  readonly apiMode: ApiMode;
  /** Forgets recorded requests, pwned hits and CSP reports. */
  resetRecords(): void;
  close(): Promise<void>;
}

export function defaultRoutes(): HelpdeskRoutes[] {
  return [createZendeskRoutes(), createFreshdeskRoutes(), createJiraRoutes()];
}

/** One parsed ApiMode. */
interface Fault {
  kind: 'ok' | 'status' | 'malformed' | 'hang' | 'huge';
  status?: number;
  /** Retry-After header value (seconds) sent with a 'status' fault. */
  retryAfter?: string;
  /** Body size of a 'huge' answer. */
  bytes?: number | 'endless';
  /** 'huge' with a Content-Length header (default: chunked, size unknown to the client). */
  declared?: boolean;
  /** Only the first n requests to each API path get the fault; later ones answer normally. */
  first?: number;
}

const DEFAULT_HUGE_BYTES = 5 * 1024 * 1024;

/**
 * 'ok' | 'malformed' | 'hang' | 'status:<code>' | 'huge', optionally followed by ':'-separated
 * options: 'status:<code>:retry-after=<s>', 'huge:<bytes>|endless', 'huge:…:declared', and
 * ':first=<n>' on any fault.
 */
function parseApiMode(mode: ApiMode): Fault {
  const [base, ...rest] = mode.split(':');
  const fault: Fault = { kind: 'ok' };
  if (base === 'status') {
    const code = rest.shift() ?? '';
    if (!/^\d{3}$/.test(code)) throw new Error(`Unknown fixture API mode: ${mode}`);
    fault.kind = 'status';
    fault.status = Number(code);
  } else if (base === 'huge') {
    fault.kind = 'huge';
    const size = rest[0] ?? '';
    fault.bytes = size === 'endless' ? 'endless' : /^\d+$/.test(size) ? Number(size) : DEFAULT_HUGE_BYTES;
    if (size === 'endless' || /^\d+$/.test(size)) rest.shift();
  } else if (base === 'ok' || base === 'malformed' || base === 'hang') {
    fault.kind = base;
  } else {
    throw new Error(`Unknown fixture API mode: ${mode}`);
  }
  for (const option of rest) {
    let m: RegExpExecArray | null;
    if (fault.kind === 'status' && (m = /^retry-after=(\d+)$/.exec(option))) fault.retryAfter = m[1];
    else if (fault.kind === 'huge' && option === 'declared') fault.declared = true;
    else if (fault.kind !== 'ok' && (m = /^first=(\d+)$/.exec(option))) fault.first = Number(m[1]);
    else throw new Error(`Unknown option ${option} in fixture API mode: ${mode}`);
  }
  if (fault.kind === 'huge' && fault.declared && fault.bytes === 'endless') throw new Error(`An endless body has no Content-Length: ${mode}`);
  return fault;
}

/**
 * A 200 JSON body of `bytes` bytes (`{"padding":"xxx…"}`), written in 64 KiB chunks with
 * back-pressure; stops as soon as the client goes away (a size cap that cancels the read).
 */
async function sendHuge(res: ServerResponse, bytes: number | 'endless', declared: boolean): Promise<void> {
  const head = '{"padding":"';
  const tail = '"}';
  const total = bytes === 'endless' ? Number.POSITIVE_INFINITY : Math.max(bytes, head.length + tail.length);
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(declared ? { 'Content-Length': String(total) } : {}),
  });
  let gone = false;
  res.on('close', () => {
    gone = true;
  });
  const chunk = Buffer.alloc(64 * 1024, 'x');
  res.write(head);
  let sent = head.length;
  while (!gone && sent < total - tail.length) {
    const n = Math.min(chunk.length, total - tail.length - sent);
    sent += n;
    if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
      await new Promise<void>((resolveDrain) => {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolveDrain();
        };
        res.on('drain', done);
        res.on('close', done);
      });
    }
  }
  if (!gone) res.end(tail);
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
  let fault = parseApiMode(apiMode);
  let pathFaults: { path?: string | RegExp; host?: string; fault: Fault }[] = [];
  /** Requests per API path (host + pathname) since the mode was set, for ':first=<n>'. */
  const apiHits = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  const pwnedHits: string[] = [];
  const cspReports: unknown[] = [];
  const sockets = new Set<Socket>();
  const hanging = new Set<ServerResponse>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = req.url ?? '/';
    const record: RecordedRequest = { method: req.method ?? 'GET', path, host, at: Date.now() };
    requests.push(record);
    res.on('finish', () => {
      record.status = res.statusCode;
    });
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
      const byPath = pathFaults.find(
        ({ path: p, host: h }) =>
          (h === undefined || h === host) && (p === undefined || (typeof p === 'string' ? url.pathname.startsWith(p) : p.test(url.pathname))),
      );
      const mode = byPath?.fault ?? fault;
      const key = `${host}${url.pathname}`;
      const hit = (apiHits.get(key) ?? 0) + 1;
      apiHits.set(key, hit);
      const faulty = mode.first === undefined || hit <= mode.first;
      if (faulty && mode.kind === 'hang') {
        // Never answered; destroyed on close so the server can shut down.
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if (faulty && mode.kind === 'malformed') {
        send(res, 200, '{"ticket": {"id": 42, "subject": "trunc', {
          'Content-Type': 'application/json; charset=utf-8',
        });
        return;
      }
      if (faulty && mode.kind === 'huge') {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        await sendHuge(res, mode.bytes ?? DEFAULT_HUGE_BYTES, mode.declared ?? false);
        return;
      }
      if (faulty && mode.kind === 'status') {
        send(res, mode.status!, JSON.stringify({ error: `Fixture API mode ${apiMode}` }), {
          'Content-Type': 'application/json; charset=utf-8',
          ...(mode.retryAfter !== undefined ? { 'Retry-After': mode.retryAfter } : {}),
        });
        return;
      }
    }
    if (module && (await module.handle({ req, res, url, host }))) return;
    if (serveStaticAsset(url.pathname, res)) return;
    if (serveDriftAsset(url.pathname, res)) return;
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
    setApiMode(mode, byPath = []) {
      const parsed = parseApiMode(mode);
      const parsedPaths = byPath.map(({ path: p, host: h, mode: m }) => ({ path: p, host: h?.toLowerCase(), fault: parseApiMode(m) }));
      apiMode = mode;
      fault = parsed;
      pathFaults = parsedPaths;
      apiHits.clear();
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
