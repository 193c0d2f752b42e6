// The whole agent flow on a Freshdesk-like ticket page, with the built extension in real
// Chromium and the real Froala editor: read context, type, insert as a private note, restore.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useExtensionSession } from './extensionSession';
import { createFreshdeskRoutes, type FreshdeskRoutes } from '../support/routes/freshdesk';
import { countOf, field, fillAgentSections, openPanel, panelFrame } from './panelDriver';

const ORIGIN = 'https://acme.freshdesk.com';
const NOTE_ADDED = /Inserted as an internal note/;
let routes: FreshdeskRoutes;
const session = useExtensionSession(() => {
  routes = createFreshdeskRoutes();
  return { routes: [routes] };
});
afterEach(() => routes.setPrivateApi('ok'));

async function openTicket(id: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${ORIGIN}/a/tickets/${id}`);
  await page.locator(`[data-test-id="ticket-human-display-id"]:text("#${id}")`).waitFor();
  return page;
}

/** Froala's own model of the ticket's editor, serialised: what the agent would submit. */
async function froalaHtml(page: Page, ticketId: string): Promise<string> {
  return page.evaluate((id) => (window as any).__editors[id].html.get() as string, ticketId);
}

/** The mode of the shown ticket's open editor panel: reply, note or forward (null when closed). */
async function editorMode(page: Page, ticketId: string): Promise<string | null> {
  const panel = page.locator(`#ember${ticketId} .ticket-editor:not([hidden])`);
  return (await panel.count()) ? panel.getAttribute('data-editor-type') : null;
}

const apiPaths = () => session.server.requests.filter((r) => r.path.startsWith('/api/')).map((r) => r.path.split('?')[0]).sort();

describe('Baton on a Freshdesk ticket', () => {
  it('shows the ticket context, inserts the note once into Froala as a private note, and restores the draft after a reload', async () => {
    session.server.resetRecords();
    const page = await openTicket('5100');
    const panel = await openPanel(page, session.browser.extensionId);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toMatch(/Webhook deliveries fail with 401/);
    // A handful of requests per ticket open, all on the agent UI's own API.
    expect(apiPaths()).toEqual(['/api/_/ticket_fields', '/api/_/tickets/5100', '/api/_/tickets/5100/conversations']);
    expect(await panel.getByText(/Dana Whitfield/).count()).toBeGreaterThan(0);
    expect(await panel.getByText(/Read from the page/).count()).toBe(0);
    // Pre-filled from the description: the customer's first message.
    expect(await field(panel, /What's happening/).inputValue()).toContain('Since this morning every webhook delivery');
    expect(await editorMode(page, '5100')).toBeNull();

    const hypothesis = 'Signing-secret cache on eu-west kept the old secret after rotation';
    const verify = 'Delivery log for 2025-04-01 16:07 UTC onwards on the eu-west cluster';
    await fillAgentSections(panel, hypothesis, verify);
    await panel.getByRole('button', { name: /^Insert/ }).click();
    await panel.getByText(NOTE_ADDED).waitFor();
    // Froala took it through its own API (main-world bridge), not a fallback.
    expect(await panel.locator('[data-strategy]').getAttribute('data-strategy')).toBe('editor-api');
    // Baton opened "Add note" itself: the editor is the private note, never a reply.
    expect(await editorMode(page, '5100')).toBe('note');
    expect(await page.locator('#ember5100 [data-test-id="submit"]').textContent()).toBe('Add note');

    const html = await froalaHtml(page, '5100');
    expect(countOf(html, hypothesis)).toBe(1);
    expect(countOf(html, verify)).toBe(1);
    expect(html).toContain('<strong>Current hypothesis</strong>');
    expect(html).toMatch(/<li[^>]*>[^<]*→[^<]*<\/li>/u);

    await page.reload();
    await page.locator('[data-test-id="ticket-human-display-id"]:text("#5100")').waitFor();
    const again = await panelFrame(page, session.browser.extensionId);
    await again.getByRole('button', { name: /Close Handoff/ }).waitFor();
    await expect.poll(() => field(again, /Current hypothesis/).inputValue()).toBe(hypothesis);
    expect(await field(again, /What L2 should verify first/).inputValue()).toBe(verify);
    expect(await again.getByText('Draft restored').count()).toBe(1);
  });

  it('switches an open reply editor to a note before inserting, so nothing lands in the reply', async () => {
    const page = await openTicket('5100');
    await page.locator('#ember5100 .reply-bar [data-test-id="ticket-action-reply"]').click();
    await expect.poll(() => editorMode(page, '5100')).toBe('reply');
    const panel = await openPanel(page, session.browser.extensionId);
    const hypothesis = 'Written while the reply editor was open';
    await fillAgentSections(panel, hypothesis, 'reply to note check');
    await panel.getByRole('button', { name: /^Insert/ }).click();
    await panel.getByText(NOTE_ADDED).waitFor();
    expect(await editorMode(page, '5100')).toBe('note');
    expect(countOf(await froalaHtml(page, '5100'), hypothesis)).toBe(1);
  });

  it('follows Ember navigation to another ticket and inserts into that ticket only', async () => {
    const page = await openTicket('5100');
    const panel = await openPanel(page, session.browser.extensionId);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toMatch(/Webhook/);
    await page.locator('a.ticket-tab[data-ticket-id="5666"]').click();
    expect(new URL(page.url()).pathname).toBe('/a/tickets/5666');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toMatch(/Invoice question/);
    const hypothesis = 'Belongs to the second ticket';
    await fillAgentSections(panel, hypothesis, 'navigation check');
    await panel.getByRole('button', { name: /^Insert/ }).click();
    await panel.getByText(NOTE_ADDED).waitFor();
    expect(countOf(await froalaHtml(page, '5666'), hypothesis)).toBe(1);
    expect(await page.evaluate(() => Boolean((window as any).__editors['5100']))).toBe(false);
  });

  it('runs nothing a hostile ticket carries, in the page, the panel or the inserted note', async () => {
    session.server.resetRecords();
    const page = await openTicket('5666');
    const panel = await openPanel(page, session.browser.extensionId);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toContain(`onerror="fetch('/__pwned?f=subject')"`);
    await fillAgentSections(panel, 'hypothesis <img src=x onerror="fetch(\'/__pwned?f=typed\')">', 'verify <script>fetch("/__pwned?f=typed2")</script>');
    await panel.getByRole('button', { name: /^Insert/ }).click();
    await panel.getByText(NOTE_ADDED).waitFor();
    // Give any injected handler time to fire.
    await page.waitForTimeout(500);

    expect(session.server.pwnedHits).toEqual([]);
    expect(session.dialogs).toEqual([]);
    const panelElements = await panel.evaluate(() => document.querySelectorAll('img, svg, iframe, script:not([src]), a[href^="javascript"]').length);
    expect(panelElements).toBe(0);
    const html = await froalaHtml(page, '5666');
    expect(html).not.toMatch(/<(img|script|svg|iframe|style)\b/iu);
    expect(html).not.toMatch(/<a\b[^>]*href="javascript:/iu);
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/iu);
    expect(html).toContain('&lt;img src=x onerror=');
    // The customer's payloads reached the note as text (from the pre-filled sections).
    expect(html).toContain('/__pwned?f=description');
    const editorElements = await page.evaluate(() => document.querySelectorAll('.fr-element img, .fr-element svg, .fr-element iframe, .fr-element script').length);
    expect(editorElements).toBe(0);
  });

  it('still works from the page when the helpdesk API fails', async () => {
    session.server.setApiMode('status:500');
    session.server.resetRecords();
    const page = await openTicket('5100');
    const panel = await openPanel(page, session.browser.extensionId);
    await panel.getByText(/Read from the page/).waitFor();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toMatch(/Webhook deliveries fail with 401/);
    // A 500 is not a reason to try /api/v2: straight to the page.
    expect(apiPaths().some((p) => p.startsWith('/api/v2/'))).toBe(false);
    expect(await field(panel, /What's happening/).inputValue()).toContain('Since this morning every webhook delivery');
    const hypothesis = 'Works without the API too';
    await fillAgentSections(panel, hypothesis, 'DOM fallback check');
    await panel.getByRole('button', { name: /^Insert/ }).click();
    await panel.getByText(NOTE_ADDED).waitFor();
    expect(await editorMode(page, '5100')).toBe('note');
    expect(countOf(await froalaHtml(page, '5100'), hypothesis)).toBe(1);
  });

  it('reads through /api/v2 when the agent UI API refuses', async () => {
    routes.setPrivateApi(403);
    session.server.resetRecords();
    const page = await openTicket('5100');
    const panel = await openPanel(page, session.browser.extensionId);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toMatch(/Webhook deliveries fail with 401/);
    await expect.poll(apiPaths).toEqual(expect.arrayContaining(['/api/v2/ticket_fields', '/api/v2/tickets/5100', '/api/v2/tickets/5100/conversations']));
    expect(await panel.getByText(/Read from the page/).count()).toBe(0);
    expect(await panel.getByText(/Dana Whitfield/).count()).toBeGreaterThan(0);
  });

  it('ran without uncaught errors in the pages', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
