import { type BackgroundReply, type DraftSaved, ToBackgroundSchema } from '@/lib/messaging/backgroundProtocol';
import { BatonDb } from '@/lib/storage/db';
import { describeStorageError, dexieDraftStore } from '@/lib/storage/draftRepo';
import { insertThroughEditorApi } from '@/lib/insertion/mainWorldBridge';
import { isOwnContentScript, isOwnExtensionPage } from '@/lib/messaging/senders';
import { type HelpdeskId, HelpdeskIdSchema } from '@/lib/context';
import { reinjectIntoOpenTabs } from '@/lib/background/reinjectOnUpdate';
import { acceptStagePort, DRAFT_STAGE_PORT } from '@/lib/background/stagedDrafts';
import { CUSTOM_HOSTS_KEY } from '@/lib/customHosts';
import { syncCustomHostScripts } from '@/lib/customHostsStore';
import { LAST_SWEEP_KEY, sweepIfDue } from '@/lib/storage/retention';
import { readStoredSettings } from '@/lib/settingsStore';
import { loadPolicy, refreshPolicyCache } from '@/lib/templates/store';

const contentScriptFile = (helpdesk: HelpdeskId) => `content-scripts/${helpdesk}.js`;

export default defineBackground(() => {
  const db = new BatonDb();
  const drafts = dexieDraftStore(db);

  // Retention of inserted drafts. MV3 has no timers that outlive the service worker and Baton
  // asks for no alarms permission, so the sweep runs when the worker starts with the browser
  // or the extension, and, at most every few hours, when it wakes for a draft.
  let sweeping: Promise<unknown> | null = null;
  function sweepDrafts(force: boolean) {
    // A start-up sweep must not be lost to a throttled check that happens to be running.
    if (sweeping) {
      if (force) void sweeping.then(() => sweepDrafts(true));
      return;
    }
    sweeping = sweepIfDue(
      {
        db,
        loadSettings: readStoredSettings,
        loadPolicy,
        readLastSweep: async () => (await browser.storage.local.get(LAST_SWEEP_KEY))[LAST_SWEEP_KEY],
        writeLastSweep: (at) => browser.storage.local.set({ [LAST_SWEEP_KEY]: at }),
        now: Date.now,
      },
      { force },
    )
      .catch(() => undefined) // the drafts stay; the next start or wake tries again
      .finally(() => {
        sweeping = null;
      });
  }
  // Read the organisation's policy once per start (the first read can take seconds) and
  // whenever it changes, so the panel and options page find it remembered.
  void refreshPolicyCache().catch(() => undefined);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void refreshPolicyCache().catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => sweepDrafts(true));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    sweepDrafts(true);
    if (reason === 'update') void reinjectIntoOpenTabs().catch(() => undefined);
  });

  // No listener (no other panel open) rejects the broadcast: nothing to tell then.
  const announceDraftSaved = (saved: DraftSaved) => void browser.runtime.sendMessage(saved).catch(() => undefined);

  async function handle(raw: unknown, sender: Browser.runtime.MessageSender): Promise<BackgroundReply<unknown>> {
    const parsed = ToBackgroundSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'malformed message' };
    const message = parsed.data;
    if (message.type.startsWith('draft.')) sweepDrafts(false);
    try {
      switch (message.type) {
        case 'draft.get':
          if (!isOwnExtensionPage(sender)) return { ok: false, error: 'refused' };
          return { ok: true, value: await drafts.get(message.key) };
        case 'draft.put':
          if (!isOwnExtensionPage(sender)) return { ok: false, error: 'refused' };
          await drafts.put(message.draft);
          announceDraftSaved({ type: 'draft.saved', key: message.draft.key, writer: message.writer });
          return { ok: true, value: null };
        case 'bridge.insert': {
          if (!isOwnContentScript(sender) || sender.tab?.id === undefined) return { ok: false, error: 'refused' };
          const [result] = await browser.scripting.executeScript({
            target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] },
            world: 'MAIN',
            func: insertThroughEditorApi,
            args: [message.token, message.html],
          });
          return { ok: true, value: result?.result ?? null };
        }
      }
    } catch (error) {
      return { ok: false, error: message.type.startsWith('draft') ? describeStorageError(error) : String(error) };
    }
  }

  // Edits not yet written when a panel goes away (its tab closed) are written from here.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== DRAFT_STAGE_PORT || !isOwnExtensionPage(port.sender)) return;
    acceptStagePort(port, {
      storedUpdatedAt: async (key) => (await drafts.get(key))?.updatedAt,
      write: async (draft) => {
        await drafts.put(draft);
        announceDraftSaved({ type: 'draft.saved', key: draft.key });
      },
    });
  });

  // Custom helpdesk domains: keep the registered content script in step with the agent's list
  // and with the permissions they granted or withdrew.
  const syncHosts = () => void syncCustomHostScripts(HelpdeskIdSchema.options, contentScriptFile).catch(() => undefined);
  syncHosts();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && CUSTOM_HOSTS_KEY in changes) syncHosts();
  });
  browser.permissions.onAdded.addListener(syncHosts);
  browser.permissions.onRemoved.addListener(syncHosts);

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handle(message, sender).then(sendResponse);
    return true; // keeps the channel open for the async reply
  });
});
