// One DNS label under zendesk.com: `acme.zendesk.com`, never `zendesk.com.evil.example`.
const ZENDESK_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.zendesk\.com$/;
// Agent Workspace ticket route; tabs inside a ticket add segments (`/agent/tickets/123/events`).
const TICKET_PATH = /^\/agent\/tickets\/([1-9]\d{0,15})(?:\/.*)?$/;

export function isZendeskHost(hostname: string): boolean {
  return ZENDESK_HOST.test(hostname);
}

/** The Zendesk ticket id a URL shows, or null for any other page. */
export function ticketIdFromUrl(url: URL): string | null {
  return TICKET_PATH.exec(url.pathname)?.[1] ?? null;
}

/** True when `url` is on the same origin as the helpdesk page (used before following API links). */
export function isSameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
