// Zendesk fixture routes: the agent page (rendered from recorded API JSON with the real
// CKEditor 5) and the same-origin API the content script reads with the agent's session.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  loadZendeskBundles,
  renderZendeskPage,
  ZENDESK_PAGE_CSS_PATH,
  ZENDESK_PAGE_SCRIPT_PATH,
  zendeskPageScript,
  type ZendeskTicketBundle,
} from '../../fixtures/zendesk/renderPage';
import { zendeskPageCss } from '../../fixtures/zendesk/pageStyle';
import { send, sendJson, type HelpdeskRoutes } from './types';
import { applyDrift } from './drift';
import { serveGeneratedZendesk } from '../../fixtures/generated/routes';
import { serveHostileZendesk } from '../../fixtures/hostile/routes';

const fixturesDir = resolve(import.meta.dirname, '../../fixtures/zendesk');
const apiDir = join(fixturesDir, 'api');
const ticketsDir = join(apiDir, 'tickets');

/**
 * Like Zendesk's agent UI: scripts only from the page's own origin, no inline script or
 * event handlers. Inline handlers smuggled in by a hostile ticket are therefore blocked in the
 * page itself; the violation is still reported to /__csp-report, which tests can read.
 * chrome-extension:// frames bypass the page CSP in Chromium, so the panel iframe loads.
 */
export const zendeskCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // CKEditor 5 writes style attributes
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  'report-uri /__csp-report',
].join('; ');

function ticketFile(id: string, name: 'ticket.json' | 'comments.json'): string | undefined {
  if (!/^\d+$/.test(id)) return undefined;
  const file = join(ticketsDir, id, name);
  return existsSync(file) ? file : undefined;
}

function notFoundApi() {
  // Zendesk's shape for a missing record.
  return { error: 'RecordNotFound', description: 'Not found' };
}

export function createZendeskRoutes(): HelpdeskRoutes {
  let bundles: ZendeskTicketBundle[] | undefined;
  const getBundles = () => (bundles ??= loadZendeskBundles(apiDir));

  const sendPage = (res: Parameters<typeof send>[0], status: number, html: string) =>
    send(res, status, html, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': zendeskCsp,
    });

  return {
    name: 'zendesk',
    matchesHost: (host) => host === 'zendesk.com' || host.endsWith('.zendesk.com'),
    isApiPath: (pathname) => pathname.startsWith('/api/'),
    handle({ req, res, url, host }) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      // Generated tickets for `npm run bench` (1,000 comments and the like): see tests/fixtures/generated.
      if (serveGeneratedZendesk(url, res, sendPage)) return true;
      // The hostile-input corpus on its own host: see tests/fixtures/hostile.
      if (serveHostileZendesk(host, url, res, sendPage)) return true;
      const path = url.pathname;

      if (path === ZENDESK_PAGE_SCRIPT_PATH) {
        send(res, 200, zendeskPageScript, { 'Content-Type': 'text/javascript; charset=utf-8' });
        return true;
      }
      if (path === ZENDESK_PAGE_CSS_PATH) {
        send(res, 200, zendeskPageCss, { 'Content-Type': 'text/css; charset=utf-8' });
        return true;
      }

      if (path === '/api/v2/ticket_fields.json') {
        sendJson(res, 200, readFileSync(join(apiDir, 'ticket_fields.json'), 'utf8'));
        return true;
      }
      // include=users,organizations etc. are ignored: the fixtures already side-load them.
      let m = /^\/api\/v2\/tickets\/([^/]+)\.json$/.exec(path);
      if (m) {
        const file = ticketFile(m[1]!, 'ticket.json');
        if (file) sendJson(res, 200, readFileSync(file, 'utf8'));
        else sendJson(res, 404, notFoundApi());
        return true;
      }
      m = /^\/api\/v2\/tickets\/([^/]+)\/comments\.json$/.exec(path);
      if (m) {
        const file = ticketFile(m[1]!, 'comments.json');
        if (file) sendJson(res, 200, readFileSync(file, 'utf8'));
        else sendJson(res, 404, notFoundApi());
        return true;
      }

      if (path === '/agent' || path.startsWith('/agent/')) {
        const ticket = /^\/agent\/tickets\/([^/]+)\/?$/.exec(path);
        const id = ticket?.[1] ?? '';
        if (ticket && !ticketFile(id, 'ticket.json')) {
          sendPage(res, 404, `<!doctype html><title>Not found</title><h1>No fixture ticket ${id.replace(/[^\w-]/g, '')}</h1>`);
          return true;
        }
        // Other /agent/... views (dashboard, views) render the agent shell with no active ticket.
        // ?drift=… serves the page as a UI change would leave it (tests/support/routes/drift.ts).
        sendPage(res, 200, applyDrift('zendesk', url, renderZendeskPage(getBundles(), id)));
        return true;
      }
      return false;
    },
  };
}
