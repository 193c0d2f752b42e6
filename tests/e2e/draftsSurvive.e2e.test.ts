// Drafts survive what happens to an agent's browser all day: the tab closed and reopened, the
// extension's background stopped, two tabs on the same ticket, storage full, and the
// extension updated (reloaded) under an open ticket. Built extension, real Chromium.
import type { CDPSession, Frame, Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './extensionSession';
import { field, openPanel, panelFrame } from './panelDriver';

const session = useExtensionSession();

async function openTicket(id: string): Promise<{ page: Page; panel: Frame }> {
  const page = await session.browser.context.newPage();
  await page.goto(`https://acme.zendesk.com/agent/tickets/${id}`);
  await page.waitForFunction((ticketId) => Boolean((window as any).__editors?.[ticketId]), id);
  const panel = await openPanel(page, session.browser.extensionId);
  await panel.getByRole('heading', { level: 1, name: new RegExp(`#${id}$`) }).waitFor();
  await panel.waitForFunction(() => !document.querySelector('textarea:disabled'));
  return { page, panel };
}

/** An extension page: same origin (and IndexedDB) as the background. */
async function extensionPage(): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  return page;
}

/** DevTools on an extension page: it can stop the extension's service worker. */
async function extensionDevtools(): Promise<CDPSession> {
  return session.browser.context.newCDPSession(await extensionPage());
}

/** The service worker running now (a stopped one is replaced by a new instance). */
async function liveWorker(): Promise<Worker> {
  for (const worker of [...session.browser.context.serviceWorkers()].reverse()) {
    if (await worker.evaluate(() => true).catch(() => false)) return worker;
  }
  throw new Error('no live service worker');
}

/** The draft as the background stores it, read from the extension's IndexedDB. */
async function storedHypothesis(ticketId: string): Promise<string | null> {
  const page = await extensionPage();
  return page.evaluate(
    (key) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('baton');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('drafts').objectStore('drafts').get(key);
          get.onsuccess = () => resolve(get.result?.answers?.hypothesis ?? null);
          get.onerror = () => reject(get.error);
        };
      }),
    `zendesk/acme.zendesk.com/${ticketId}`,
  ).finally(() => page.close());
}

describe('drafts survive', () => {
  it('closing the tab, even straight after typing, and reopening the ticket', async () => {
    const { page, panel } = await openTicket('4211');
    await field(panel, /Current hypothesis/).fill('Written just before the tab closed');
    // No wait for "Draft saved": the panel's pagehide flush has to carry it.
    await page.close();
    await expect.poll(() => storedHypothesis('4211'), { timeout: 5000 }).toBe('Written just before the tab closed');
    const again = await openTicket('4211');
    await expect.poll(() => field(again.panel, /Current hypothesis/).inputValue()).toBe('Written just before the tab closed');
  });

  it('two tabs on the same ticket: each ends with the latest text of both', async () => {
    const a = await openTicket('4211');
    const b = await openTicket('4211');
    await field(a.panel, /Current hypothesis/).fill('Typed in tab A');
    await expect.poll(() => field(b.panel, /Current hypothesis/).inputValue()).toBe('Typed in tab A');
    await field(b.panel, /What L2 should verify first/).fill('Typed in tab B');
    await expect.poll(() => field(a.panel, /What L2 should verify first/).inputValue()).toBe('Typed in tab B');
    expect(await field(a.panel, /Current hypothesis/).inputValue()).toBe('Typed in tab A');
    await b.panel.getByText('Updated with changes made in another tab on this ticket.').waitFor();
  });

  it('storage running out: the agent is told, the text stays, and nothing else is damaged', async () => {
    const other = await openTicket('666');
    await field(other.panel, /Current hypothesis/).fill('Another ticket, saved earlier');
    await other.panel.getByText('Draft saved').waitFor();
    // Extension storage has no quota Chromium lets a test lower, so the background's
    // IndexedDB is made to refuse writes the way a full disk does.
    const worker = await liveWorker();
    await worker.evaluate(() => {
      const store = IDBObjectStore.prototype as any;
      store.__realPut = store.put;
      store.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    try {
      const { panel } = await openTicket('4211');
      await field(panel, /Current hypothesis/).fill('Typed while storage is full');
      await panel.getByRole('alert').filter({ hasText: 'no storage space left' }).waitFor();
      expect(await field(panel, /Current hypothesis/).inputValue()).toBe('Typed while storage is full');
      await worker.evaluate(() => {
        const store = IDBObjectStore.prototype as any;
        store.put = store.__realPut;
      });
      // The next edit retries, and succeeds once there is room again.
      await field(panel, /Current hypothesis/).fill('Typed while storage is full, then saved');
      await panel.getByText('Draft saved').waitFor();
    } finally {
      await worker.evaluate(() => {
        const store = IDBObjectStore.prototype as any;
        if (store.__realPut) store.put = store.__realPut;
      });
    }
    expect(await storedHypothesis('4211')).toBe('Typed while storage is full, then saved');
    expect(await storedHypothesis('666')).toBe('Another ticket, saved earlier');
  });

  it("the extension's background being stopped between edits", async () => {
    const { page, panel } = await openTicket('4211');
    await field(panel, /Current hypothesis/).fill('Before the worker stopped');
    await panel.getByText('Draft saved').waitFor();
    const devtools = await extensionDevtools();
    await devtools.send('ServiceWorker.enable');
    await devtools.send('ServiceWorker.stopAllWorkers');
    await field(panel, /Current hypothesis/).fill('After the worker stopped');
    await panel.getByText('Draft saved').waitFor();
    await page.reload();
    const restored = await panelFrame(page, session.browser.extensionId);
    await expect.poll(() => field(restored, /Current hypothesis/).inputValue()).toBe('After the worker stopped');
  });

  // Last: reloading the extension replaces its service worker for the rest of the file.
  it('the extension being updated under an open ticket: the panel comes back with the draft, no tab reload', async () => {
    const { page, panel } = await openTicket('4211');
    await field(panel, /Current hypothesis/).fill('Survives an update');
    await panel.getByText('Draft saved').waitFor();
    const extension = await extensionPage();
    const oldPanelUrl = panel.url();
    // An extension page can ask for the reload an update does; it closes with the old version.
    await extension.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => undefined);
    // The new version's content script replaces the old panel in the open tab.
    await expect
      .poll(async () => {
        const frame = page.frames().find((f) => f.url().includes('/panel.html') && f.url() !== oldPanelUrl && !f.isDetached());
        if (!frame) return null;
        return frame.getByLabel(/Current hypothesis/).inputValue({ timeout: 500 }).catch(() => null);
      }, { timeout: 30_000 })
      .toBe('Survives an update');
    expect(await page.locator('baton-root').count()).toBe(1);
  });
});
