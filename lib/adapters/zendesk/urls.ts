import type { TicketRef } from '../types';

// One DNS label under zendesk.com: `acme.zendesk.com`, never `zendesk.com.evil.example`.
const ZENDESK_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.zendesk\.com$/;
// Agent Workspace ticket route; tabs inside a ticket add segments (`/agent/tickets/123/events`).
const TICKET_PATH = /^\/agent\/tickets\/([1-9]\d{0,15})(?:\/.*)?$/;

/** The Zendesk ticket a URL shows, or null for any other page or host. */
export function ticketFromUrl(url: string): TicketRef | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return null;
  if (!ZENDESK_HOST.test(parsed.hostname)) return null;
  const ticketId = TICKET_PATH.exec(parsed.pathname)?.[1];
  if (!ticketId) return null;
  return { helpdesk: 'zendesk', ticketId, origin: parsed.origin, url: parsed.href };
}

/** True when `url` is on the same origin as the helpdesk page (used before following API links). */
export function isSameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
