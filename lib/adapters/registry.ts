import type { HelpdeskAdapter, TicketRef } from './types';
import { zendeskAdapter } from './zendesk';

/** Every supported helpdesk. Adding one = one adapter folder + one line here. */
export const adapters: readonly HelpdeskAdapter[] = [zendeskAdapter];

/** The adapter and ticket for a page URL, or null when no helpdesk ticket is shown. */
export function detectTicket(url: string): { adapter: HelpdeskAdapter; ref: TicketRef } | null {
  for (const adapter of adapters) {
    const ref = adapter.ticketFromUrl(url);
    if (ref) return { adapter, ref };
  }
  return null;
}

export function adapterById(id: string): HelpdeskAdapter | undefined {
  return adapters.find((adapter) => adapter.id === id);
}
