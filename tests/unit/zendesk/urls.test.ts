import { describe, expect, it } from 'vitest';
import { ticketRefFor } from '../../../lib/adapters/registry';
import { zendeskAdapter } from '../../../lib/adapters/zendesk';

const ticketFromUrl = (url: string) => ticketRefFor(zendeskAdapter, url);

describe('zendesk ticketFromUrl', () => {
  it.each([
    ['https://acme.zendesk.com/agent/tickets/4211', 'acme', '4211'],
    ['https://acme.zendesk.com/agent/tickets/4211/', 'acme', '4211'],
    ['https://acme.zendesk.com/agent/tickets/4211/events', 'acme', '4211'],
    ['https://acme.zendesk.com/agent/tickets/4211?brand=2', 'acme', '4211'],
    ['https://acme.zendesk.com/agent/tickets/4211#comment-40110004', 'acme', '4211'],
    ['https://ACME-support.Zendesk.com/agent/tickets/7', 'acme-support', '7'],
  ])('reads %s', (url, subdomain, id) => {
    const ref = ticketFromUrl(url);
    expect(ref).toMatchObject({ helpdesk: 'zendesk', ticketId: id, origin: `https://${subdomain}.zendesk.com` });
    expect(ref?.url).toBe(new URL(url).href);
  });

  it.each([
    'https://acme.zendesk.com/agent/dashboard',
    'https://acme.zendesk.com/agent/tickets',
    'https://acme.zendesk.com/agent/tickets/new/1',
    'https://acme.zendesk.com/agent/tickets/4211abc',
    'https://acme.zendesk.com/agent/tickets/0',
    'https://acme.zendesk.com/agent/users/4211',
    'https://acme.zendesk.com/hc/en-us/requests/4211',
    'https://acme.zendesk.com/tickets/4211',
    'http://acme.zendesk.com/agent/tickets/4211',
    'https://zendesk.com/agent/tickets/4211',
    'https://acme.zendesk.com.evil.example/agent/tickets/4211',
    'https://evil.example/acme.zendesk.com/agent/tickets/4211',
    'https://acmezendesk.com/agent/tickets/4211',
    'https://user:pw@acme.zendesk.com/agent/tickets/4211',
    'https://acme.freshdesk.com/a/tickets/4211',
    'https://acme.atlassian.net/browse/SUP-4211',
    'not a url',
    '',
  ])('rejects %s', (url) => {
    expect(ticketFromUrl(url)).toBeNull();
  });
});
