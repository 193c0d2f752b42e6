// @vitest-environment jsdom
// The content script's acceptance of the panel's port (lib/content/runContentScript.ts): only
// the frame Baton mounted (our extension id, our panel page, the per-mount nonce from the frame's
// URL) gets a trusted port; anything else is disconnected or ignored before it can insert, move
// the panel or learn the ticket.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runContentScript } from '@/lib/content/runContentScript';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { PANEL_PORT } from '@/lib/messaging/panelProtocol';

type Sender = { id?: string; url?: string; tab?: { id?: number }; frameId?: number };
type OnConnect = (port: Browser.runtime.Port) => void;

const id = browser.runtime.id;
const TICKET_URL = 'https://acme.zendesk.com/agent/tickets/4211';

const adapter: HelpdeskAdapter = {
  id: 'zendesk',
  label: 'Zendesk',
  matches: ['https://*.zendesk.com/*'],
  isHelpdeskHost: (host) => host.endsWith('.zendesk.com'),
  ticketIdFromUrl: (url) => /^\/agent\/tickets\/(\d+)/.exec(url.pathname)?.[1] ?? null,
  readApi: async () => ({
    values: { subject: 'SSO login fails', status: 'open', priority: 'high', requester: { name: 'Priya' }, organization: { name: 'Lumen', fields: [] }, tags: [], customFields: [], timeline: [] },
    problems: [],
  }),
  readDom: () => ({ values: {}, problems: [] }),
  findComposer: () => null,
  switchToInternalNote: vi.fn(async () => true),
  noteFormat: 'html',
};

let onConnect: OnConnect;
let shadow: ShadowRoot;
const abort = new AbortController();

function fakePort(name: string, sender: Sender) {
  const messageListeners: ((message: unknown) => void)[] = [];
  const disconnectListeners: (() => void)[] = [];
  const port = {
    name,
    sender,
    postMessage: vi.fn(),
    disconnect: vi.fn(),
    onMessage: { addListener: (l: (message: unknown) => void) => void messageListeners.push(l) },
    onDisconnect: { addListener: (l: () => void) => void disconnectListeners.push(l) },
  };
  onConnect(port as unknown as Browser.runtime.Port);
  return {
    port,
    /** Delivers a message and lets the listener's async work finish. */
    async send(message: unknown) {
      for (const listener of messageListeners) listener(message);
      await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };
}

const frame = () => shadow.querySelector('iframe')!;
const nonce = () => new URL(frame().src).hash.slice(1);
const host = () => document.querySelector('baton-root') as HTMLElement;
const panelSender = (): Sender => ({ id, url: `chrome-extension://${id}/panel.html#${nonce()}`, tab: { id: 7 }, frameId: 3 });

beforeAll(async () => {
  // jsdom's page is the helpdesk ticket.
  (globalThis as unknown as { jsdom: { reconfigure(o: { url: string }): void } }).jsdom.reconfigure({ url: TICKET_URL });
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    shadow = attach.call(this, init);
    return shadow;
  });
  const listeners: OnConnect[] = [];
  vi.spyOn(browser.runtime.onConnect, 'addListener').mockImplementation(((l: OnConnect) => void listeners.push(l)) as never);
  const ctx = { signal: abort.signal, addEventListener: vi.fn(), onInvalidated: vi.fn() } as unknown as ContentScriptContext;
  runContentScript(ctx, adapter);
  onConnect = listeners[0]!;
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(shadow.mode).toBe('closed');
  expect(nonce()).toMatch(/^[0-9a-f]{32}$/);
});

afterAll(() => abort.abort());

describe('panel port acceptance', () => {
  it.each<[string, () => [string, Sender]]>([
    ['another port name', () => ['baton-other', panelSender()]],
    ['a web page', () => [PANEL_PORT, { url: TICKET_URL, tab: { id: 7 }, frameId: 0 }]],
    ['a web page with our id (forged sender)', () => [PANEL_PORT, { id, url: 'https://acme.zendesk.com/panel.html', tab: { id: 7 } }]],
    ["another extension's panel.html", () => [PANEL_PORT, { id: 'abcdefghijklmnopabcdefghijklmnop', url: `chrome-extension://abcdefghijklmnopabcdefghijklmnop/panel.html#${nonce()}` }]],
    ['our options page', () => [PANEL_PORT, { id, url: `chrome-extension://${id}/options.html#${nonce()}` }]],
    ['our content script', () => [PANEL_PORT, { id, url: TICKET_URL, tab: { id: 7 } }]],
    ['no sender', () => [PANEL_PORT, {}]],
  ])('disconnects %s at once, telling it nothing', async (_who, make) => {
    const [name, sender] = make();
    const { port, send } = fakePort(name, sender);
    expect(port.disconnect).toHaveBeenCalled();
    await send({ type: 'hello', nonce: nonce() });
    expect(port.postMessage).not.toHaveBeenCalled();
  });

  it('disconnects our own panel page that does not know the nonce (a copy the page embedded)', async () => {
    const { port, send } = fakePort(PANEL_PORT, { id, url: `chrome-extension://${id}/panel.html`, tab: { id: 7 } });
    await send({ type: 'hello', nonce: 'f'.repeat(32) });
    expect(port.disconnect).toHaveBeenCalled();
    expect(port.postMessage).not.toHaveBeenCalled();
  });

  it('disconnects a panel whose first message is not hello, and does not act on it', async () => {
    const before = host().style.width;
    const { port, send } = fakePort(PANEL_PORT, panelSender());
    await send({ type: 'layout', open: true, side: 'left' });
    expect(port.disconnect).toHaveBeenCalled();
    expect(host().style.width).toBe(before);
    expect(host().style.left).not.toBe('0px');
    const again = fakePort(PANEL_PORT, panelSender());
    await again.send({ type: 'insert', requestId: 'r1', ticketId: '4211', html: '<p>x</p>', text: 'x' });
    expect(again.port.disconnect).toHaveBeenCalled();
    expect(again.port.postMessage).not.toHaveBeenCalled();
    expect(adapter.switchToInternalNote).not.toHaveBeenCalled();
  });

  it('ignores malformed messages (no nonce, a short nonce, unknown types, junk) and stays untrusted', async () => {
    const { port, send } = fakePort(PANEL_PORT, panelSender());
    for (const junk of [undefined, 'hello', nonce(), { type: 'hello' }, { type: 'hello', nonce: 'abc' }, { type: 'hello', nonce: 'x'.repeat(65) }, { type: 'insertResult' }, [1, 2]]) {
      await send(junk);
    }
    expect(port.postMessage).not.toHaveBeenCalled();
    // Still untrusted: an insert now is refused by disconnecting.
    await send({ type: 'insert', requestId: 'r1', ticketId: '4211', html: '<p>x</p>', text: 'x' });
    expect(port.disconnect).toHaveBeenCalled();
    expect(adapter.switchToInternalNote).not.toHaveBeenCalled();
  });

  it('trusts the frame it mounted: it gets the ticket, may lay the panel out and insert (for the shown ticket only)', async () => {
    const { port, send } = fakePort(PANEL_PORT, panelSender());
    await send({ type: 'hello', nonce: nonce() });
    expect(port.disconnect).not.toHaveBeenCalled();
    expect(port.postMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'ticket', state: 'ready', ticketId: '4211' }));

    await send({ type: 'layout', open: true, side: 'left' });
    expect(host().style.left).toBe('0px');

    await send({ type: 'insert', requestId: 'r2', ticketId: '9999', html: '<p>x</p>', text: 'x' });
    expect(port.postMessage).toHaveBeenLastCalledWith({
      type: 'insertResult',
      requestId: 'r2',
      result: { ok: false, reason: 'The page now shows ticket #4211, not #9999.' },
    });
    // Malformed after trust: ignored, no reply, no throw.
    const replies = port.postMessage.mock.calls.length;
    await send({ type: 'insert', requestId: 'x'.repeat(500), ticketId: '4211', html: 1, text: 'x' });
    expect(port.postMessage.mock.calls.length).toBe(replies);
  });

  it('a second trusted frame replaces the first (only one port is ever listened to)', async () => {
    const first = fakePort(PANEL_PORT, panelSender());
    await first.send({ type: 'hello', nonce: nonce() });
    const second = fakePort(PANEL_PORT, panelSender());
    await second.send({ type: 'hello', nonce: nonce() });
    expect(first.port.disconnect).toHaveBeenCalled();
    expect(second.port.disconnect).not.toHaveBeenCalled();
  });
});
