import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../../lib/adapters/freshdesk';
import { ticketRefFor } from '../../../lib/adapters/ticketRef';
import examples from '../../fixtures/freshdesk/urls.json';

// Which URLs are tickets is listed once, in tests/fixtures/freshdesk/urls.json, and checked by
// the adapter convention test (including every other helpdesk's ticket URLs); here: what a
// ticket ref carries, and the cases that need more than a list.
describe('freshdesk ticket refs', () => {
  it.each(examples.tickets)('carries origin and normalised URL for $url', ({ url, ticketId }) => {
    const ref = ticketRefFor(freshdeskAdapter, url);
    expect(ref).toMatchObject({ helpdesk: 'freshdesk', ticketId, origin: new URL(url).origin });
    expect(ref?.url).toBe(new URL(url).href);
  });

  it('accepts one DNS label under freshdesk.com only', () => {
    expect(freshdeskAdapter.isHelpdeskHost('acme.freshdesk.com')).toBe(true);
    expect(freshdeskAdapter.isHelpdeskHost('acme-support.freshdesk.com')).toBe(true);
    for (const host of ['freshdesk.com', 'eu.acme.freshdesk.com', 'acme.freshdesk.com.evil.example', '-acme.freshdesk.com', 'acme.zendesk.com']) {
      expect(freshdeskAdapter.isHelpdeskHost(host), host).toBe(false);
    }
  });

  it('treats an upper-case host like the lower-case one', () => {
    expect(ticketRefFor(freshdeskAdapter, 'https://ACME-support.Freshdesk.com/a/tickets/7')?.origin).toBe('https://acme-support.freshdesk.com');
  });

  it('accepts a custom domain only for Freshdesk and the protocol it was added with', () => {
    const custom = [{ host: 'support.acme.example', protocol: 'https:' as const, helpdesk: 'freshdesk' as const }];
    expect(ticketRefFor(freshdeskAdapter, 'https://support.acme.example/a/tickets/5100', custom)).toMatchObject({ ticketId: '5100', origin: 'https://support.acme.example' });
    expect(ticketRefFor(freshdeskAdapter, 'https://support.acme.example/a/tickets/5100')).toBeNull();
    expect(ticketRefFor(freshdeskAdapter, 'http://support.acme.example/a/tickets/5100', custom)).toBeNull();
    expect(ticketRefFor(freshdeskAdapter, 'https://support.acme.example/support/tickets/5100', custom)).toBeNull();
  });
});
