import type { HelpdeskId } from '../context';
import type { HelpdeskAdapter, TicketRef } from './types';
import { zendeskAdapter } from './zendesk';

/** Every supported helpdesk. Adding one = one adapter folder + one line here. */
export const adapters: readonly HelpdeskAdapter[] = [zendeskAdapter];

/** A helpdesk on the customer's own domain (Freshdesk custom domain, Jira Data Center). */
export interface CustomHost {
  /** host[:port], as in URL.host */
  host: string;
  helpdesk: HelpdeskId;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The ticket `adapter` sees at `url`, on one of its own hosts or a custom host added for it. */
export function ticketRefFor(adapter: HelpdeskAdapter, url: string, customHosts: readonly CustomHost[] = []): TicketRef | null {
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password) return null;
  const custom = customHosts.some((c) => c.helpdesk === adapter.id && c.host === parsed.host);
  // Cloud helpdesks are https only; a self-hosted one is whatever the agent added it as.
  const accepted = custom ? parsed.protocol === 'https:' || parsed.protocol === 'http:' : parsed.protocol === 'https:' && adapter.isHelpdeskHost(parsed.hostname);
  if (!accepted) return null;
  const ticketId = adapter.ticketIdFromUrl(parsed);
  return ticketId ? { helpdesk: adapter.id, ticketId, origin: parsed.origin, url: parsed.href } : null;
}

/** The adapter and ticket for a page URL, or null when no helpdesk ticket is shown. */
export function detectTicket(
  url: string,
  customHosts: readonly CustomHost[] = [],
): { adapter: HelpdeskAdapter; ref: TicketRef } | null {
  for (const adapter of adapters) {
    const ref = ticketRefFor(adapter, url, customHosts);
    if (ref) return { adapter, ref };
  }
  return null;
}

export function adapterById(id: string): HelpdeskAdapter | undefined {
  return adapters.find((adapter) => adapter.id === id);
}
