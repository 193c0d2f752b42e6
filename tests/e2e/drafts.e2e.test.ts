// Drafts in the built extension: per ticket across SPA ticket switches (even mid-typing),
// into the visible ticket's editor only, and across a full browser restart.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedExtension, launchWithExtension } from '../support/browser';
import { type FixtureServer, startFixtureServer } from '../support/fixtureServer';
import { countOf, editorData, field, fillAgentSections, openPanel, panelFrame } from './panelDriver';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});

afterAll(async () => {
  await server?.close();
});

async function openTicket(browser: LaunchedExtension, id: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`https://acme.zendesk.com/agent/tickets/${id}`);
  await page.waitForFunction((ticketId) => Boolean((window as any).__editors?.[ticketId]), id);
  return page;
}

async function switchTab(page: Page, id: string): Promise<void> {
  await page.locator(`a[data-test-id="header-tab"][data-entity-id="${id}"]`).click();
  await page.waitForFunction((ticketId) => Boolean((window as any).__editors?.[ticketId]), id);
}

async function showsTicket(panel: Frame, id: string): Promise<void> {
  await panel.getByRole('heading', { level: 1, name: new RegExp(`#${id}$`) }).waitFor();
  await panel.waitForFunction(() => !document.querySelector('textarea:disabled'));
}

describe('drafts', () => {
  it('keeps one draft per ticket across SPA ticket switches, even mid-typing, and inserts into the visible ticket', async () => {
    const browser = await launchWithExtension({ port: server.port });
    try {
      const page = await openTicket(browser, '4211');
      const panel = await openPanel(page, browser.extensionId);
      await showsTicket(panel, '4211');
      // The agent works in 4211's composer first: after the switch, the note must still go to 666's.
      await page.locator('.ck-editor__editable[contenteditable="true"]').first().click();
      // Switch tickets right after typing: the pending autosave must land on 4211.
      await field(panel, /Current hypothesis/).fill('hypothesis for 4211');
      await switchTab(page, '666');
      await showsTicket(panel, '666');
      expect(await field(panel, /Current hypothesis/).inputValue()).toBe('');
      await fillAgentSections(panel, 'hypothesis for 666', 'verify for 666');

      await switchTab(page, '4211');
      await showsTicket(panel, '4211');
      await expect.poll(() => field(panel, /Current hypothesis/).inputValue()).toBe('hypothesis for 4211');

      await switchTab(page, '666');
      await showsTicket(panel, '666');
      await expect.poll(() => field(panel, /Current hypothesis/).inputValue()).toBe('hypothesis for 666');
      await panel.getByRole('button', { name: /^Insert/ }).click();
      await panel.getByText(/Inserted/).waitFor();
      expect(countOf(await editorData(page, '666'), 'hypothesis for 666')).toBe(1);
      expect(countOf(await editorData(page, '4211'), 'hypothesis for 666')).toBe(0);
      expect(await panel.getByText(/Inserted as an internal note/).count()).toBe(1);
    } finally {
      await browser.close();
    }
  });

  it('restores the draft and the open panel after the browser is restarted', async () => {
    const first = await launchWithExtension({ port: server.port, keepUserDataDir: true });
    const profile = first.userDataDir;
    try {
      const page = await openTicket(first, '4211');
      const panel = await openPanel(page, first.extensionId);
      await showsTicket(panel, '4211');
      await fillAgentSections(panel, 'survives a restart', 'check the restart');
      await panel.getByText('Draft saved').waitFor();
    } finally {
      await first.close();
    }

    const second = await launchWithExtension({ port: server.port, userDataDir: profile });
    try {
      const page = await openTicket(second, '4211');
      const panel = await panelFrame(page, second.extensionId);
      // Opened without a click: the panel remembered it was open.
      await panel.getByRole('button', { name: /Close Handoff/ }).waitFor();
      await expect.poll(() => field(panel, /Current hypothesis/).inputValue()).toBe('survives a restart');
      expect(await field(panel, /What L2 should verify first/).inputValue()).toBe('check the restart');
    } finally {
      await second.close();
      const { rmSync } = await import('node:fs');
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
