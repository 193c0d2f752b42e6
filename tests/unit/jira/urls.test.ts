import { describe, expect, it } from 'vitest';
import { jiraAdapter } from '../../../lib/adapters/jira';
import { ISSUE_KEY, isJiraHost, restBase } from '../../../lib/adapters/jira/urls';
import { ticketRefFor } from '../../../lib/adapters/ticketRef';
import examples from '../../fixtures/jira/urls.json';

// Which URLs are issues is listed once, in tests/fixtures/jira/urls.json, and checked by the
// adapter convention test; here: what an issue ref carries, and the rules behind the list.
describe('jira issue refs', () => {
  it.each(examples.tickets)('carries origin and normalised URL for $url', ({ url, ticketId }) => {
    const ref = ticketRefFor(jiraAdapter, url);
    expect(ref).toMatchObject({ helpdesk: 'jira', ticketId, origin: new URL(url).origin });
    expect(ref?.url).toBe(new URL(url).href);
  });

  it('prefers the issue open in a modal over the one in the path', () => {
    expect(ticketRefFor(jiraAdapter, 'https://acme.atlassian.net/browse/SUP-1?selectedIssue=SUP-2')?.ticketId).toBe('SUP-2');
    // An invalid selectedIssue does not hide the issue of the page itself.
    expect(ticketRefFor(jiraAdapter, 'https://acme.atlassian.net/browse/SUP-1?selectedIssue=nope')?.ticketId).toBe('SUP-1');
  });

  it('accepts one DNS label under atlassian.net only', () => {
    expect(isJiraHost('acme.atlassian.net')).toBe(true);
    expect(isJiraHost('acme-eu-2.atlassian.net')).toBe(true);
    for (const host of ['atlassian.net', 'a.b.atlassian.net', '-acme.atlassian.net', 'acme.atlassian.net.evil.example', 'acme.atlassian.com']) {
      expect(isJiraHost(host), host).toBe(false);
    }
  });

  it('knows issue keys: an upper-case letter, letters/digits/underscores, a number without leading zero', () => {
    for (const key of ['SUP-1', 'IT_OPS2-7', 'A-99999']) expect(ISSUE_KEY.test(key), key).toBe(true);
    for (const key of ['sup-1', '2SUP-1', '_SUP-1', 'SUP-0', 'SUP-01', 'SUP1', 'SUP-1a', 'SU P-1']) expect(ISSUE_KEY.test(key), key).toBe(false);
  });

  it('accepts a custom host (Jira Data Center) only for Jira', () => {
    const custom = [{ host: 'jira.example.org', protocol: 'https:' as const, helpdesk: 'jira' as const }];
    expect(ticketRefFor(jiraAdapter, 'https://jira.example.org/browse/OPS-12', custom)?.ticketId).toBe('OPS-12');
    expect(ticketRefFor(jiraAdapter, 'https://jira.example.org/browse/OPS-12')).toBeNull();
    expect(ticketRefFor(jiraAdapter, 'https://jira.example.org/browse/OPS-12', [{ host: 'jira.example.org', protocol: 'https:', helpdesk: 'zendesk' }])).toBeNull();
  });
});

describe('Jira Data Center on a custom host', () => {
  const custom = [{ host: 'corp.example', protocol: 'https:' as const, helpdesk: 'jira' as const }];

  it('recognises issues under the server context path, and calls the REST API there', () => {
    const ref = ticketRefFor(jiraAdapter, 'https://corp.example/jira/browse/SUP-12', custom);
    expect(ref?.ticketId).toBe('SUP-12');
    expect(restBase(ref!.url)).toBe('https://corp.example/jira');
    expect(restBase('https://corp.example/browse/SUP-12')).toBe('https://corp.example');
    expect(restBase('https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-12')).toBe('https://acme.atlassian.net');
    expect(ticketRefFor(jiraAdapter, 'https://corp.example/jira/browse/SUP-12')).toBeNull();
  });
});
