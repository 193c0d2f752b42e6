// The whole agent flow on a Zendesk-like ticket page, with the built extension in real
// Chromium and a real CKEditor 5 composer: read context, type, autosave, insert, restore.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './extensionSession';
import { countOf, editorData, field, fillAgentSections, openPanel, panelFrame } from './panelDriver';

const session = useExtensionSession();

async function openTicket(id: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`https://acme.zendesk.com/agent/tickets/${id}`);
  await page.waitForFunction((ticketId) => Boolean((window as any).__editors?.[ticketId]), id);
  return page;
}

describe('Baton on a Zendesk ticket', () => {
  it('shows the ticket context, inserts the note once into CKEditor as an internal note, and restores the draft after a reload', async () => {
    session.server.resetRecords();
    const page = await openTicket('4211');
    const panel = await openPanel(page, session.browser.extensionId);
    // A handful of API requests per ticket open: ticket, comments, ticket field labels.
    await panel.getByRole('heading', { level: 2 }).waitFor();
    const apiRequests = session.server.requests.filter((r) => r.path.startsWith('/api/'));
    expect(apiRequests.map((r) => r.path.split('?')[0]).sort()).toEqual([
      '/api/v2/ticket_fields.json',
      '/api/v2/tickets/4211.json',
      '/api/v2/tickets/4211/comments.json',
    ]);

    // Context read from the API: subject and requester are visible in the panel.
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toMatch(/SSO/i);
    expect(await panel.getByText(/Dana|@example\.com/).count()).toBeGreaterThan(0);
    expect((await field(panel, /What's happening/).inputValue()).length).toBeGreaterThan(10);

    const hypothesis = 'IdP certificate rotated with the plan change; only SSO users fail';
    const verify = 'SAML logs for org 88231 around 14:30 UTC on 12 Nov';
    await fillAgentSections(panel, hypothesis, verify);
    await panel.getByRole('button', { name: /^Insert/ }).click();
    await panel.getByText(/Inserted as an internal note/).waitFor();
    // CKEditor took it through its own API (main-world bridge), not a fallback.
    expect(await panel.locator('[data-strategy]').getAttribute('data-strategy')).toBe('editor-api');
    expect(await page.locator('[data-test-id="omnichannel-channel-switcher-button"]').first().textContent()).toMatch(/Internal note/i);

    const data = await editorData(page, '4211');
    expect(countOf(data, hypothesis)).toBe(1);
    expect(countOf(data, verify)).toBe(1);
    expect(data).toContain('<strong>Current hypothesis</strong>');
    expect(data).toMatch(/<li[^>]*>[^<]*→[^<]*<\/li>/u);

    // Reload: the panel comes back open with the agent's text, from the extension's storage.
    await page.reload();
    const again = await panelFrame(page, session.browser.extensionId);
    await again.getByRole('button', { name: /Close Handoff/ }).waitFor();
    await expect.poll(() => field(again, /Current hypothesis/).inputValue()).toBe(hypothesis);
    expect(await field(again, /What L2 should verify first/).inputValue()).toBe(verify);
    expect(await again.getByText('Draft restored').count()).toBe(1);
  });

  it('runs nothing a hostile ticket carries, in the page, the panel or the inserted note', async () => {
    session.server.resetRecords();
    const page = await openTicket('666');
    const panel = await openPanel(page, session.browser.extensionId);
    await panel.getByRole('heading', { level: 2 }).waitFor();
    await fillAgentSections(panel, 'hypothesis <img src=x onerror="fetch(\'/__pwned?f=typed\')">', 'verify <script>fetch("/__pwned?f=typed2")</script>');
    await panel.getByRole('button', { name: /^Insert/ }).click();
    await panel.getByText(/Inserted/).waitFor();
    // Give any injected handler time to fire.
    await page.waitForTimeout(500);

    expect(session.server.pwnedHits).toEqual([]);
    expect(session.dialogs).toEqual([]);
    // The page cannot even find out Baton is installed: the panel's static URL is not loadable.
    const probe = await page.evaluate(async (url) => fetch(url).then(() => 'loaded', () => 'blocked'), `chrome-extension://${session.browser.extensionId}/panel.html`);
    expect(probe).toBe('blocked');
    const panelElements = await panel.evaluate(() => document.querySelectorAll('img, svg, iframe, script:not([src]), a[href^="javascript"]').length);
    expect(panelElements).toBe(0);
    const data = await editorData(page, '666');
    expect(data).not.toMatch(/<(img|script|svg|iframe)\b/iu);
    expect(data).not.toMatch(/<a\b[^>]*href="javascript:/iu);
    expect(data).toContain('&lt;img src=x onerror=');
  });

  it('still works from the page when the helpdesk API fails', async () => {
    session.server.setApiMode('status:500');
    const page = await openTicket('4211');
    const panel = await openPanel(page, session.browser.extensionId);
    await panel.getByText(/Read from the page/).waitFor();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toMatch(/SSO/i);
    const hypothesis = 'Works without the API too';
    await fillAgentSections(panel, hypothesis, 'DOM fallback check');
    await panel.getByRole('button', { name: /^Insert/ }).click();
    await panel.getByText(/Inserted/).waitFor();
    expect(countOf(await editorData(page, '4211'), hypothesis)).toBe(1);
  });

  it('puts the note on the clipboard and says so when the editor refuses it, keeping the text', async () => {
    const page = await openTicket('4211');
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://acme.zendesk.com' });
    // An editor that swallows every way in: no API instance, paste and input cancelled.
    await page.evaluate(() => {
      const editable = document.querySelector('.ck-editor__editable[contenteditable="true"]') as HTMLElement & { ckeditorInstance?: unknown };
      delete editable.ckeditorInstance;
      for (const type of ['paste', 'beforeinput', 'input']) {
        editable.addEventListener(type, (event) => {
          event.preventDefault();
          event.stopImmediatePropagation();
        }, true);
      }
    });
    const panel = await openPanel(page, session.browser.extensionId);
    const hypothesis = 'Refused by the editor but not lost';
    await fillAgentSections(panel, hypothesis, 'clipboard check');
    await panel.getByRole('button', { name: /^Insert/ }).click();
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/did not accept the note.*on your clipboard/s);
    expect(countOf(await editorData(page, '4211'), hypothesis)).toBe(0);
    expect(await field(panel, /Current hypothesis/).inputValue()).toBe(hypothesis);
    await page.bringToFront();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain(`CURRENT HYPOTHESIS\n${hypothesis}`);
  });

  it('ran without uncaught errors in the pages', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
