import type { HelpdeskId } from './context';
import type { Draft } from './draft';

/** Each helpdesk's agent ticket page, as its adapter recognises it (see lib/adapters/{id}/urls.ts). */
const TICKET_PATHS: Record<HelpdeskId, string> = {
  zendesk: '/agent/tickets/',
  freshdesk: '/a/tickets/',
  jira: '/browse/',
};

function parseWebUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Where "Open ticket" goes for a draft. The address saved with the draft wins (it keeps a Jira
 * Data Center context path or a custom domain's http:), but only when it is a web address on
 * the draft's own host: a damaged or tampered row must not turn the link into javascript:,
 * data: or another site. Otherwise the address is rebuilt from the helpdesk's ticket route.
 * Null when not even the host makes a sound address; the manager then shows the id unlinked.
 */
export function ticketUrl(draft: Pick<Draft, 'helpdesk' | 'host' | 'ticketId' | 'url'>): string | null {
  const stored = draft.url === undefined ? null : parseWebUrl(draft.url);
  if (stored && stored.host === draft.host && !stored.username && !stored.password) return stored.href;

  // The host must come back from the URL parser unchanged: "evil.example/x?" or "a@b" would not.
  const origin = parseWebUrl(`https://${draft.host}`);
  if (!origin || origin.host !== draft.host || origin.username || origin.password || origin.pathname !== '/' || origin.search || origin.hash) {
    return null;
  }
  return `${origin.origin}${TICKET_PATHS[draft.helpdesk]}${encodeURIComponent(draft.ticketId)}`;
}
