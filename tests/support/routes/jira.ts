// Jira Service Management fixture routes: issue pages (queue / browse full-page view, board with
// the issue modal) rendered from recorded API JSON with a real ProseMirror editor, and the
// same-origin REST APIs the content script reads with the agent's session.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { jiraPageScript } from '../../fixtures/jira/bundlePageScript';
import { jiraPageCss } from '../../fixtures/jira/pageStyle';
import {
  JIRA_PAGE_CSS_PATH,
  JIRA_PAGE_SCRIPT_PATH,
  type JiraIssueBundle,
  type JiraPageLayout,
  loadJiraBundles,
  renderJiraPage,
} from '../../fixtures/jira/renderPage';
import { send, sendJson, type HelpdeskRoutes } from './types';
import { applyDrift } from './drift';
import { serveGeneratedJira } from '../../fixtures/generated/routes';
import { serveHostileJira } from '../../fixtures/hostile/routes';

const apiDir = resolve(import.meta.dirname, '../../fixtures/jira/api');
const issuesDir = join(apiDir, 'issues');
const KEY = /^[A-Z][A-Z0-9_]*-[1-9]\d*$/;

/** ProseMirror's own editor CSS (white-space handling the editor relies on), then the page's. */
function pageCss(): string {
  const file = createRequire(import.meta.url).resolve('prosemirror-view/style/prosemirror.css');
  return `${readFileSync(file, 'utf8')}\n${jiraPageCss}`;
}

/**
 * Like Jira Cloud: scripts only from the page's own origin, no inline script or event handlers,
 * so handlers smuggled in by a hostile issue are blocked in the page itself (violations are
 * reported to /__csp-report). Styles may be inline: Atlaskit writes style attributes.
 */
export const jiraCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  'report-uri /__csp-report',
].join('; ');

function issueFile(key: string, name: 'issue.json' | 'request-comments.json' | 'comments.json'): string | undefined {
  if (!KEY.test(key)) return undefined;
  const file = join(issuesDir, key, name);
  return existsSync(file) ? file : undefined;
}

// Jira's answers for a missing issue: the platform API's and Service Management's shapes.
const issueNotFound = { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} };
const requestNotFound = { errorMessage: 'The request could not be found.', i18nErrorMessage: { i18nKey: 'sd.request.not.found', parameters: [] } };

/** Page URL → which page to render: the issue shown and the layout around it. */
function pageFor(url: URL): { key: string; layout: JiraPageLayout } | undefined {
  const path = url.pathname;
  let m = /^\/browse\/([^/]+)\/?$/.exec(path);
  if (m) return { key: m[1]!, layout: 'issue' };
  m = /^(?:\/jira\/servicedesk)?\/projects\/[A-Z][A-Z0-9_]*\/queues\/(?:custom\/\d+|issue)\/([^/]+)\/?$/.exec(path);
  if (m) return { key: m[1]!, layout: 'issue' };
  if (/^\/jira\/(?:software|servicedesk)(?:\/c)?\/projects\/[A-Z][A-Z0-9_]*\/(?:boards\/\d+|queues\/custom\/\d+\/board\/\d+)(?:\/backlog)?\/?$/.test(path)) {
    return { key: url.searchParams.get('selectedIssue') ?? '', layout: 'board' };
  }
  return undefined;
}

export function createJiraRoutes(): HelpdeskRoutes {
  let bundles: JiraIssueBundle[] | undefined;
  const getBundles = () => (bundles ??= loadJiraBundles(apiDir));
  // Built once at server start (esbuild), served from memory.
  const script = jiraPageScript();
  script.catch(() => {});
  let css: string | undefined;

  const sendPage = (res: Parameters<typeof send>[0], status: number, html: string) =>
    send(res, status, html, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': jiraCsp });

  return {
    name: 'jira',
    matchesHost: (host) => host === 'atlassian.net' || host.endsWith('.atlassian.net'),
    isApiPath: (pathname) => pathname.startsWith('/rest/'),
    async handle({ req, res, url, host }) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      // Generated tickets for `npm run bench` (1,000 comments and the like): see tests/fixtures/generated.
      if (serveGeneratedJira(url, res, sendPage)) return true;
      // The hostile-input corpus on its own host: see tests/fixtures/hostile.
      if (serveHostileJira(host, url, res, sendPage)) return true;
      const path = url.pathname;

      if (path === JIRA_PAGE_SCRIPT_PATH) {
        send(res, 200, await jiraPageScript(), { 'Content-Type': 'text/javascript; charset=utf-8' });
        return true;
      }
      if (path === JIRA_PAGE_CSS_PATH) {
        send(res, 200, (css ??= pageCss()), { 'Content-Type': 'text/css; charset=utf-8' });
        return true;
      }

      // expand=… and pagination parameters are ignored: the fixtures hold everything.
      let m = /^\/rest\/api\/3\/issue\/([^/]+)$/.exec(path);
      if (m) {
        const file = issueFile(decodeURIComponent(m[1]!), 'issue.json');
        sendJson(res, file ? 200 : 404, file ? readFileSync(file, 'utf8') : issueNotFound);
        return true;
      }
      m = /^\/rest\/api\/3\/issue\/([^/]+)\/comment$/.exec(path);
      if (m) {
        const file = issueFile(decodeURIComponent(m[1]!), 'comments.json');
        sendJson(res, file ? 200 : 404, file ? readFileSync(file, 'utf8') : issueNotFound);
        return true;
      }
      m = /^\/rest\/servicedeskapi\/request\/([^/]+)\/comment$/.exec(path);
      if (m) {
        const file = issueFile(decodeURIComponent(m[1]!), 'request-comments.json');
        sendJson(res, file ? 200 : 404, file ? readFileSync(file, 'utf8') : requestNotFound);
        return true;
      }

      const page = pageFor(url);
      if (!page) return false;
      if (page.key && !issueFile(page.key, 'issue.json')) {
        sendPage(res, 404, `<!doctype html><title>Not found</title><h1>No fixture issue ${page.key.replace(/[^\w-]/g, '')}</h1>`);
        return true;
      }
      await script; // the page is useless without its script: fail here, loudly, if it did not build
      // ?drift=… serves the page as a UI change would leave it (tests/support/routes/drift.ts).
      sendPage(res, 200, applyDrift('jira', url, renderJiraPage(getBundles(), page.key, page.layout)));
      return true;
    },
  };
}
