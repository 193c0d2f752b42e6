import type { CustomHost } from '../customHosts';
import type { HelpdeskAdapter, TicketRef } from './types';
import { zendeskAdapter } from './zendesk';
import { freshdeskAdapter } from './freshdesk';
import { jiraAdapter } from './jira';

/** Every supported helpdesk. Adding one = one adapter folder + one line here. */
export const adapters: readonly HelpdeskAdapter[] = [zendeskAdapter, freshdeskAdapter, jiraAdapter];

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
