// Smoke test of the built extension in real Chromium on the Zendesk fixture pages: the
// service worker starts, the content script lands on a ticket page next to the real
// CKEditor 5, and a hostile ticket executes nothing while the extension is loaded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedExtension } from '../support/browser';
import { startFixtureServer, type FixtureServer } from '../support/fixtureServer';

const headless = process.env.HEADED !== '1';

let server: FixtureServer;
let browser: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ port: server.port, headless });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openTicket(id: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`https://acme.zendesk.com/agent/tickets/${id}`);
  // Main world: the fixture page keeps its CKEditor instances on window.__editors.
  await page.waitForFunction((ticketId) => Boolean((window as any).__editors?.[ticketId]), id, {
    timeout: 20_000,
  });
  return page;
}

describe('built extension on Zendesk fixture pages', () => {
  it('starts its service worker', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.serviceWorker.url()).toMatch(
      new RegExp(`^chrome-extension://${browser.extensionId}/.+\\.js$`),
    );
  });

  it('loads the fixture ticket with a real CKEditor and injects baton-root', async () => {
    const page = await openTicket('4211');
    try {
      // Served under the real host name through the host-resolver rules.
      expect(new URL(page.url()).origin).toBe('https://acme.zendesk.com');
      const editor = await page.evaluate(() => {
        const e = (window as any).__editors['4211'];
        return { hasGetData: typeof e.getData === 'function' };
      });
      expect(editor.hasGetData).toBe(true);
      expect(await page.locator('.ck-editor__editable').count()).toBeGreaterThan(0);

      await page.locator('baton-root').first().waitFor({ state: 'attached', timeout: 15_000 });
      expect(await page.locator('baton-root').count()).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('executes no hostile payload from ticket 666 while the extension is loaded', async () => {
    server.resetRecords();
    const page = await openTicket('666');
    try {
      await page.locator('baton-root').first().waitFor({ state: 'attached', timeout: 15_000 });
      // The hostile data must actually reach the extension: wait for its API read of 666.
      await expect
        .poll(() => server.requests.some((r) => r.path.startsWith('/api/v2/tickets/666.json')), {
          timeout: 15_000,
          message: 'the content script never read /api/v2/tickets/666.json',
        })
        .toBe(true);
      // Give whatever the content script does with it (rendering, panel) time to run.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1_000);
      expect(server.pwnedHits).toEqual([]);
      // The fixture page escapes everything, so a blocked inline script/handler can only come
      // from something the extension put into the page.
      expect(server.cspReports).toEqual([]);

      // Control: the detector itself works (a payload that ran would have been recorded).
      await page.evaluate(() => fetch('/__pwned?f=smoke-control'));
      expect(server.pwnedHits).toEqual(['/__pwned?f=smoke-control']);
    } finally {
      await page.close();
    }
  });
});
