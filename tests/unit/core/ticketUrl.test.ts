import { describe, expect, it } from 'vitest';
import { ticketUrl } from '@/lib/ticketUrl';

describe('ticketUrl', () => {
  it.each([
    ['zendesk', 'acme.zendesk.com', '4211', 'https://acme.zendesk.com/agent/tickets/4211'],
    ['freshdesk', 'acme.freshdesk.com', '5100', 'https://acme.freshdesk.com/a/tickets/5100'],
    ['jira', 'acme.atlassian.net', 'SUP-12', 'https://acme.atlassian.net/browse/SUP-12'],
  ] as const)('builds the %s ticket page when no address was saved', (helpdesk, host, ticketId, expected) => {
    expect(ticketUrl({ helpdesk, host, ticketId })).toBe(expected);
  });

  it('prefers the saved address on the same host: custom http domains and Jira context paths survive', () => {
    expect(ticketUrl({ helpdesk: 'jira', host: 'corp.example', ticketId: 'SUP-1', url: 'https://corp.example/jira/browse/SUP-1' })).toBe(
      'https://corp.example/jira/browse/SUP-1',
    );
    expect(ticketUrl({ helpdesk: 'jira', host: 'jira.corp.example:8080', ticketId: 'SUP-1', url: 'http://jira.corp.example:8080/browse/SUP-1' })).toBe(
      'http://jira.corp.example:8080/browse/SUP-1',
    );
  });

  it.each([
    ['javascript:alert(document.domain)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['JaVaScRiPt:alert(1)'],
    ['https://evil.example/agent/tickets/4211'],
    ['https://acme.zendesk.com.evil.example/agent/tickets/4211'],
    ['https://user:secret@acme.zendesk.com/agent/tickets/4211'],
    ['ftp://acme.zendesk.com/agent/tickets/4211'],
    ['ws://acme.zendesk.com/agent/tickets/4211'],
    ['not a url'],
    ['//acme.zendesk.com/agent/tickets/4211'],
  ])('ignores the saved address %j and rebuilds it', (url) => {
    expect(ticketUrl({ helpdesk: 'zendesk', host: 'acme.zendesk.com', ticketId: '4211', url })).toBe('https://acme.zendesk.com/agent/tickets/4211');
  });

  it('encodes the ticket id, so it cannot walk out of the ticket route', () => {
    expect(ticketUrl({ helpdesk: 'zendesk', host: 'acme.zendesk.com', ticketId: '1/../../admin?x=1#y' })).toBe(
      'https://acme.zendesk.com/agent/tickets/1%2F..%2F..%2Fadmin%3Fx%3D1%23y',
    );
  });

  it.each([['evil.example/x?'], ['user@acme.zendesk.com'], ['acme.zendesk.com#frag'], ['exa mple.com'], ['javascript:alert(1)//']])(
    'gives no address for a host %j that is not a plain host',
    (host) => {
      expect(ticketUrl({ helpdesk: 'zendesk', host, ticketId: '1' })).toBeNull();
    },
  );
});
