// A team lead's options page, end to end in the built extension: a template made there is
// what the agent gets in the panel on a real ticket page, and a broken import changes nothing.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './extensionSession';
import { countOf, editorData, fillAgentSections, openPanel } from './panelDriver';

const session = useExtensionSession();

async function openOptions(): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  await page.getByRole('heading', { name: /^Editing: / }).waitFor();
  return page;
}

/** What storage.local holds for templates, read in the extension's service worker. */
function storedTemplates(): Promise<unknown> {
  return session.browser.serviceWorker.evaluate(async () => {
    const api = (globalThis as any).chrome;
    return (await api.storage.local.get('templates')).templates ?? null;
  });
}

describe('the options page', () => {
  it('creates a template that the panel uses on a Zendesk ticket, and inserts a note with it', async () => {
    const options = await openOptions();
    await options.getByRole('button', { name: 'New template' }).click();
    await options.getByLabel('Name of the new template').fill('Billing escalation');
    await options.getByRole('button', { name: 'Create template' }).click();
    await options.getByRole('heading', { name: 'Editing: Billing escalation' }).waitFor();
    await options.getByRole('button', { name: 'Add ready block Case type' }).click();
    await options.getByRole('button', { name: 'Add ready block Environment' }).click();
    const environment = options.getByRole('group', { name: 'Section 7: Environment' });
    await environment.getByRole('button', { name: 'Add a ticket source to section Environment' }).click();
    await environment.getByLabel('Source 1', { exact: true }).selectOption({ label: 'One ticket custom field, by name' });
    await environment.getByLabel('Custom field name (source 1)').fill('Tenant region');
    await options.getByRole('button', { name: 'Save template' }).click();
    await options.getByText('Saved “Billing escalation”.').waitFor();
    await options.getByRole('combobox', { name: 'Zendesk' }).selectOption({ label: 'Billing escalation' });
    await options.getByText('Zendesk now starts with “Billing escalation”.').waitFor();

    const ticket = await session.browser.context.newPage();
    await ticket.goto('https://acme.zendesk.com/agent/tickets/4211');
    await ticket.waitForFunction(() => Boolean((window as any).__editors?.['4211']));
    const panel = await openPanel(ticket, session.browser.extensionId);
    await expect.poll(() => panel.getByLabel('Template').inputValue()).toBe('billing-escalation');
    // Filled from the ticket's custom field, by the name the team lead typed.
    await expect.poll(() => panel.getByRole('textbox', { name: /^Environment/ }).inputValue()).toMatch(/^Tenant region: /);
    await fillAgentSections(panel, 'Invoice job skipped the EU tenant', 'Billing job log for eu-2 on 12 Nov');
    await panel.getByRole('radio', { name: /Product defect/ }).check();
    await panel.getByRole('button', { name: 'Insert as internal note' }).click();
    await panel.getByText(/Inserted as an internal note/).waitFor();

    const data = await editorData(ticket, '4211');
    expect(countOf(data, 'Invoice job skipped the EU tenant')).toBe(1);
    expect(data).toContain('<strong>Case type</strong>');
    expect(data).toContain('Product defect');
    expect(data).toContain('<strong>Environment</strong>');
    expect(data).toMatch(/Tenant region: /);
    expect(session.dialogs).toEqual([]);
  });

  it('refuses a broken or hostile import file, says why, and changes nothing', async () => {
    const options = await openOptions();
    const before = await storedTemplates();
    const hostile = {
      schemaVersion: 2,
      templates: [
        {
          schemaVersion: 2,
          id: 'evil',
          name: '<img src=x onerror=alert(1)>',
          sections: [{ id: 'a', label: 'A', prompt: '', example: '', required: false, wordLimit: 99999 }],
        },
      ],
    };
    // Written by hand: an object literal's __proto__ would set its prototype, not a key.
    const text = `${JSON.stringify(hostile).slice(0, -1)},"__proto__":{"polluted":true}}`;
    await options.getByLabel('Import templates').setInputFiles({
      name: 'team-templates.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const problems = options.getByRole('alert').filter({ hasText: 'Nothing was changed' });
    await problems.waitFor();
    expect(await problems.textContent()).toContain('templates[0].sections[0].wordLimit: must be at most 2000');

    await options.getByLabel('Import templates').setInputFiles({
      name: 'not-json.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion": 2, "templates": ['),
    });
    await options.getByRole('alert').filter({ hasText: 'not valid JSON' }).waitFor();

    expect(await storedTemplates()).toEqual(before);
    expect(await options.locator('img').count()).toBe(0);
    expect(await options.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
    expect(session.dialogs).toEqual([]);
  });
});
