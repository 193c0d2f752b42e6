// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { draftKey } from '@/lib/draft';
import type { PanelConfig } from '@/lib/panel/deps';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { resolveCatalog } from '@/lib/templates/library';
import { DEFAULT_TEMPLATE, type Template, type TemplateQuality, TemplateSchema } from '@/lib/templates/template';
import { sampleContext } from '../unit/core/sampleContext';
import { renderPanel } from './panelHarness';

const KEY = draftKey('zendesk', 'acme.zendesk.com', '4211');

function withQuality(quality: Partial<TemplateQuality>): Template {
  return TemplateSchema.parse({ ...DEFAULT_TEMPLATE, id: 'team', name: 'Team handoff', quality: { ...DEFAULT_TEMPLATE.quality, ...quality } });
}

function configFor(template: Template): PanelConfig {
  return {
    loadCatalog: async () => resolveCatalog({ schemaVersion: 2, templates: [template], defaults: { zendesk: template.id } }, null),
    loadSettings: async () => DEFAULT_SETTINGS,
    onCatalogChanged: () => () => undefined,
    onSettingsChanged: () => () => undefined,
  };
}

async function openTicket(harness: ReturnType<typeof renderPanel>, templateName?: string) {
  await screen.findByRole('button', { name: /Close Handoff/ });
  act(() => harness.bridge.showTicket(sampleContext()));
  await waitFor(() => expect(screen.queryByText(/Reading ticket/)).toBeNull());
  await waitFor(() => expect(screen.getAllByRole('textbox').every((box) => !(box as HTMLTextAreaElement).disabled)).toBe(true));
  if (templateName) await waitFor(() => expect(harness.store.getState().template.name).toBe(templateName));
}

const field = (label: RegExp) => screen.getByLabelText(label) as HTMLTextAreaElement;
const checklistItem = (id: string) => document.querySelector<HTMLElement>(`.checklist [data-item="${id}"]`);

afterEach(cleanup);

describe('Panel: what Baton found in the ticket', () => {
  it('lists each find with where it came from, described on focus', async () => {
    const harness = renderPanel();
    await openTicket(harness);
    const section = screen.getByRole('region', { name: 'What’s been tried' });
    const step = within(section).getByText('Cleared cookies → same error');
    expect(step.tabIndex).toBe(0);
    const tooltip = document.getElementById(step.getAttribute('aria-describedby')!)!;
    expect(tooltip.getAttribute('role')).toBe('tooltip');
    expect(tooltip.textContent).toContain('Sam Agent');
    expect(tooltip.textContent).toContain('Cleared cookies -> same error');
    expect(within(screen.getByRole('region', { name: 'Environment' })).getByText('Version: 5.2.1')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'IDs, errors, URLs, times' })).getByText('Error message: "SAML response invalid"')).toBeTruthy();
  });

  it('drops a find from the section that has it, keeps the choice in the draft, and restores it', async () => {
    const user = userEvent.setup();
    const harness = renderPanel();
    await openTicket(harness);
    expect(field(/What's been tried/).value).toContain('- Cleared cookies → same error');
    await user.click(screen.getByRole('button', { name: 'Drop Cleared cookies → same error' }));
    expect(field(/What's been tried/).value).not.toContain('Cleared cookies');
    expect(field(/What's been tried/).value).toContain('- Tried incognito → same error');
    await waitFor(async () => expect((await harness.store.getState().flush(), await harness.db.drafts.get(KEY))?.extraction?.dropped).toEqual(['tried:cleared cookies']));

    await user.click(screen.getByRole('button', { name: 'Restore Cleared cookies → same error' }));
    expect(field(/What's been tried/).value).toContain('- Cleared cookies → same error');
    expect(harness.store.getState().choices.dropped).toEqual([]);
  });

  it('rewords a find in a section the agent already wrote in, leaving the agent’s own lines alone', async () => {
    const user = userEvent.setup();
    const harness = renderPanel();
    await openTicket(harness);
    const tried = field(/What's been tried/);
    await user.type(tried, '\n- Asked for a HAR file → waiting');
    await user.click(screen.getByRole('button', { name: 'Edit Tried incognito → same error' }));
    const input = screen.getByLabelText('Edit “Tried incognito → same error”');
    await user.clear(input);
    await user.type(input, 'Tried incognito on Chrome 131 → same error{Enter}');
    expect(tried.value).toContain('- Tried incognito on Chrome 131 → same error');
    expect(tried.value).toContain('- Asked for a HAR file → waiting');
    expect(tried.value).not.toContain('- Tried incognito → same error');
    expect(screen.getByText(/\(edited\)/)).toBeTruthy();
  });
});

describe('Panel: missing data, lint and completeness before insert', () => {
  it('shows the template’s checklist items live, with what counts as present and what is required', async () => {
    const user = userEvent.setup();
    const template = withQuality({ checklist: { timestamps: 'require', authorization: 'off' } });
    const harness = renderPanel({ config: configFor(template) });
    await openTicket(harness, 'Team handoff');
    expect(checklistItem('authorization')).toBeNull();
    expect(checklistItem('environment')?.className).toBe('checklist-present');
    expect(checklistItem('permissions-plan')?.className).toBe('checklist-present');
    expect(checklistItem('timestamps')?.className).toBe('checklist-missing');
    expect(checklistItem('timestamps')?.textContent).toContain('(required)');
    await user.type(field(/What L2 should verify first/), 'SAML logs for org 88231 at 14:30 UTC');
    await waitFor(() => expect(checklistItem('timestamps')?.className).toBe('checklist-present'));
    expect(checklistItem('account-ids')?.className).toBe('checklist-present');
  });

  it('points out a hypothesis without a reason, and the score moves when the agent gives one', async () => {
    const user = userEvent.setup();
    const harness = renderPanel();
    await openTicket(harness);
    const score = () => Number(screen.getByTestId('completeness-score').textContent);
    const before = score();
    const hypothesis = field(/Current hypothesis/);
    await user.type(hypothesis, 'Probably a bug.');
    const hintOf = (rule: string) => document.querySelector(`[data-section="hypothesis"] [data-rule="${rule}"]`);
    await waitFor(() => expect(hintOf('hypothesis-without-reason')).not.toBeNull());
    // Read out with the field itself.
    expect(hypothesis.getAttribute('aria-describedby')).toContain(hintOf('hypothesis-without-reason')!.parentElement!.id);
    const halfCredit = score();
    expect(halfCredit).toBeGreaterThan(before);
    await user.clear(hypothesis);
    await user.type(hypothesis, 'The plan change rotated the IdP certificate, because the error started the same hour and only SSO users fail.');
    await waitFor(() => expect(hintOf('hypothesis-without-reason')).toBeNull());
    expect(score()).toBeGreaterThan(halfCredit);
    expect(screen.getByRole('list', { name: 'Why this score' }).textContent).toContain('Sections');
  });

  it('asks before inserting without required data, and records "insert anyway" in the note', async () => {
    const user = userEvent.setup();
    const template = withQuality({ checklist: { timestamps: 'require' } });
    const harness = renderPanel({ config: configFor(template) });
    await openTicket(harness, 'Team handoff');
    await user.type(field(/Current hypothesis/), 'Certificate rotated with the plan change, since only SSO users fail.');
    await user.type(field(/What L2 should verify first/), 'SAML logs for org 88231 this morning.');
    await user.click(screen.getByRole('button', { name: 'Insert as internal note' }));
    const prompt = await screen.findByRole('alertdialog');
    expect(prompt.textContent).toContain('missing data the team requires: Timestamps (with time zone)');
    expect(harness.bridge.inserts()).toHaveLength(0);
    // Going back changes nothing; the agent can complete the note.
    await user.click(within(prompt).getByRole('button', { name: 'Go back and complete it' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Insert as internal note' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Insert anyway' }));
    await screen.findByText(/Inserted as an internal note/);
    const [insert] = harness.bridge.inserts();
    expect(insert.html).toContain('Inserted anyway: missing data the team requires: Timestamps (with time zone).');
    expect(insert.text).toContain('Inserted anyway: missing data the team requires: Timestamps (with time zone).');
  });

  it('inserts without asking once the required data is in the note', async () => {
    const user = userEvent.setup();
    const template = withQuality({ checklist: { timestamps: 'require' } });
    const harness = renderPanel({ config: configFor(template) });
    await openTicket(harness, 'Team handoff');
    await user.type(field(/Current hypothesis/), 'Certificate rotated with the plan change, since only SSO users fail.');
    await user.type(field(/What L2 should verify first/), 'SAML logs for org 88231 at 14:30 UTC.');
    await user.click(screen.getByRole('button', { name: 'Insert as internal note' }));
    await screen.findByText(/Inserted as an internal note/);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(harness.bridge.inserts()[0].html).not.toContain('Inserted anyway');
  });

  it('asks when the note is below the team’s minimum score', async () => {
    const user = userEvent.setup();
    const harness = renderPanel({ config: configFor(withQuality({ minimumScore: 100 })) });
    await openTicket(harness, 'Team handoff');
    expect(screen.getByText(/team minimum 100/)).toBeTruthy();
    await user.type(field(/Current hypothesis/), 'Not sure.');
    await user.type(field(/What L2 should verify first/), 'Check it.');
    await user.click(screen.getByRole('button', { name: 'Insert as internal note' }));
    const prompt = await screen.findByRole('alertdialog');
    expect(prompt.textContent).toMatch(/completeness \d+\/100 is below the team's minimum of 100/);
  });
});
