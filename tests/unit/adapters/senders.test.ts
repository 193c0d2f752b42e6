import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { isOwnContentScript, isOwnExtensionPage, isOwnPanel } from '@/lib/messaging/senders';

const id = browser.runtime.id;

describe('message senders', () => {
  it('recognises our panel by id, extension scheme and path, whatever the origin string', () => {
    expect(isOwnPanel({ id, url: `chrome-extension://${id}/panel.html#nonce` })).toBe(true);
    expect(isOwnPanel({ id, url: 'chrome-extension://2b7c1f0e-dynamic/panel.html' })).toBe(true);
    expect(isOwnPanel({ id, url: `chrome-extension://${id}/options.html` })).toBe(false);
  });

  it('refuses other extensions, web pages and malformed senders', () => {
    expect(isOwnExtensionPage({ id: 'someone-else', url: 'chrome-extension://x/panel.html' })).toBe(false);
    expect(isOwnExtensionPage({ id, url: 'https://acme.zendesk.com/panel.html' })).toBe(false);
    expect(isOwnExtensionPage({ id, url: 'not a url' })).toBe(false);
    expect(isOwnExtensionPage(undefined)).toBe(false);
  });

  it('tells a content script (in a tab, on a web page) from an extension page in a tab', () => {
    expect(isOwnContentScript({ id, url: 'https://acme.zendesk.com/agent/tickets/1', tab: { id: 3 } })).toBe(true);
    expect(isOwnContentScript({ id, url: `chrome-extension://${id}/panel.html`, tab: { id: 3 } })).toBe(false);
    expect(isOwnContentScript({ id, url: 'https://acme.zendesk.com/' })).toBe(false);
  });
});
