import { describe, expect, it } from 'vitest';
import { matchPatternFor, parseHostInput } from '@/lib/customHosts';

describe('parseHostInput', () => {
  it.each([
    ['support.example.com', { host: 'support.example.com', protocol: 'https:' }],
    ['  https://Support.Example.com/a/tickets/5  ', { host: 'support.example.com', protocol: 'https:' }],
    ['http://jira.corp.example:8080/browse/SUP-1', { host: 'jira.corp.example:8080', protocol: 'http:' }],
  ])('reads %s', (input, value) => {
    expect(parseHostInput(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', /Enter the address/],
    ['ftp://files.example.com', /Only http/],
    ['https://user:pw@support.example.com', /user names and passwords/],
    ['intranet', /not a complete host name/],
    ['https://exa mple.com', /not a web address/],
  ])('explains why %j is not a host', (input, error) => {
    const result = parseHostInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});

describe('matchPatternFor', () => {
  it('asks for exactly one host, without the port (match patterns have none)', () => {
    expect(matchPatternFor({ host: 'jira.corp.example:8080', protocol: 'http:' })).toBe('http://jira.corp.example/*');
    expect(matchPatternFor({ host: 'support.example.com', protocol: 'https:' })).toBe('https://support.example.com/*');
  });
});
