// The handoff-quality engine in the built extension, on the Zendesk fixture ticket 4211 with a
// real CKEditor 5 composer: what Baton found in the conversation (with where each find came
// from), dropping a find, the live missing-data checklist, and "insert anyway" in the note.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './extensionSession';
import { editorData, field, fillAgentSections, openPanel } from './panelDriver';

const session = useExtensionSession();

/** The team's template: the standard handoff, with timestamps required and authorization not asked. */
async function useTeamTemplate(): Promise<void> {
  await session.browser.serviceWorker.evaluate(async () => {
    const api = (globalThis as any).chrome;
    await api.storage.local.set({
      templates: {
        schemaVersion: 2,
        templates: [
          {
            schemaVersion: 2,
            id: 'team',
            name: 'Team handoff',
            sections: [
              { id: 'happening', label: "What's happening", prompt: 'What fails', example: 'x', required: false, wordLimit: 100, kind: 'text', role: 'happening', fill: [{ from: 'subject' }, { from: 'identifiers' }] },
              { id: 'tried', label: "What's been tried", prompt: 'action → result', example: 'x', required: false, wordLimit: 100, kind: 'text', role: 'tried', fill: [{ from: 'agentSteps' }] },
              { id: 'hypothesis', label: 'Current hypothesis', prompt: 'why', example: 'x', required: true, wordLimit: 100, kind: 'text', role: 'hypothesis', fill: [] },
              { id: 'customer', label: 'Customer context', prompt: 'plan', example: 'x', required: false, wordLimit: 100, kind: 'text', role: 'customer', fill: [{ from: 'organization' }, { from: 'environment' }] },
              { id: 'verify-first', label: 'What L2 should verify first', prompt: 'where', example: 'x', required: true, wordLimit: 100, kind: 'text', role: 'verifyFirst', fill: [] },
              { id: 'missing-data', label: 'Missing data', prompt: 'tick', example: 'x', required: false, wordLimit: 200, kind: 'checklist', fill: [] },
            ],
            quality: { checklist: { timestamps: 'require', authorization: 'off' }, minimumScore: 0 },
          },
        ],
        defaults: { zendesk: 'team' },
      },
    });
  });
}

async function openTicket(id: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`https://acme.zendesk.com/agent/tickets/${id}`);
  await page.waitForFunction((ticketId) => Boolean((window as any).__editors?.[ticketId]), id);
  return page;
}

describe('the handoff-quality engine on a Zendesk ticket', () => {
  it('shows the steps it found with their sources, drops one, checks for missing data and records "insert anyway"', async () => {
    await useTeamTemplate();
    const page = await openTicket('4211');
    const panel = await openPanel(page, session.browser.extensionId);
    await panel.getByRole('heading', { level: 2 }).waitFor();

    // The steps from the agents' notes, as action → result, in the section and in the list of finds.
    const tried = panel.getByRole('region', { name: 'What’s been tried' });
    const clearedCookies = tried.getByText(/^Cleared cookies.* → same error$/u);
    await clearedCookies.waitFor();
    const clearedLine = (await clearedCookies.textContent())!;
    await expect.poll(() => field(panel, /What's been tried/).inputValue()).toContain(`- ${clearedLine}`);
    expect(await field(panel, /What's been tried/).inputValue()).toMatch(/- Re-saved (?:the )?SSO settings(?: from the admin console)? → no change/u);

    // Focus on a find shows which timeline entry it came from.
    const step = clearedCookies;
    await step.focus();
    const source = panel.locator(`#${await step.getAttribute('aria-describedby')}`);
    await expect.poll(() => source.isVisible()).toBe(true);
    expect(await source.textContent()).toMatch(/^From .+: “.*Cleared cookies/u);

    // Dropping a find takes its line out of the section.
    const passwordStep = await tried.locator('.found-text', { hasText: /^Password login/ }).first().textContent();
    await tried.getByRole('button', { name: `Drop ${passwordStep}` }).click();
    await expect.poll(() => field(panel, /What's been tried/).inputValue()).not.toContain('Password login');

    // The live checklist: the template's items only, what the ticket already gives, what it lacks.
    const item = (id: string) => panel.locator(`.checklist [data-item="${id}"]`);
    await item('timestamps').waitFor();
    expect(await item('timestamps').getAttribute('class')).toBe('checklist-missing');
    expect(await item('timestamps').textContent()).toContain('(required)');
    expect(await item('affected-users').getAttribute('class')).toBe('checklist-present');
    expect(await item('permissions-plan').getAttribute('class')).toBe('checklist-present');
    expect(await item('authorization').count()).toBe(0);
    const score = Number(await panel.getByTestId('completeness-score').textContent());
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(100);

    await fillAgentSections(
      panel,
      'The plan change moved the account to tenant eu-2, so the SP entity ID no longer matches Okta: re-saving changed nothing.',
      'Check the SAML settings of the Lumen Freight account for the eu-legacy entity ID.',
    );
    await panel.getByRole('button', { name: 'Insert as internal note' }).click();
    const prompt = panel.getByRole('alertdialog');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('missing data the team requires: Timestamps (with time zone)');
    await prompt.getByRole('button', { name: 'Insert anyway' }).click();
    await panel.getByText(/Inserted as an internal note/).waitFor();

    const note = await editorData(page, '4211');
    expect(note).toContain(clearedLine);
    expect(note).not.toContain('Password login');
    expect(note).toMatch(/Provided: Number of affected users \(/u);
    expect(note).toContain('Missing: Timestamps (with time zone)');
    expect(note).toContain('Inserted anyway: missing data the team requires: Timestamps (with time zone).');
    expect(session.pageErrors).toEqual([]);
    expect(session.dialogs).toEqual([]);
  });
});
