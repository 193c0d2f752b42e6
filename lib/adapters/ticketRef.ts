import type { CustomHost } from '../customHosts';
import type { HelpdeskAdapter, TicketRef } from './types';

// Apart from the registry so that a helpdesk's content script bundles only its own adapter.

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
  // Cloud helpdesks are https only; a self-hosted one is whatever the agent added it as.
  const custom = customHosts.some((c) => c.helpdesk === adapter.id && c.host === parsed.host && c.protocol === parsed.protocol);
  const accepted = custom || (parsed.protocol === 'https:' && adapter.isHelpdeskHost(parsed.hostname));
  if (!accepted) return null;
  const ticketId = adapter.ticketIdFromUrl(parsed);
  return ticketId ? { helpdesk: adapter.id, ticketId, origin: parsed.origin, url: parsed.href } : null;
}
