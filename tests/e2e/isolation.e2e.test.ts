// Isolation, with the built extension in real Chromium: the helpdesk page (its own scripts, in
// the main world, here page.evaluate and an init script) cannot read the agent's draft, the
// templates or the panel, cannot drive the panel or the content script with forged messages,
// and cannot message the extension at all. The unit halves: tests/unit/reliability/
// {backgroundMessages,panelPort,manifest}.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultExtensionPath } from '../support/browser';
import { manifestViolations } from '../unit/reliability/manifestPolicy';
import { field, fillAgentSections } from './panelDriver';
import { ZENDESK, openTicket, useReliabilitySession } from './reliabilityKit';

const session = useReliabilitySession();

/** Unique text the agent types: if the page can find it anywhere, the draft leaked. */
const MARKER = 'zq7-isolation-marker-hypothesis';
const VERIFY = 'zq7 verify first marker';

let page: Page;
let panel: Frame;

/**
 * Runs in the page's main world before any of its scripts (and before or after Baton's content
 * script: either way): records every shadow root made through the page's attachShadow and every
 * iframe the page's DOM APIs see attached, as a hostile page trying to catch Baton's would.
 */
function spyOnShadowRoots(): void {
  const seen: { host: string; mode: string }[] = [];
  (window as any).__seenShadowRoots = seen;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    seen.push({ host: this.tagName, mode: init.mode });
    (window as any).__caughtRoots = [...((window as any).__caughtRoots ?? []), root];
    return root;
  };
}

beforeAll(async () => {
  await session.browser.context.addInitScript(spyOnShadowRoots);
  ({ page, panel } = await openTicket(session, ZENDESK, 'acme.zendesk.com'));
  await fillAgentSections(panel, MARKER, VERIFY);
  // Saved (in the extension's own storage) before the page goes looking for it.
  await panel.getByText('Draft saved').waitFor();
});

describe('the built manifest', () => {
  it('asks for the minimum: storage + scripting, the three cloud helpdesks, panel.html only with a dynamic URL, no externally_connectable', () => {
    const manifest = JSON.parse(readFileSync(join(defaultExtensionPath, 'manifest.json'), 'utf8'));
    expect(manifestViolations(manifest)).toEqual([]);
  });
});

describe('what the helpdesk page can reach', () => {
  it("cannot open the panel's closed shadow root, find its frame, or catch the root being made", async () => {
    const probe = await page.evaluate(() => {
      const host = document.querySelector('baton-root');
      return {
        hostFound: host !== null,
        shadowRoot: host?.shadowRoot === null ? 'null' : 'exposed',
        childNodes: host?.childNodes.length ?? -1,
        iframesInDocument: [...document.querySelectorAll('iframe')].map((f) => f.src).filter((src) => src.startsWith('chrome-extension:')),
        // Serialising the page with every shadow root it may see: closed roots are not among them.
        html: (document.documentElement as any).getHTML?.({ serializableShadowRoots: true }) ?? document.documentElement.outerHTML,
        caught: (window as any).__seenShadowRoots as { host: string; mode: string }[],
        caughtFrames: ((window as any).__caughtRoots ?? []).flatMap((root: ShadowRoot) => [...root.querySelectorAll('iframe')].map((f) => f.src)),
      };
    });
    expect(probe.hostFound).toBe(true);
    expect(probe.shadowRoot).toBe('null');
    expect(probe.childNodes).toBe(0);
    expect(probe.iframesInDocument).toEqual([]);
    expect(probe.html).not.toContain('chrome-extension://');
    expect(probe.html).not.toContain(MARKER);
    // The content script's attachShadow is its own world's: the page's patch never saw it.
    expect(probe.caught.filter((c) => c.host === 'BATON-ROOT')).toEqual([]);
    expect(probe.caughtFrames.filter((src: string) => src.startsWith('chrome-extension:'))).toEqual([]);
  });

  it('cannot get hold of the panel window at all: window.frames does not list a frame in a closed shadow root', async () => {
    const frames = await page.evaluate(() => {
      const results: Record<string, string>[] = [];
      const attempt = (read: () => unknown) => {
        try {
          const value = read();
          return value === null || value === undefined ? 'null' : `read: ${String(value).slice(0, 80)}`;
        } catch (error) {
          return `blocked (${(error as Error).name})`;
        }
      };
      for (let i = 0; i < window.frames.length; i++) {
        const child = window.frames[i]!;
        results.push({
          document: attempt(() => child.document),
          href: attempt(() => child.location.href),
          frameElement: attempt(() => child.frameElement),
          text: attempt(() => child.document.body.innerText),
          chrome: attempt(() => (child as any).chrome?.runtime?.id),
        });
      }
      return { length: window.length, first: attempt(() => (window as any)[0]), results };
    });
    // The page's own fixture has no frames; Baton's is not among them (nor any cross-origin one).
    expect(frames.length).toBe(0);
    expect(frames.first).toBe('null');
    expect(frames.results.filter((f) => f.document!.startsWith('blocked'))).toEqual([]);
    expect(JSON.stringify(frames)).not.toContain(MARKER);
  });

  it('forged postMessages (to the page, to any frame, even delivered inside the panel window) do nothing: no insert, no layout change, no state change', async () => {
    const before = {
      editor: await ZENDESK.editorText(page),
      box: await page.locator('baton-root').boundingBox(),
      heading: await panel.getByRole('heading', { level: 2 }).textContent(),
      hypothesis: await field(panel, /Current hypothesis/).inputValue(),
      status: await panel.locator('.insert-status').textContent(),
    };
    await page.evaluate(() => {
      const forged = [
        { type: 'hello', nonce: '0123456789abcdef0123456789abcdef' },
        { type: 'insert', requestId: 'forged-1', ticketId: '4211', html: '<p>FORGED NOTE</p>', text: 'FORGED NOTE', asInternalNote: false },
        { type: 'layout', open: false, side: 'left' },
        { type: 'ticket', state: 'ready', helpdesk: 'zendesk', ticketId: '4211', context: { helpdesk: 'zendesk', ticketId: '4211', url: location.href, subject: 'FORGED SUBJECT' } },
        { type: 'insertResult', requestId: 'forged-1', result: { ok: true, strategy: 'forged', internalNote: true } },
        { type: 'draft.put', draft: { key: 'zendesk/acme.zendesk.com/4211', answers: { hypothesis: 'FORGED' } } },
        { type: 'bridge.insert', token: 'abcdefgh12345678', html: '<p>FORGED NOTE</p>', text: 'FORGED NOTE' },
      ];
      for (const message of forged) {
        for (let i = 0; i < window.frames.length; i++) {
          window.frames[i]!.postMessage(message, '*');
          window.frames[i]!.postMessage(JSON.stringify(message), '*');
        }
        window.postMessage(message, '*');
        document.dispatchEvent(new CustomEvent('message', { detail: message }));
      }
    });
    // Had the page a handle on the panel window, its messages would arrive like these: the
    // panel listens to no window messages, only to its port.
    await panel.evaluate(() => {
      window.postMessage({ type: 'insert', requestId: 'forged-2', ticketId: '4211', html: '<p>FORGED NOTE</p>', text: 'FORGED NOTE' }, '*');
      window.postMessage({ type: 'ticket', state: 'ready', ticketId: '4211', context: { helpdesk: 'zendesk', ticketId: '4211', url: 'x', subject: 'FORGED SUBJECT' } }, '*');
      window.postMessage({ type: 'layout', open: false }, '*');
    });
    await page.waitForTimeout(700);
    expect(await ZENDESK.editorText(page)).toBe(before.editor);
    expect(await ZENDESK.editorText(page)).not.toContain('FORGED');
    expect(await page.locator('baton-root').boundingBox()).toEqual(before.box);
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe(before.heading);
    expect(await field(panel, /Current hypothesis/).inputValue()).toBe(before.hypothesis);
    expect(await panel.locator('.insert-status').textContent()).toBe(before.status);
    expect(await panel.getByRole('button', { name: /Close Handoff/ }).count()).toBe(1);
  });

  it("finds no Baton data in the page origin's storage: localStorage, sessionStorage, IndexedDB, Cache Storage, cookies", async () => {
    const found = await page.evaluate(async (marker) => {
      const hits: string[] = [];
      const look = (where: string, text: string | null | undefined) => {
        if (text && (text.includes(marker) || /baton/i.test(text))) hits.push(`${where}: ${text.slice(0, 120)}`);
      };
      for (const store of [localStorage, sessionStorage]) {
        for (let i = 0; i < store.length; i++) {
          const key = store.key(i)!;
          look(`${store === localStorage ? 'localStorage' : 'sessionStorage'}[${key}]`, `${key}=${store.getItem(key)}`);
        }
      }
      look('cookie', document.cookie);
      const databases = await indexedDB.databases();
      for (const info of databases) {
        look('indexedDB name', info.name);
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(info.name!);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        for (const name of db.objectStoreNames) {
          const all = await new Promise<unknown[]>((resolve) => {
            const request = db.transaction(name).objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => resolve([]);
          });
          look(`indexedDB ${info.name}/${name}`, JSON.stringify(all));
        }
        db.close();
      }
      for (const name of await caches.keys()) look('caches', name);
      return { hits, databases: databases.map((d) => d.name) };
    }, MARKER);
    expect(found.hits).toEqual([]);
    expect(found.databases.filter((name) => /baton/i.test(name ?? ''))).toEqual([]);
  });

  it("cannot load Baton's files by their static URL (web-accessible only through the per-session dynamic URL)", async () => {
    const id = session.browser.extensionId;
    const probes = await page.evaluate(async (base) => {
      const result: Record<string, string> = {};
      for (const path of ['panel.html', 'manifest.json', 'options.html', 'background.js', 'content-scripts/zendesk.js']) {
        result[path] = await fetch(`${base}/${path}`).then(
          () => 'loaded',
          () => 'blocked',
        );
      }
      return result;
    }, `chrome-extension://${id}`);
    expect(probes).toEqual({
      'panel.html': 'blocked',
      'manifest.json': 'blocked',
      'options.html': 'blocked',
      'background.js': 'blocked',
      'content-scripts/zendesk.js': 'blocked',
    });
  });

  it('cannot message the extension: no chrome.runtime for pages (no externally_connectable), so no draft.get', async () => {
    const id = session.browser.extensionId;
    const attempt = await page.evaluate(async (extensionId) => {
      const runtime = (window as any).chrome?.runtime;
      if (!runtime?.sendMessage) return { sendMessage: 'unavailable', connect: runtime?.connect ? 'available' : 'unavailable' };
      const sent = await new Promise<string>((resolve) => {
        try {
          runtime.sendMessage(extensionId, { type: 'draft.get', key: 'zendesk/acme.zendesk.com/4211' }, (reply: unknown) => {
            resolve(runtime.lastError ? `refused (${runtime.lastError.message})` : `answered ${JSON.stringify(reply)}`);
          });
        } catch (error) {
          resolve(`refused (${(error as Error).message})`);
        }
      });
      return { sendMessage: sent, connect: 'n/a' };
    }, id);
    expect(attempt.sendMessage).toMatch(/^unavailable$|^refused/);
    expect(JSON.stringify(attempt)).not.toContain(MARKER);
  });

  it('the page could not see the draft, yet the agent still has it', async () => {
    expect(await field(panel, /Current hypothesis/).inputValue()).toBe(MARKER);
    expect(await page.content()).not.toContain(MARKER);
  });
});

describe('after the probes', () => {
  it('no uncaught errors, no errors logged by the extension, no dialogs', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.dialogs).toEqual([]);
  });
});
