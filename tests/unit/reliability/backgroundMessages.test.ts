// The background's message handler (entrypoints/background.ts, run as the built extension runs
// it, on WXT's fake browser) against forged senders and malformed shapes. Drafts go only to
// Baton's own extension pages; the editor bridge runs only for Baton's own content script, in
// the sender's own tab and frame; anything else is refused before it touches storage or a tab.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DRAFT_SCHEMA_VERSION, type Draft } from '@/lib/draft';

type Sender = Browser.runtime.MessageSender;
type Listener = (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => unknown;

const id = browser.runtime.id;
const TICKET = 'https://acme.zendesk.com/agent/tickets/4211';

const senders = {
  panel: { id, url: `chrome-extension://${id}/panel.html#0123456789abcdef0123456789abcdef`, tab: { id: 7 } as Browser.tabs.Tab, frameId: 3 },
  /** The panel loaded through use_dynamic_url: another origin string, same id. */
  dynamicPanel: { id, url: 'chrome-extension://5d2b6c1e-7f0a-4c1b-9d7e-0a1b2c3d4e5f/panel.html#n', tab: { id: 7 } as Browser.tabs.Tab, frameId: 3 },
  options: { id, url: `chrome-extension://${id}/options.html` },
  contentScript: { id, url: TICKET, tab: { id: 7 } as Browser.tabs.Tab, frameId: 0, origin: 'https://acme.zendesk.com' },
  /** A helpdesk page itself (externally_connectable would be needed; forged here anyway). */
  webPage: { url: TICKET, tab: { id: 7 } as Browser.tabs.Tab, frameId: 0, origin: 'https://acme.zendesk.com' },
  otherExtensionPage: { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/panel.html' },
  otherExtensionContentScript: { id: 'abcdefghijklmnopabcdefghijklmnop', url: TICKET, tab: { id: 7 } as Browser.tabs.Tab, frameId: 0 },
  /** Our id, but a web URL pretending to be the panel's path. */
  spoofedPath: { id, url: 'https://acme.zendesk.com/panel.html', tab: { id: 7 } as Browser.tabs.Tab },
  noSender: {},
} satisfies Record<string, Sender>;

function draft(over: Partial<Draft> = {}): Draft {
  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    key: 'zendesk/acme.zendesk.com/4211',
    helpdesk: 'zendesk',
    host: 'acme.zendesk.com',
    ticketId: '4211',
    templateId: 'default',
    answers: { hypothesis: 'IdP certificate rotated' },
    updatedAt: 1_700_000_000_000,
    ...over,
  };
}

let listener: Listener;
const executeScript = vi.fn(async (_injection: unknown) => [{ result: 'ckeditor5-api' }]);

function send(message: unknown, sender: Sender): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return new Promise((resolve) => {
    const kept = listener(message, sender, resolve as (reply: unknown) => void);
    expect(kept).toBe(true);
  });
}

beforeAll(async () => {
  fakeBrowser.reset();
  // What the fake browser does not implement, the background only needs to find.
  const scripting = browser.scripting as unknown as Record<string, unknown>;
  scripting.executeScript = executeScript;
  scripting.getRegisteredContentScripts = vi.fn(async () => []);
  scripting.registerContentScripts = vi.fn(async () => undefined);
  scripting.updateContentScripts = vi.fn(async () => undefined);
  scripting.unregisterContentScripts = vi.fn(async () => undefined);
  const permissions = browser.permissions as unknown as Record<string, unknown>;
  permissions.contains = vi.fn(async () => false);
  vi.spyOn(browser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(browser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  // Ports (the panel's draft-staging port and the like) are not under test here.
  vi.spyOn(browser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
  const listeners: Listener[] = [];
  vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation(((l: Listener) => void listeners.push(l)) as never);
  const background = (await import('@/entrypoints/background')).default as { main: () => void };
  background.main();
  expect(listeners).toHaveLength(1);
  listener = listeners[0]!;
});

beforeEach(() => executeScript.mockClear());

describe('background messages: drafts', () => {
  it("Baton's own pages (panel, dynamic-URL panel, options) write and read drafts", async () => {
    expect(await send({ type: 'draft.put', draft: draft() }, senders.panel)).toEqual({ ok: true, value: null });
    expect(await send({ type: 'draft.get', key: draft().key }, senders.dynamicPanel)).toEqual({ ok: true, value: draft() });
    expect((await send({ type: 'draft.get', key: draft().key }, senders.options)).ok).toBe(true);
  });

  it.each([
    ['a content script (runs in the helpdesk page)', senders.contentScript],
    ['a web page', senders.webPage],
    ["another extension's page", senders.otherExtensionPage],
    ["another extension's content script", senders.otherExtensionContentScript],
    ['our id with a web URL', senders.spoofedPath],
    ['no sender at all', senders.noSender],
  ])('refuses draft.get and draft.put from %s, and writes nothing', async (_who, sender) => {
    expect(await send({ type: 'draft.get', key: draft().key }, sender)).toEqual({ ok: false, error: 'refused' });
    const forged = draft({ answers: { hypothesis: 'forged' }, updatedAt: 1_800_000_000_000 });
    expect(await send({ type: 'draft.put', draft: forged }, sender)).toEqual({ ok: false, error: 'refused' });
    const stored = await send({ type: 'draft.get', key: draft().key }, senders.panel);
    expect((stored.value as Draft).answers).toEqual({ hypothesis: 'IdP certificate rotated' });
  });
});

describe('background messages: the editor bridge', () => {
  it('runs only for our content script, in its own tab and frame, in the main world, with the message\'s token and HTML only', async () => {
    const reply = await send({ type: 'bridge.insert', token: 'abc123def456', html: '<p>note</p>', text: 'note' }, { ...senders.contentScript, frameId: 2 });
    expect(reply).toEqual({ ok: true, value: 'ckeditor5-api' });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript.mock.calls[0]![0]).toMatchObject({ target: { tabId: 7, frameIds: [2] }, world: 'MAIN', args: ['abc123def456', '<p>note</p>'] });
  });

  it('ignores a tab id smuggled into the message: the target is always the sender\'s tab', async () => {
    await send({ type: 'bridge.insert', token: 'abc123def456', html: '<p>x</p>', text: 'x', tabId: 99, target: { tabId: 99 } }, senders.contentScript);
    expect(executeScript.mock.calls[0]![0]).toMatchObject({ target: { tabId: 7 } });
  });

  it.each([
    ['the panel (an extension page in a tab)', senders.panel],
    ['the options page', senders.options],
    ['a web page', senders.webPage],
    ["another extension's content script", senders.otherExtensionContentScript],
    ['a content script without a tab', { id, url: TICKET }],
    ['no sender at all', senders.noSender],
  ])('refuses bridge.insert from %s without running anything', async (_who, sender) => {
    expect(await send({ type: 'bridge.insert', token: 'abc123def456', html: '<p>x</p>', text: 'x' }, sender)).toEqual({ ok: false, error: 'refused' });
    expect(executeScript).not.toHaveBeenCalled();
  });
});

describe('background messages: malformed shapes', () => {
  it.each([
    ['nothing', undefined],
    ['a string', 'draft.get'],
    ['an array', [{ type: 'draft.get', key: 'k' }]],
    ['no type', { key: 'k' }],
    ['an unknown type', { type: 'draft.delete', key: 'k' }],
    ['a type of the wrong kind', { type: 1 }],
    ['draft.get without a key', { type: 'draft.get' }],
    ['draft.get with a non-string key', { type: 'draft.get', key: { $gt: '' } }],
    ['draft.put with an invalid draft', { type: 'draft.put', draft: { key: 'k', answers: 'all of them' } }],
    ['draft.put with the wrong schema version', { type: 'draft.put', draft: { ...draft(), schemaVersion: 99 } }],
    ['bridge.insert with a selector-breaking token', { type: 'bridge.insert', token: 'x"] , body, [a="', html: '', text: '' }],
    ['bridge.insert with a short token', { type: 'bridge.insert', token: 'abc', html: '', text: '' }],
    ['bridge.insert without html', { type: 'bridge.insert', token: 'abc123def456', text: '' }],
  ])('refuses %s as malformed, even from our own pages and content script', async (_what, message) => {
    for (const sender of [senders.panel, senders.contentScript]) {
      expect(await send(message, sender)).toEqual({ ok: false, error: 'malformed message' });
    }
    expect(executeScript).not.toHaveBeenCalled();
  });
});
