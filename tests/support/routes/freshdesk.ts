// Freshdesk fixture routes: the agent page (rendered from recorded agent-UI API JSON with the
// real Froala editor) and the same-origin APIs the content script reads with the session:
// the agent UI's own `/api/_/…` and the documented `/api/v2/…`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  FRESHDESK_PAGE_CSS_PATH,
  FRESHDESK_PAGE_SCRIPT_PATH,
  freshdeskPageScript,
  loadFreshdeskBundles,
  renderFreshdeskPage,
  type FreshdeskTicketBundle,
} from '../../fixtures/freshdesk/renderPage';
import { freshdeskPageCss } from '../../fixtures/freshdesk/pageStyle';
import { send, sendJson, type HelpdeskRoutes } from './types';
import { applyDrift } from './drift';
import { serveGeneratedFreshdesk } from '../../fixtures/generated/routes';
import { serveHostileFreshdesk } from '../../fixtures/hostile/routes';

const apiDir = resolve(import.meta.dirname, '../../fixtures/freshdesk/api');
const ticketsDir = join(apiDir, 'tickets');

/**
 * Like the agent UI: scripts only from the page's own origin, no inline script or handlers.
 * A hostile ticket's inline handlers are blocked in the page itself and reported to
 * /__csp-report. chrome-extension:// frames bypass the page CSP, so the panel iframe loads.
 */
export const freshdeskCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // Froala writes style attributes
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  'report-uri /__csp-report',
].join('; ');

type Family = 'private' | 'v2';
type Kind = 'ticket' | 'conversations';

function ticketFile(family: Family, id: string, kind: Kind): string | undefined {
  if (!/^\d+$/.test(id)) return undefined;
  const file = join(ticketsDir, id, ...(family === 'v2' ? ['v2'] : []), `${kind}.json`);
  return existsSync(file) ? file : undefined;
}

function notFound() {
  return { code: 'not_found', message: 'The requested resource could not be found' };
}

/** One page of conversations, the way Freshdesk pages them (`page`, `per_page`, max 100). */
function conversationPage(family: Family, file: string, url: URL): unknown {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { conversations: unknown[] } | unknown[];
  const all = Array.isArray(json) ? json : json.conversations;
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  const slice = all.slice((page - 1) * perPage, page * perPage);
  return family === 'v2' ? slice : { conversations: slice };
}

export interface FreshdeskRoutes extends HelpdeskRoutes {
  /**
   * How the agent UI's own API (`/api/_/…`) answers, on top of the server's API mode: 'ok', or
   * an HTTP status for every `/api/_/` path (403/404 make the adapter fall back to /api/v2).
   */
  setPrivateApi(mode: 'ok' | number): void;
}

export function createFreshdeskRoutes(): FreshdeskRoutes {
  let bundles: FreshdeskTicketBundle[] | undefined;
  const getBundles = () => (bundles ??= loadFreshdeskBundles(apiDir));
  let privateApi: 'ok' | number = 'ok';

  const sendPage = (res: Parameters<typeof send>[0], status: number, html: string) =>
    send(res, status, html, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': freshdeskCsp });

  return {
    name: 'freshdesk',
    matchesHost: (host) => host === 'freshdesk.com' || host.endsWith('.freshdesk.com'),
    isApiPath: (pathname) => pathname.startsWith('/api/'),
    setPrivateApi(mode) {
      privateApi = mode;
    },
    handle({ req, res, url, host }) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      // Generated tickets for `npm run bench` (1,000 comments and the like): see tests/fixtures/generated.
      if (serveGeneratedFreshdesk(url, res, sendPage)) return true;
      // The hostile-input corpus on its own host: see tests/fixtures/hostile.
      if (serveHostileFreshdesk(host, url, res, sendPage)) return true;
      const path = url.pathname;

      if (path === FRESHDESK_PAGE_SCRIPT_PATH) {
        send(res, 200, freshdeskPageScript, { 'Content-Type': 'text/javascript; charset=utf-8' });
        return true;
      }
      if (path === FRESHDESK_PAGE_CSS_PATH) {
        send(res, 200, freshdeskPageCss, { 'Content-Type': 'text/css; charset=utf-8' });
        return true;
      }

      const api = /^\/api\/(_|v2)\/(.+)$/.exec(path);
      if (api) {
        const family: Family = api[1] === '_' ? 'private' : 'v2';
        if (family === 'private' && privateApi !== 'ok') {
          sendJson(res, privateApi, { code: 'access_denied', message: `Fixture private API answers ${privateApi}` });
          return true;
        }
        const rest = api[2]!;
        if (rest === 'ticket_fields') {
          sendJson(res, 200, readFileSync(join(apiDir, 'ticket_fields.json'), 'utf8'));
          return true;
        }
        // include=… is ignored: the fixtures already carry requester and company.
        let m = /^tickets\/([^/]+)$/.exec(rest);
        if (m) {
          const file = ticketFile(family, m[1]!, 'ticket');
          if (file) sendJson(res, 200, readFileSync(file, 'utf8'));
          else sendJson(res, 404, notFound());
          return true;
        }
        m = /^tickets\/([^/]+)\/conversations$/.exec(rest);
        if (m) {
          const file = ticketFile(family, m[1]!, 'conversations');
          if (file) sendJson(res, 200, conversationPage(family, file, url) as object);
          else sendJson(res, 404, notFound());
          return true;
        }
        sendJson(res, 404, notFound());
        return true;
      }

      if (path === '/a' || path.startsWith('/a/')) {
        const ticket = /^\/a\/tickets\/([^/]+)(?:\/.*)?$/.exec(path);
        const id = ticket?.[1] ?? '';
        if (ticket && !ticketFile('private', id, 'ticket')) {
          sendPage(res, 404, `<!doctype html><title>Not found</title><h1>No fixture ticket ${id.replace(/[^\w-]/g, '')}</h1>`);
          return true;
        }
        // Other agent views (dashboard, ticket list) render the shell with no ticket shown.
        // ?drift=… serves the page as a UI change would leave it (tests/support/routes/drift.ts).
        sendPage(res, 200, applyDrift('freshdesk', url, renderFreshdeskPage(getBundles(), id)));
        return true;
      }
      return false;
    },
  };
}
