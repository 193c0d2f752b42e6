import { describe, expect, it } from 'vitest';
import { ticketRefFor } from '../../../lib/adapters/ticketRef';
import { zendeskAdapter } from '../../../lib/adapters/zendesk';
import examples from '../../fixtures/zendesk/urls.json';

// Which URLs are tickets is listed once, in tests/fixtures/zendesk/urls.json, and checked by
// the adapter convention test; here: what a ticket ref carries.
describe('zendesk ticket refs', () => {
  it.each(examples.tickets)('carries origin and normalised URL for $url', ({ url, ticketId }) => {
    const ref = ticketRefFor(zendeskAdapter, url);
    expect(ref).toMatchObject({ helpdesk: 'zendesk', ticketId, origin: new URL(url).origin });
    expect(ref?.url).toBe(new URL(url).href);
  });

  it('treats an upper-case host like the lower-case one', () => {
    expect(ticketRefFor(zendeskAdapter, 'https://ACME-support.Zendesk.com/agent/tickets/7')?.origin).toBe('https://acme-support.zendesk.com');
  });

  it('accepts a custom host only for the helpdesk it was added for', () => {
    const custom = [{ host: 'support.example.org', protocol: 'https:' as const, helpdesk: 'zendesk' as const }];
    expect(ticketRefFor(zendeskAdapter, 'https://support.example.org/agent/tickets/9', custom)?.ticketId).toBe('9');
    expect(ticketRefFor(zendeskAdapter, 'https://support.example.org/agent/tickets/9')).toBeNull();
    expect(ticketRefFor(zendeskAdapter, 'http://support.example.org/agent/tickets/9', custom)).toBeNull();
    expect(ticketRefFor(zendeskAdapter, 'https://support.example.org/agent/tickets/9', [{ host: 'support.example.org', protocol: 'https:', helpdesk: 'jira' }])).toBeNull();
  });
});
