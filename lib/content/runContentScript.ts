import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { mergeReads, readTicket } from '../adapters/readTicket';
import { ticketRefFor } from '../adapters/ticketRef';
import type { HelpdeskAdapter, TicketRef } from '../adapters/types';
import type { CustomHost } from '../customHosts';
import { loadCustomHosts } from '../customHostsStore';
import { FromPanelSchema, type InsertResult, PANEL_PORT, type ToPanel } from '../messaging/panelProtocol';
import { isOwnPanel } from '../messaging/senders';
import { trackLastEditor } from './focusTracker';
import { insertNote } from './insertNote';
import { type PanelFrame, mountPanelFrame } from './panelFrame';

/**
 * Everything Baton does in a helpdesk page, for one helpdesk. Each helpdesk has its own
 * content script entry (entrypoints/{id}.content.ts) so a page carries only its adapter.
 */
export function runContentScript(ctx: ContentScriptContext, adapter: HelpdeskAdapter): void {
  const lastEditor = trackLastEditor(document, ctx.signal);
  let frame: PanelFrame | null = null;
  let port: Browser.runtime.Port | null = null;
  let current: TicketRef | null = null;
  let ticketWork: AbortController | null = null;
  let inserting = false;
  let customHosts: CustomHost[] = [];
  let lastMessage: ToPanel = { type: 'ticket', state: 'none' };

  const post = (message: ToPanel) => {
    if (message.type === 'ticket') lastMessage = message;
    port?.postMessage(message);
  };

  function showTicketAt(url: string) {
    const detected = ticketRefFor(adapter, url, customHosts);
    // A URL change inside the same ticket (a sub-view, a query) is not a new ticket: no re-read.
    if (detected && current && detected.ticketId === current.ticketId) return;
    ticketWork?.abort();
    lastEditor.reset();
    current = detected;
    if (!detected) {
      frame?.setVisible(false);
      post({ type: 'ticket', state: 'none' });
      return;
    }
    const ref = detected;
    frame ??= mountPanelFrame(document);
    frame.setVisible(true);
    const work = new AbortController();
    ticketWork = work;
    const signal = AbortSignal.any([work.signal, ctx.signal]);
    const base = {
      type: 'ticket' as const,
      helpdesk: adapter.id,
      helpdeskLabel: adapter.label,
      noteFormat: adapter.noteFormat,
      host: new URL(ref.url).host,
      ticketId: ref.ticketId,
    };
    post({ ...base, state: 'loading' });
    readTicket(adapter, ref, { fetch: (...args) => fetch(...args), signal, document }).then(
      (context) => {
        if (!signal.aborted) post({ ...base, state: 'ready', context });
      },
      (error: unknown) => {
        // Aborted: the agent moved to another ticket, whose read reports instead.
        if (signal.aborted) return;
        // Anything else is a bug, but the agent can still write the handoff by hand.
        const reason = `Baton could not read this ticket (${String(error)})`;
        const nothing = { values: {}, problems: [] };
        post({ ...base, state: 'ready', context: mergeReads(ref, { values: {}, problems: [{ field: 'subject', reason }] }, nothing) });
      },
    );
  }

  async function insertFor(message: { ticketId: string; html: string; text: string; asInternalNote?: boolean }): Promise<InsertResult> {
    if (!current) return { ok: false, reason: 'This page does not show a ticket.' };
    // The panel may be behind the page (a switch it has not heard of yet): never put one
    // ticket's note into another's editor.
    if (current.ticketId !== message.ticketId) {
      return { ok: false, reason: `The page now shows ticket #${current.ticketId}, not #${message.ticketId}.` };
    }
    if (inserting) return { ok: false, reason: 'Baton is still inserting the previous note.' };
    inserting = true;
    try {
      return await insertNote(adapter, document, lastEditor.last(), message);
    } finally {
      inserting = false;
    }
  }

  browser.runtime.onConnect.addListener((candidate) => {
    if (candidate.name !== PANEL_PORT || !isOwnPanel(candidate.sender)) {
      candidate.disconnect();
      return;
    }
    let trusted = false;
    candidate.onMessage.addListener(async (raw) => {
      const parsed = FromPanelSchema.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (!trusted) {
        // Only the frame we mounted knows the nonce; a page-embedded copy of the panel does not.
        if (message.type !== 'hello' || !frame || message.nonce !== frame.nonce) return candidate.disconnect();
        trusted = true;
        port?.disconnect();
        port = candidate;
        candidate.onDisconnect.addListener(() => {
          if (port === candidate) port = null;
        });
        candidate.postMessage(lastMessage);
        return;
      }
      if (message.type === 'layout') {
        frame?.setOpen(message.open);
        if (message.side) frame?.setSide(message.side);
      }
      if (message.type === 'insert') {
        const result = await insertFor(message);
        candidate.postMessage({ type: 'insertResult', requestId: message.requestId, result } satisfies ToPanel);
      }
    });
  });

  // WXT fires this before location.href changes: the new URL is only on the event.
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => showTicketAt(newUrl.href));
  // On the helpdesk's own cloud host start at once; a custom domain needs the agent's list first.
  if (adapter.isHelpdeskHost(location.hostname)) showTicketAt(location.href);
  else {
    void loadCustomHosts().then((hosts) => {
      customHosts = hosts;
      showTicketAt(location.href);
    });
  }
  ctx.onInvalidated(() => frame?.destroy());
}
