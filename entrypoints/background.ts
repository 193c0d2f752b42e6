import { type BackgroundReply, ToBackgroundSchema } from '@/lib/messaging/backgroundProtocol';
import { BatonDb } from '@/lib/storage/db';
import { describeStorageError, dexieDraftStore } from '@/lib/storage/draftRepo';
import { insertThroughEditorApi } from '@/lib/insertion/mainWorldBridge';
import { isOwnContentScript, isOwnExtensionPage } from '@/lib/messaging/senders';
import { HelpdeskIdSchema } from '@/lib/context';
import { CUSTOM_HOSTS_KEY } from '@/lib/customHosts';
import { syncCustomHostScripts } from '@/lib/customHostsStore';

export default defineBackground(() => {
  const drafts = dexieDraftStore(new BatonDb());

  async function handle(raw: unknown, sender: Browser.runtime.MessageSender): Promise<BackgroundReply<unknown>> {
    const parsed = ToBackgroundSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'malformed message' };
    const message = parsed.data;
    try {
      switch (message.type) {
        case 'draft.get':
          if (!isOwnExtensionPage(sender)) return { ok: false, error: 'refused' };
          return { ok: true, value: await drafts.get(message.key) };
        case 'draft.put':
          if (!isOwnExtensionPage(sender)) return { ok: false, error: 'refused' };
          await drafts.put(message.draft);
          return { ok: true, value: null };
        case 'draft.markInserted':
          if (!isOwnExtensionPage(sender)) return { ok: false, error: 'refused' };
          await drafts.markInserted(message.key, message.at);
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

  // Custom helpdesk domains: keep the registered content script in step with the agent's list
  // and with the permissions they granted or withdrew.
  const syncHosts = () =>
    void syncCustomHostScripts(HelpdeskIdSchema.options, (helpdesk) => `content-scripts/${helpdesk}.js`).catch(() => undefined);
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
