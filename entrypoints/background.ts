import { type BackgroundReply, ToBackgroundSchema } from '@/lib/messaging/backgroundProtocol';
import { BatonDb } from '@/lib/storage/db';
import { describeStorageError, dexieDraftStore } from '@/lib/storage/draftRepo';
import { insertThroughEditorApi } from '@/lib/insertion/mainWorldBridge';
import { isOwnContentScript, isOwnExtensionPage } from '@/lib/messaging/senders';

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

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handle(message, sender).then(sendResponse);
    return true; // keeps the channel open for the async reply
  });
});
