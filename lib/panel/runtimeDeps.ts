import { browser } from 'wxt/browser';
import type { Draft } from '../draft';
import { type BackgroundReply, DraftSavedSchema, type ToBackground } from '../messaging/backgroundProtocol';
import { DRAFT_STAGE_PORT } from '../background/stagedDrafts';
import { isOwnExtensionPage } from '../messaging/senders';
import { type FromPanel, PANEL_PORT, type ToPanel, ToPanelSchema } from '../messaging/panelProtocol';
import type { DraftStore } from '../storage/draftRepo';
import { loadSettings, onSettingsChanged } from '../settingsStore';
import { loadCatalog, onTemplatesChanged } from '../templates/store';
import type { NoteClipboard, PanelBridge, PanelConfig, PanelPrefs } from './deps';

const OPEN_KEY = 'panel.open';

/**
 * Connects to this tab's content script. The nonce from our URL's hash proves to the
 * content script that this is the frame it mounted. A dropped port is reopened.
 */
export async function connectBridge(): Promise<PanelBridge> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) throw new Error('The panel is not inside a tab.');
  const tabId = tab.id;
  const nonce = location.hash.slice(1);
  const listeners = new Set<(message: ToPanel) => void>();
  let port: Browser.runtime.Port | null = null;

  let failedAttempts = 0;

  const connect = () => {
    const next = browser.tabs.connect(tabId, { name: PANEL_PORT, frameId: 0 });
    next.onMessage.addListener((raw) => {
      failedAttempts = 0;
      const parsed = ToPanelSchema.safeParse(raw);
      if (parsed.success) for (const listener of listeners) listener(parsed.data);
    });
    next.onDisconnect.addListener(() => {
      if (port !== next) return;
      port = null;
      // Reconnect on our own (bfcache restore, content script restarted): waiting for the
      // next send would leave the panel showing a ticket the page has left. Bounded retries.
      if (failedAttempts < 5) setTimeout(connect, 250 * 2 ** failedAttempts++);
    });
    next.postMessage({ type: 'hello', nonce } satisfies FromPanel);
    port = next;
  };
  connect();
  // A page restored from the back/forward cache had its ports closed while it was away.
  addEventListener('pageshow', (event) => {
    if (event.persisted && !port) {
      failedAttempts = 0;
      connect();
    }
  });

  return {
    send(message) {
      if (!port) connect();
      port?.postMessage(message);
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

async function ask<T>(message: ToBackground): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as BackgroundReply<T> | undefined;
  if (!reply) throw new Error('the extension background did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

let openStagePort: Browser.runtime.Port | null = null;

/** The port to the background that holds unsaved edits; reopened if the background restarted. */
function stagePort(): Browser.runtime.Port {
  if (!openStagePort) {
    const port = browser.runtime.connect({ name: DRAFT_STAGE_PORT });
    port.onDisconnect.addListener(() => {
      if (openStagePort === port) openStagePort = null;
    });
    openStagePort = port;
  }
  return openStagePort;
}

/** This panel, as the writer of its drafts: its own writes are not news to it. */
const WRITER = crypto.randomUUID();

/** Drafts live in the background's IndexedDB (extension origin, never partitioned by site). */
export const backgroundDraftStore: DraftStore = {
  get: (key) => ask<Draft | null>({ type: 'draft.get', key }),
  put: (draft) => ask<void>({ type: 'draft.put', draft, writer: WRITER }),
  stage(draft) {
    stagePort().postMessage({ type: 'stage', draft });
  },
  written(key) {
    stagePort().postMessage({ type: 'written', key });
  },
  onWrittenElsewhere(listener) {
    const handler = (raw: unknown, sender: Browser.runtime.MessageSender) => {
      // Only the background announces writes; other panels' requests also pass by here.
      if (!isOwnExtensionPage(sender) || sender.tab) return;
      const saved = DraftSavedSchema.safeParse(raw);
      if (saved.success && saved.data.writer !== WRITER) listener(saved.data.key);
    };
    browser.runtime.onMessage.addListener(handler);
    return () => browser.runtime.onMessage.removeListener(handler);
  },
};

export const storagePrefs: PanelPrefs = {
  async loadOpen() {
    const stored = await browser.storage.local.get(OPEN_KEY);
    return stored[OPEN_KEY] === true;
  },
  async saveOpen(open) {
    await browser.storage.local.set({ [OPEN_KEY]: open });
  },
};

/** Templates from storage.local + managed policy, settings from storage.sync. */
export const storageConfig: PanelConfig = {
  loadCatalog,
  loadSettings,
  onCatalogChanged: onTemplatesChanged,
  onSettingsChanged,
};

/** Rich + plain text, so pasting into a rich editor keeps the structure. */
export const systemClipboard: NoteClipboard = {
  async write(note) {
    // Focus moved to the page's editor while inserting; the Clipboard API needs ours back.
    window.focus();
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([note.html], { type: 'text/html' }),
          'text/plain': new Blob([note.text], { type: 'text/plain' }),
        }),
      ]);
    } catch {
      await navigator.clipboard.writeText(note.text);
    }
  },
};
