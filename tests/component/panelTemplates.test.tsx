// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { draftKey } from '@/lib/draft';
import { BatonDb } from '@/lib/storage/db';
import { type DraftStore, dexieDraftStore } from '@/lib/storage/draftRepo';
import type { PanelConfig } from '@/lib/panel/deps';
import { DEFAULT_SETTINGS, type PersonalSettings } from '@/lib/settings';
import { READY_BLOCKS } from '@/lib/templates/blocks';
import { resolveCatalog, type TemplateLibrary } from '@/lib/templates/library';
import { DEFAULT_TEMPLATE, type Template, TemplateSchema } from '@/lib/templates/template';
import { sampleContext } from '../unit/core/sampleContext';
import { renderPanel } from './panelHarness';

const KEY = draftKey('zendesk', 'acme.zendesk.com', '4211');

const BILLING: Template = TemplateSchema.parse({
  schemaVersion: 2,
  id: 'billing',
  name: 'Billing escalation',
  sections: [
    { id: 'happening', label: 'Billing problem', prompt: 'What is wrong with the bill?', example: 'Charged twice', required: false, wordLimit: 80, fill: [{ from: 'subject' }] },
    { id: 'plan', label: 'Plan', prompt: '', example: '', required: false, wordLimit: 20, fill: [{ from: 'organizationField', name: 'Plan tier' }] },
    READY_BLOCKS.find((b) => b.id === 'case-type')!.section,
    READY_BLOCKS.find((b) => b.id === 'missing-data')!.section,
  ],
});

/** In-memory templates + settings the test can change, as the options page would. */
function fakeConfig(library: TemplateLibrary, settings: PersonalSettings = DEFAULT_SETTINGS) {
  const state = { library, settings };
  const catalogListeners = new Set<() => void>();
  const settingsListeners = new Set<(s: PersonalSettings) => void>();
  const config: PanelConfig = {
    loadCatalog: async () => resolveCatalog(state.library, null),
    loadSettings: async () => state.settings,
    onCatalogChanged: (listener) => {
      catalogListeners.add(listener);
      return () => catalogListeners.delete(listener);
    },
    onSettingsChanged: (listener) => {
      settingsListeners.add(listener);
      return () => settingsListeners.delete(listener);
    },
  };
  return {
    config,
    setLibrary(next: TemplateLibrary) {
      state.library = next;
      act(() => catalogListeners.forEach((l) => l()));
    },
    setSettings(next: PersonalSettings) {
      state.settings = next;
      act(() => settingsListeners.forEach((l) => l(next)));
    },
  };
}

const library = (templates: Template[], defaults: TemplateLibrary['defaults'] = {}): TemplateLibrary => ({
  schemaVersion: 2,
  templates,
  defaults,
});

async function openTicket(harness: ReturnType<typeof renderPanel>) {
  await screen.findByRole('button', { name: /Close Handoff/ });
  act(() => harness.bridge.showTicket(sampleContext()));
  await waitFor(() => expect(screen.queryByText(/Reading ticket/)).toBeNull());
  await waitFor(() => expect(screen.getAllByRole('textbox').every((box) => !(box as HTMLTextAreaElement).disabled)).toBe(true));
}

const field = (label: RegExp) => screen.getByLabelText(label) as HTMLTextAreaElement;

afterEach(cleanup);

describe('Panel templates', () => {
  it("starts a new draft with the helpdesk's default template and pre-fills from its sources", async () => {
    const { config } = fakeConfig(library([DEFAULT_TEMPLATE, BILLING], { zendesk: 'billing' }));
    const harness = renderPanel({ config });
    await openTicket(harness);
    expect((screen.getByLabelText('Template') as HTMLSelectElement).value).toBe('billing');
    expect(field(/Billing problem/).value).toBe('SSO login fails after plan change');
    expect(field(/^Plan/).value).toBe('Plan tier: Enterprise');
    expect(screen.queryByLabelText(/Current hypothesis/)).toBeNull();
  });

  it('switches template, keeps typed text, and the draft remembers the template after a reload', async () => {
    const { config } = fakeConfig(library([DEFAULT_TEMPLATE, BILLING]));
    const harness = renderPanel({ config });
    await openTicket(harness);
    await userEvent.type(field(/Current hypothesis/), 'Card network outage');
    await userEvent.selectOptions(screen.getByLabelText('Template'), 'billing');
    expect(field(/^Plan/).value).toBe('Plan tier: Enterprise');
    // The hypothesis is not a section of the billing template: kept, shown apart, not lost.
    const kept = screen.getByText(/not in this template/).closest('details')!;
    expect(within(kept).getByText('Card network outage')).toBeTruthy();
    await waitFor(async () => expect((await harness.db.drafts.get(KEY))?.templateId).toBe('billing'), { timeout: 1000 });
    expect((await harness.db.drafts.get(KEY))?.answers.hypothesis).toBe('Card network outage');
    cleanup();

    const again = renderPanel({ db: harness.db, config });
    await openTicket(again);
    expect((screen.getByLabelText('Template') as HTMLSelectElement).value).toBe('billing');
    await userEvent.selectOptions(screen.getByLabelText('Template'), 'default');
    expect(field(/Current hypothesis/).value).toBe('Card network outage');
  });

  it('opens a draft whose template was deleted with the default, and keeps its text', async () => {
    const { config } = fakeConfig(library([DEFAULT_TEMPLATE, BILLING]));
    const first = renderPanel({ config });
    await openTicket(first);
    await userEvent.selectOptions(screen.getByLabelText('Template'), 'billing');
    await userEvent.type(field(/Billing problem/), ' twice');
    await waitFor(async () => expect((await first.db.drafts.get(KEY))?.answers.happening).toContain('twice'), { timeout: 1000 });
    cleanup();

    const { config: without } = fakeConfig(library([DEFAULT_TEMPLATE]));
    const again = renderPanel({ db: first.db, config: without });
    await openTicket(again);
    expect(screen.getByText(/no longer exists \("billing"\)/).textContent).toContain('Standard L2 handoff');
    // The draft's "happening" section exists in the default template too: its text is there.
    expect(field(/What's happening/).value).toContain('twice');
    // Nothing typed was written over by pre-fill.
    expect(field(/Current hypothesis/).value).toBe('');
  });

  it('does not keep a new draft waiting for slow templates, and moves it to the team default when they arrive', async () => {
    const fake = fakeConfig(library([DEFAULT_TEMPLATE, BILLING], { zendesk: 'billing' }));
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const config: PanelConfig = { ...fake.config, loadCatalog: async () => (await slow, fake.config.loadCatalog()) };
    const harness = renderPanel({ config });
    await openTicket(harness);
    expect(field(/What's happening/).value).toContain('SSO login fails');
    await userEvent.type(field(/What's happening/), ' for SSO users');
    await act(async () => release());
    await waitFor(() => expect((screen.getByLabelText('Template') as HTMLSelectElement).value).toBe('billing'));
    // Its "happening" section shares the id: the agent's edit carries over, untouched pre-fill does not.
    expect(field(/Billing problem/).value).toContain('for SSO users');
    expect(field(/^Plan/).value).toBe('Plan tier: Enterprise');
  });

  it('restores a draft at once while the templates are slow, then shows it with its own template', async () => {
    const fast = fakeConfig(library([DEFAULT_TEMPLATE, BILLING]));
    const first = renderPanel({ config: fast.config });
    await openTicket(first);
    await userEvent.selectOptions(screen.getByLabelText('Template'), 'billing');
    await userEvent.type(field(/Billing problem/), ' twice');
    await waitFor(async () => expect((await first.db.drafts.get(KEY))?.templateId).toBe('billing'), { timeout: 1000 });
    cleanup();

    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const config: PanelConfig = { ...fast.config, loadCatalog: async () => (await slow, fast.config.loadCatalog()) };
    const again = renderPanel({ db: first.db, config });
    await openTicket(again);
    // Its text is there before the templates are: the shared "happening" section shows it.
    expect(field(/What's happening/).value).toContain('twice');
    expect(screen.queryByText(/no longer exists/)).toBeNull();
    await act(async () => release());
    await waitFor(() => expect(field(/Billing problem/).value).toContain('twice'));
    expect(screen.queryByText(/no longer exists/)).toBeNull();
  });

  it('takes the team default when the templates arrive while the draft is still being looked up', async () => {
    const fake = fakeConfig(library([DEFAULT_TEMPLATE, BILLING], { zendesk: 'billing' }));
    const db = new BatonDb(`test-${crypto.randomUUID()}`);
    const stored = dexieDraftStore(db);
    let release: () => void = () => undefined;
    const lookup = new Promise<void>((resolve) => (release = resolve));
    const drafts: DraftStore = { ...stored, get: async (key) => (await lookup, stored.get(key)) };
    let releaseTemplates: () => void = () => undefined;
    const templates = new Promise<void>((resolve) => (releaseTemplates = resolve));
    const config: PanelConfig = { ...fake.config, loadCatalog: async () => (await templates, fake.config.loadCatalog()) };
    const harness = renderPanel({ config, drafts, db });
    await screen.findByRole('button', { name: /Close Handoff/ });
    act(() => harness.bridge.showTicket(sampleContext()));
    // The ticket opens with the built-in template; the team's arrive while its draft lookup hangs.
    await act(async () => releaseTemplates());
    await screen.findByLabelText('Template');
    await act(async () => release());
    await waitFor(() => expect(field(/Billing problem/).value).toBe('SSO login fails after plan change'));
    expect((screen.getByLabelText('Template') as HTMLSelectElement).value).toBe('billing');
  });

  it('keeps a draft that was typed in during the insert out of retention', async () => {
    const { config } = fakeConfig(library([DEFAULT_TEMPLATE]));
    const harness = renderPanel({ config });
    await openTicket(harness);
    await userEvent.type(field(/Current hypothesis/), 'h');
    await userEvent.type(field(/verify first/), 'v');
    harness.bridge.holdInserts = true;
    await userEvent.click(screen.getByRole('button', { name: 'Insert as internal note' }));
    await userEvent.type(field(/Current hypothesis/), ' and more after the click');
    // Autosaved while the page is still inserting: the insert's own write comes last.
    await waitFor(async () => expect((await harness.db.drafts.get(KEY))?.answers.hypothesis).toBe('h and more after the click'));
    await act(async () => harness.bridge.answerHeldInserts());
    await screen.findByText(/Inserted as an internal note/);
    await waitFor(async () => {
      const draft = await harness.db.drafts.get(KEY);
      expect(draft?.answers.hypothesis).toBe('h and more after the click');
      expect(draft?.insertedAt).toBeDefined();
      // Newer than the insert: retention only removes drafts untouched since their insert.
      expect(draft!.updatedAt).toBeGreaterThan(draft!.insertedAt!);
    });
  });

  it('follows an edit of its template on the options page without losing text', async () => {
    const fake = fakeConfig(library([DEFAULT_TEMPLATE]));
    const harness = renderPanel({ config: fake.config });
    await openTicket(harness);
    await userEvent.type(field(/Current hypothesis/), 'Rotated cert');
    const renamed = {
      ...DEFAULT_TEMPLATE,
      sections: DEFAULT_TEMPLATE.sections.map((s) => (s.id === 'hypothesis' ? { ...s, label: 'Best guess' } : s)).filter((s) => s.id !== 'customer'),
    };
    fake.setLibrary(library([renamed]));
    await waitFor(() => expect(field(/Best guess/).value).toBe('Rotated cert'));
    expect(screen.queryByLabelText(/Customer context/)).toBeNull();
  });

  it('puts the case type with its guidance and the checklist into the note', async () => {
    const { config } = fakeConfig(library([BILLING]));
    const harness = renderPanel({ config });
    await openTicket(harness);
    await userEvent.click(screen.getByRole('radio', { name: /Configuration issue/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Account identifiers' }));
    await userEvent.click(screen.getByRole('button', { name: 'Insert as internal note' }));
    await waitFor(() => expect(harness.bridge.inserts()).toHaveLength(1));
    const { text } = harness.bridge.inserts()[0];
    expect(text).toContain('CASE TYPE\nConfiguration issue\nNext step: Guide the customer');
    // The live checklist: ticked by the agent, or found in the ticket and the note, with where.
    expect(text).toMatch(/- Provided: Account identifiers \([^)]+\)\n- Missing: Timestamps \(with time zone\)/u);
    expect(text).toContain('- Provided: Permissions / plan (');
  });

  it('keeps text a section held before the team lead made it a checklist, and does not overwrite it on a tick', async () => {
    const asText = TemplateSchema.parse({ ...BILLING, sections: BILLING.sections.map((s) => (s.id === 'missing-data' ? { ...s, kind: 'text' } : s)) });
    const fake = fakeConfig(library([asText]));
    const harness = renderPanel({ config: fake.config });
    await openTicket(harness);
    await userEvent.type(field(/^Missing data/), 'No HAR yet');
    fake.setLibrary(library([BILLING]));
    const notes = await screen.findByLabelText('Notes on missing data (optional)');
    expect((notes as HTMLTextAreaElement).value).toBe('No HAR yet');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Account identifiers' }));
    expect((screen.getByLabelText('Notes on missing data (optional)') as HTMLTextAreaElement).value).toBe('No HAR yet');
    await waitFor(async () => expect((await harness.db.drafts.get(KEY))?.answers['missing-data']).toBe('Account identifiers\nNo HAR yet'));
  });

  it("follows the agent's settings: panel side, and inserting without switching to internal note", async () => {
    const fake = fakeConfig(library([DEFAULT_TEMPLATE]), { ...DEFAULT_SETTINGS, panelSide: 'left', insertAsInternalNote: false });
    const harness = renderPanel({ config: fake.config });
    await openTicket(harness);
    expect(harness.bridge.sent).toContainEqual({ type: 'layout', open: true, side: 'left' });
    await userEvent.type(field(/Current hypothesis/), 'h');
    await userEvent.type(field(/verify first/), 'v');
    await userEvent.click(screen.getByRole('button', { name: 'Insert into editor' }));
    await waitFor(() => expect(harness.bridge.inserts()).toHaveLength(1));
    expect(harness.bridge.inserts()[0].asInternalNote).toBe(false);

    fake.setSettings({ ...DEFAULT_SETTINGS, panelSide: 'right' });
    expect(harness.bridge.sent.at(-1)).toEqual({ type: 'layout', open: true, side: 'right' });
    expect(screen.getByRole('button', { name: 'Insert as internal note' })).toBeTruthy();
  });
});
