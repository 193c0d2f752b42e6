// One DNS label under atlassian.net: `acme.atlassian.net`, never `atlassian.net.evil.example`
// or `a.b.atlassian.net` (Atlassian Cloud sites are always a single label).
const JIRA_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.atlassian\.net$/;

/**
 * A Jira issue key: the project key (an upper-case letter, then upper-case letters, digits or
 * underscores) and the issue number (no leading zero). Jira's default project key pattern.
 */
export const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,254}-[1-9]\d{0,15}$/;
const KEY = '([A-Z][A-Z0-9_]{0,254}-[1-9]\\d{0,15})';
const PROJECT = '[A-Z][A-Z0-9_]*';

/** Paths whose last segment is the issue shown (full-page issue views). */
const ISSUE_PATHS: readonly RegExp[] = [
  // Issue page, in every Jira product; on Jira Data Center possibly under the server's
  // context path (https://corp.example/jira/browse/KEY).
  new RegExp(`^(?:/[A-Za-z0-9_.-]+)?/browse/${KEY}/?$`),
  // Service-management queue views: /queues/custom/{queueId}/{KEY} and /queues/issue/{KEY},
  // under /jira/servicedesk (current) or without the prefix (older links, still redirected).
  new RegExp(`^(?:/jira/servicedesk)?/projects/${PROJECT}/queues/(?:custom/\\d+|issue)/${KEY}/?$`),
  // The issue navigator's full-page issue (/jira/{product}/projects/{P}/issues/{KEY}).
  new RegExp(`^/jira/(?:servicedesk|software(?:/c)?|core)/projects/${PROJECT}/issues/${KEY}/?$`),
];

export function isJiraHost(hostname: string): boolean {
  return JIRA_HOST.test(hostname);
}

/**
 * The issue key a Jira URL shows, or null. Boards, backlogs, queues and lists open an issue as
 * a modal (or side panel) and keep its key in `?selectedIssue=`; that wins over the path
 * because it is the issue on top. The customer portal (/servicedesk/customer/…) is not an
 * agent view and is never matched: a note inserted there would go to the customer.
 */
export function issueKeyFromUrl(url: URL): string | null {
  const path = url.pathname;
  const selected = url.searchParams.get('selectedIssue');
  if (selected && ISSUE_KEY.test(selected) && (path.startsWith('/jira/') || ISSUE_PATHS.some((re) => re.test(path)))) {
    return selected;
  }
  for (const re of ISSUE_PATHS) {
    const key = re.exec(path)?.[1];
    if (key) return key;
  }
  return null;
}

/**
 * Where the REST API lives for the page at `url`: the origin, plus the context path a Jira
 * Data Center server may be installed under (`/jira` in https://corp.example/jira/browse/KEY).
 * Cloud sites have none.
 */
export function restBase(url: string): string {
  const parsed = new URL(url);
  const contextPath = /^(\/[A-Za-z0-9_.-]+)\/browse\//u.exec(parsed.pathname)?.[1] ?? '';
  return `${parsed.origin}${contextPath}`;
}
