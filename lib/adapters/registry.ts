import type { CustomHost } from '../customHosts';
import { ticketRefFor } from './ticketRef';
import type { HelpdeskAdapter, TicketRef } from './types';
import { zendeskAdapter } from './zendesk';
import { freshdeskAdapter } from './freshdesk';
import { jiraAdapter } from './jira';

/**
 * Every supported helpdesk. Adding one = one adapter folder, one line here, and its content
 * script entry (entrypoints/{id}.content.ts, three lines) — the convention test checks all three.
 */
export const adapters: readonly HelpdeskAdapter[] = [zendeskAdapter, freshdeskAdapter, jiraAdapter];

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

export { ticketRefFor };
