// One DNS label under freshdesk.com: `acme.freshdesk.com`, never `freshdesk.com.evil.example`
// nor `a.b.freshdesk.com`. Custom domains (support.acme.com) are added by the agent in settings.
const FRESHDESK_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.freshdesk\.com$/;
// The agent UI's ticket route (`/a/tickets/5100`); its sub-views add segments
// (`/a/tickets/5100/time-logs`). `/a/tickets/new` and the customer portal
// (`/support/tickets/5100`) are not agent ticket pages.
const TICKET_PATH = /^\/a\/tickets\/([1-9]\d{0,15})(?:\/.*)?$/;

export function isFreshdeskHost(hostname: string): boolean {
  return FRESHDESK_HOST.test(hostname);
}

/** The Freshdesk ticket id a URL shows, or null for any other page. */
export function ticketIdFromUrl(url: URL): string | null {
  return TICKET_PATH.exec(url.pathname)?.[1] ?? null;
}
