import { detectTicket } from '@/lib/adapters/registry';
import { helpdeskMatches } from '@/lib/adapters/matches';
import { readTicket } from '@/lib/adapters/readTicket';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { trackLastEditor } from '@/lib/content/focusTracker';
import { insertNote } from '@/lib/content/insertNote';
import { type PanelFrame, mountPanelFrame } from '@/lib/content/panelFrame';
import { FromPanelSchema, PANEL_PORT, type ToPanel } from '@/lib/messaging/panelProtocol';

export default defineContentScript({
  matches: helpdeskMatches,
  // document_start: the API read and the panel's load overlap the helpdesk's own (heavy)
  // page load instead of waiting for it. DOM reading waits for the DOM itself.
  runAt: 'document_start',
  main(ctx) {
    const lastEditor = trackLastEditor(document, ctx.signal);
    const panelUrl = browser.runtime.getURL('/panel.html');
    let frame: PanelFrame | null = null;
    let port: Browser.runtime.Port | null = null;
    let adapter: HelpdeskAdapter | null = null;
    let ticketWork: AbortController | null = null;
    let lastMessage: ToPanel = { type: 'ticket', state: 'none' };

    const post = (message: ToPanel) => {
      if (message.type === 'ticket') lastMessage = message;
      port?.postMessage(message);
    };

    function showTicketAt(url: string) {
      ticketWork?.abort();
      const detected = detectTicket(url);
      if (!detected) {
        adapter = null;
        frame?.setVisible(false);
        post({ type: 'ticket', state: 'none' });
        return;
      }
      adapter = detected.adapter;
      frame ??= mountPanelFrame(document);
      frame.setVisible(true);
      const work = new AbortController();
      ticketWork = work;
      const signal = AbortSignal.any([work.signal, ctx.signal]);
      const { ref } = detected;
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
        () => {
          // Aborted: the agent moved to another ticket, whose read reports instead.
        },
      );
    }

    browser.runtime.onConnect.addListener((candidate) => {
      const sender = candidate.sender;
      if (candidate.name !== PANEL_PORT || sender?.id !== browser.runtime.id || !sender.url?.startsWith(panelUrl)) {
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
        if (message.type === 'layout') frame?.setOpen(message.open);
        if (message.type === 'insert') {
          const result = adapter
            ? await insertNote(adapter, document, lastEditor(), message)
            : { ok: false as const, reason: 'This page does not show a ticket.' };
          candidate.postMessage({ type: 'insertResult', requestId: message.requestId, result } satisfies ToPanel);
        }
      });
    });

    showTicketAt(location.href);
    // WXT fires this before location.href changes: the new URL is only on the event.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => showTicketAt(newUrl.href));
    ctx.onInvalidated(() => frame?.destroy());
  },
});
