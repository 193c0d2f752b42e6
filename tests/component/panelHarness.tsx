import { render } from '@testing-library/react';
import { Panel } from '@/components/Panel';
import { PanelStoreContext } from '@/components/PanelStoreContext';
import type { TicketContext } from '@/lib/context';
import type { FromPanel, InsertResult, ToPanel } from '@/lib/messaging/panelProtocol';
import type { PanelBridge, PanelConfig } from '@/lib/panel/deps';
import { createPanelStore } from '@/lib/panel/store';
import { BatonDb } from '@/lib/storage/db';
import { type DraftStore, dexieDraftStore } from '@/lib/storage/draftRepo';

/** A content script stand-in: records what the panel sends, lets the test push messages. */
export class FakeBridge implements PanelBridge {
  sent: FromPanel[] = [];
  private listeners = new Set<(message: ToPanel) => void>();
  /** How the fake page answers an insert request. */
  insertAnswer: InsertResult = { ok: true, strategy: 'editor-api', internalNote: true };

  /** While set, inserts wait for answerHeldInserts(): the page is still putting the note in. */
  holdInserts = false;
  private held: string[] = [];

  send(message: FromPanel) {
    this.sent.push(message);
    if (message.type === 'insert') {
      if (this.holdInserts) this.held.push(message.requestId);
      else queueMicrotask(() => this.push({ type: 'insertResult', requestId: message.requestId, result: this.insertAnswer }));
    }
  }
  answerHeldInserts() {
    for (const requestId of this.held.splice(0)) this.push({ type: 'insertResult', requestId, result: this.insertAnswer });
  }
  onMessage(listener: (message: ToPanel) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  push(message: ToPanel) {
    for (const listener of this.listeners) listener(message);
  }
  showTicket(context: TicketContext, host = 'acme.zendesk.com') {
    this.push({
      type: 'ticket',
      state: 'ready',
      helpdesk: context.helpdesk,
      helpdeskLabel: 'Zendesk',
      noteFormat: 'html',
      host,
      ticketId: context.ticketId,
      context,
    });
  }
  inserts() {
    return this.sent.filter((m): m is Extract<FromPanel, { type: 'insert' }> => m.type === 'insert');
  }
}

export interface HarnessOptions {
  db?: BatonDb;
  drafts?: DraftStore;
  open?: boolean;
  clipboardFails?: boolean;
  config?: PanelConfig;
  /** How the remembered open/closed state arrives (default: at once, `open`). */
  loadOpen?: () => Promise<boolean>;
}

export function renderPanel(options: HarnessOptions = {}) {
  const db = options.db ?? new BatonDb(`test-${crypto.randomUUID()}`);
  const bridge = new FakeBridge();
  const drafts = options.drafts ?? dexieDraftStore(db);
  const clipboard: { html: string; text: string }[] = [];
  const savedOpen: boolean[] = [];
  const store = createPanelStore({
    bridge,
    drafts,
    prefs: {
      loadOpen: options.loadOpen ?? (async () => options.open ?? true),
      saveOpen: async (open) => void savedOpen.push(open),
    },
    clipboard: {
      write: async (note) => {
        if (options.clipboardFails) throw new Error('denied');
        clipboard.push(note);
      },
    },
    config: options.config,
    autosaveDelayMs: 250,
    insertTimeoutMs: 1000,
  });
  const view = render(
    <PanelStoreContext.Provider value={store}>
      <Panel />
    </PanelStoreContext.Provider>,
  );
  return { ...view, db, bridge, store, clipboard, savedOpen };
}
