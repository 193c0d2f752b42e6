// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { TemplatesDeps } from '@/components/options/templates/deps';
import { TemplatesCard } from '@/components/options/templates/TemplatesCard';
import { createTemplate } from '@/lib/templates/editing';
import { DEFAULT_LIBRARY, type ManagedTemplates, type TemplateLibrary, TemplateLibrarySchema } from '@/lib/templates/library';
import { type ManagedPolicy, NO_POLICY } from '@/lib/templates/managedPolicy';
import { DEFAULT_TEMPLATE, type Template } from '@/lib/templates/template';

afterEach(cleanup);

interface FakeOptions {
  library?: TemplateLibrary;
  damaged?: boolean;
  policy?: ManagedPolicy;
}

/** Storage in memory. Saving validates like the real store, which refuses a library the schema rejects. */
function fakeDeps({ library = DEFAULT_LIBRARY, damaged = false, policy = NO_POLICY }: FakeOptions = {}) {
  const state = {
    library: structuredClone(library),
    damaged,
    policy,
    saves: [] as TemplateLibrary[],
    failSaves: false,
    listeners: new Set<() => void>(),
  };
  const deps: TemplatesDeps = {
    loadLibrary: async () => ({ library: structuredClone(state.library), damaged: state.damaged }),
    saveLibrary: async (next) => {
      if (state.failSaves) throw new Error('storage quota exceeded');
      const parsed = TemplateLibrarySchema.parse(next);
      state.library = structuredClone(parsed);
      state.damaged = false;
      state.saves.push(parsed);
    },
    loadPolicy: async () => state.policy,
    onChanged: (listener) => {
      state.listeners.add(listener);
      return () => state.listeners.delete(listener);
    },
  };
  /** Storage tells everyone something changed (the policy, another window's settings). */
  const notifyChanged = async () => {
    await act(async () => state.listeners.forEach((listener) => listener()));
  };
  /** Another card (an import) writes the library, and storage tells everyone. */
  const changeElsewhere = async (next: TemplateLibrary) => {
    state.library = structuredClone(next);
    await notifyChanged();
  };
  return { deps, state, changeElsewhere, notifyChanged };
}

/** The library as another window would store it: `change` applied to a copy of `library`. */
function changedCopy(library: TemplateLibrary, change: (library: TemplateLibrary) => void): TemplateLibrary {
  const next = structuredClone(library);
  change(next);
  return TemplateLibrarySchema.parse(next);
}

function libraryWith(...names: string[]): TemplateLibrary {
  return names.reduce((library, name) => {
    const result = createTemplate(library, name);
    if (!result.ok) throw new Error(result.error);
    return result.value.library;
  }, DEFAULT_LIBRARY);
}

const ORG_TEMPLATE: Template = { ...DEFAULT_TEMPLATE, id: 'org-handoff', name: 'Org handoff' };

function managedPolicy(overrides: Partial<ManagedTemplates> = {}, problems: string[] = []): ManagedPolicy {
  return { templates: { templates: [ORG_TEMPLATE], defaults: {}, locked: false, ...overrides }, problems };
}

async function renderCard(options: FakeOptions = {}) {
  const fake = fakeDeps(options);
  const user = userEvent.setup();
  const view = render(<TemplatesCard deps={fake.deps} />);
  await screen.findByRole('list', { name: 'Templates' });
  return { ...fake, user, container: view.container };
}

const templateList = () => screen.getByRole('list', { name: 'Templates' });
/** The names in the list, top to bottom. */
const listedNames = () => within(templateList()).getAllByRole('listitem').map((item) => within(item).getAllByRole('button')[0].textContent);
const sectionGroup = (name: string) => screen.getByRole('group', { name });
const input = (element: HTMLElement) => element as HTMLInputElement;

async function replaceText(user: ReturnType<typeof userEvent.setup>, element: HTMLElement, text: string) {
  await user.clear(element);
  if (text) await user.type(element, text);
}

/** The alerts with text: the live regions themselves are always in the page, most of them empty. */
const shownAlerts = () => screen.queryAllByRole('alert').filter((alert) => alert.textContent?.trim());
function shownAlert(): HTMLElement {
  const shown = shownAlerts();
  if (shown.length !== 1) throw new Error(`expected one alert with text, found: ${JSON.stringify(shown.map((a) => a.textContent))}`);
  return shown[0];
}
const findAlert = () => waitFor(shownAlert);
/** Every live region in the page now, to check later that a message appeared in one already there. */
const liveRegions = () => new Set([...screen.queryAllByRole('alert'), ...screen.queryAllByRole('status')]);

describe('TemplatesCard: loading and errors', () => {
  it('says it is loading until the library arrives', async () => {
    const fake = fakeDeps();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const load = fake.deps.loadLibrary;
    fake.deps.loadLibrary = async () => {
      await gate;
      return load();
    };
    render(<TemplatesCard deps={fake.deps} />);
    expect(screen.getByRole('status').textContent).toBe('Loading templates…');
    await act(async () => release());
    expect(await screen.findByRole('button', { name: 'Standard L2 handoff' })).toBeTruthy();
    expect(screen.queryByText('Loading templates…')).toBeNull();
  });

  it('says when the templates cannot be read and tries again on request', async () => {
    const fake = fakeDeps();
    const load = fake.deps.loadLibrary;
    let fail = true;
    fake.deps.loadLibrary = async () => {
      if (fail) throw new Error('storage unavailable');
      return load();
    };
    const user = userEvent.setup();
    render(<TemplatesCard deps={fake.deps} />);
    // The alert region is there from the start, so the failure is announced when it lands in it.
    const region = screen.getByRole('alert');
    expect(region.textContent).toBe('');
    const alert = await findAlert();
    expect(alert).toBe(region);
    expect(alert.textContent).toBe('Could not read your templates: storage unavailable');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Standard L2 handoff' })).toBeTruthy();
    expect(shownAlerts()).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('warns about a damaged library and the policy’s problems, and overwrites nothing until the lead saves', async () => {
    const { user, state, notifyChanged } = await renderCard({
      damaged: true,
      policy: managedPolicy({}, ['templates[1].name: give the template a name']),
    });
    expect(shownAlert().textContent).toMatch(/could not be read.*standard template is shown.*nothing is overwritten until you save/);
    const problems = screen.getByRole('region', { name: "Your organisation's policy has problems" });
    expect(problems.textContent).toContain('templates[1].name: give the template a name');

    // Everything short of saving: switching templates, editing, discarding, editing again,
    // switching preview tabs, and storage announcing a change (which reloads the card).
    await user.click(screen.getByRole('button', { name: 'Standard L2 handoff' }));
    await replaceText(user, screen.getByLabelText('Template name'), 'Throwaway');
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    await user.click(screen.getByRole('button', { name: 'Org handoff' }));
    await user.click(screen.getByRole('button', { name: 'Standard L2 handoff' }));
    await replaceText(user, within(sectionGroup('Section 3: Current hypothesis')).getByLabelText('Label'), 'Best guess');
    await user.click(screen.getByRole('tab', { name: 'Freshdesk' }));
    await notifyChanged();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(state.saves).toHaveLength(0);
    expect(state.damaged).toBe(true);
    expect(shownAlert().textContent).toMatch(/could not be read/u);

    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText('Saved “Standard L2 handoff”.');
    expect(state.saves).toHaveLength(1);
    expect(state.damaged).toBe(false);
    expect(state.library.templates.map((t) => t.sections[2].label)).toEqual(['Best guess']);
    expect(shownAlerts()).toEqual([]);
  });

  it('keeps the edits and says so when saving fails', async () => {
    const { user, state } = await renderCard();
    state.failSaves = true;
    await replaceText(user, screen.getByLabelText('Template name'), 'Renamed');
    const regions = liveRegions();
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    const alert = await findAlert();
    expect(alert.textContent).toBe('Could not save your templates: storage quota exceeded. Your changes are still here.');
    expect(regions.has(alert)).toBe(true);
    expect(input(screen.getByLabelText('Template name')).value).toBe('Renamed');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    expect(state.library).toEqual(DEFAULT_LIBRARY);
  });
});

describe('TemplatesCard: building a template', () => {
  it('creates a template, edits a section, adds a ready block with a custom-field source and saves it all', async () => {
    const { user, state } = await renderCard();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.type(screen.getByLabelText('Name of the new template'), 'Billing escalation');
    await user.click(screen.getByRole('button', { name: 'Create template' }));
    const heading = await screen.findByRole('heading', { name: 'Editing: Billing escalation' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(state.library.templates.map((t) => t.id)).toEqual(['default', 'billing-escalation']);
    expect(listedNames()).toEqual(['Standard L2 handoff', 'Billing escalation']);

    const hypothesis = sectionGroup('Section 3: Current hypothesis');
    await replaceText(user, within(hypothesis).getByLabelText('Label'), 'Best guess');
    await replaceText(user, within(hypothesis).getByLabelText('Prompt'), 'Why you think so.');
    await user.click(within(hypothesis).getByLabelText('Required'));
    await replaceText(user, within(hypothesis).getByLabelText('Word limit'), '60');
    expect(hypothesis.querySelector('legend')?.textContent).toBe('Section 3: Best guess');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add ready block Environment' }));
    const environment = sectionGroup('Section 6: Environment');
    await waitFor(() => expect(document.activeElement).toBe(within(environment).getByLabelText('Label')));
    await user.click(within(environment).getByRole('button', { name: 'Add a ticket source to section Environment' }));
    await user.selectOptions(within(environment).getByLabelText('Source 1'), 'One ticket custom field, by name');
    await user.type(within(environment).getByLabelText('Custom field name (source 1)'), 'App version');
    // The preview fills it from the sample ticket straight away.
    expect(screen.getByRole('tabpanel').textContent).toContain('App version: 5.2.1');

    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect((await screen.findByText('Saved “Billing escalation”.')).getAttribute('role')).toBe('status');
    expect(screen.queryByText('Unsaved changes')).toBeNull();
    const saved = state.library.templates[1];
    expect(saved.name).toBe('Billing escalation');
    expect(saved.sections.map((s) => s.id)).toEqual(['happening', 'tried', 'hypothesis', 'customer', 'verify-first', 'environment']);
    expect(saved.sections[2]).toMatchObject({ id: 'hypothesis', label: 'Best guess', prompt: 'Why you think so.', required: false, wordLimit: 60 });
    expect(saved.sections[5]).toMatchObject({
      id: 'environment',
      label: 'Environment',
      kind: 'text',
      fill: [{ from: 'customField', name: 'App version' }],
    });
    // The standard template was not touched.
    expect(state.library.templates[0]).toEqual(DEFAULT_TEMPLATE);
  });

  it("sets the team's bar: checklist items off, shown or required, a minimum score, and what a section is checked as", async () => {
    const { user, state } = await renderCard();
    const bar = screen.getByRole('group', { name: 'Before insert: missing data and completeness' });
    await user.selectOptions(within(bar).getByLabelText('Timestamps (with time zone)'), 'Require before insert');
    await user.selectOptions(within(bar).getByLabelText('Customer authorization for account changes'), 'Don’t ask');
    await replaceText(user, within(bar).getByLabelText('Minimum completeness score'), '70');
    const customer = sectionGroup('Section 4: Customer context');
    await user.selectOptions(within(customer).getByLabelText('Checked as'), 'Only vague text and the word limit');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText('Saved “Standard L2 handoff”.');
    const saved = state.library.templates[0];
    expect(saved.quality).toEqual({ checklist: { timestamps: 'require', authorization: 'off' }, minimumScore: 70 });
    // "No role" is stored as no field at all, the way a template file would say it.
    expect('role' in saved.sections[3]).toBe(false);
    expect(saved.sections[2].role).toBe('hypothesis');
  });

  it('refuses a minimum score outside 0 to 100 and points at the field', async () => {
    const { user, state } = await renderCard();
    const bar = screen.getByRole('group', { name: 'Before insert: missing data and completeness' });
    await replaceText(user, within(bar).getByLabelText('Minimum completeness score'), '150');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect(shownAlert().textContent).toContain('Minimum completeness score: enter a whole number from 0 to 100');
    expect(within(bar).getByLabelText('Minimum completeness score').getAttribute('aria-invalid')).toBe('true');
    expect(state.saves).toHaveLength(0);
  });

  it('moves and removes sections, with a confirm step, and focuses the section that takes its place', async () => {
    const { user, state } = await renderCard();
    await user.click(screen.getByRole('button', { name: 'Move section Current hypothesis up' }));
    expect(screen.getAllByRole('group', { name: /^Section \d:/u }).map((g) => g.querySelector('legend')?.textContent)).toEqual([
      "Section 1: What's happening",
      'Section 2: Current hypothesis',
      "Section 3: What's been tried",
      'Section 4: Customer context',
      'Section 5: What L2 should verify first',
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove section Current hypothesis' }));
    const confirm = screen.getByRole('group', { name: 'Remove section Current hypothesis?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
    await user.click(within(confirm).getByRole('button', { name: 'Confirm' }));
    expect(screen.queryByRole('group', { name: /Current hypothesis/u })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(sectionGroup("Section 2: What's been tried")).getByLabelText('Label')));
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText('Saved “Standard L2 handoff”.');
    expect(state.library.templates[0].sections.map((s) => s.id)).toEqual(['happening', 'tried', 'customer', 'verify-first']);
  });

  it('shows validation errors next to their fields and in a summary, and saves nothing', async () => {
    const { user, state } = await renderCard();
    await user.clear(screen.getByLabelText('Template name'));
    const tried = sectionGroup("Section 2: What's been tried");
    await user.clear(within(tried).getByLabelText('Label'));
    await user.clear(within(tried).getByLabelText('Word limit'));
    const hypothesis = sectionGroup('Section 3: Current hypothesis');
    await user.click(within(hypothesis).getByRole('button', { name: 'Add a ticket source to section Current hypothesis' }));
    await user.selectOptions(within(hypothesis).getByLabelText('Source 1'), 'customField');
    const regions = liveRegions();
    await user.click(screen.getByRole('button', { name: 'Save template' }));

    const summary = shownAlert();
    // The summary fills a region that was already in the page, so it is announced.
    expect(regions.has(summary)).toBe(true);
    expect(summary.textContent).toContain('4 problems stop this template from being saved');
    expect(summary.textContent).toContain('Template name: give the template a name');
    expect(summary.textContent).toContain('Section 2 (Section 2), Label: give the section a label');
    expect(summary.textContent).toContain('Section 2 (Section 2), Word limit: enter a whole number from 1 to 2000');
    expect(summary.textContent).toContain('Section 3 (Current hypothesis), source 1: Custom field name: name the field');

    const name = screen.getByLabelText('Template name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe('give the template a name');
    await waitFor(() => expect(document.activeElement).toBe(name));
    const fieldName = within(hypothesis).getByLabelText('Custom field name (source 1)');
    expect(fieldName.getAttribute('aria-invalid')).toBe('true');
    expect(fieldName.getAttribute('aria-describedby')).toMatch(/\S+ \S+/u); // hint and error
    expect(state.saves).toHaveLength(0);

    // The summary takes the lead to a field; fixing it clears that error.
    await user.click(within(summary).getByRole('button', { name: /Word limit/u }));
    expect(document.activeElement).toBe(within(tried).getByLabelText('Word limit'));
    await user.type(screen.getByLabelText('Template name'), 'Fixed');
    expect(screen.getByLabelText('Template name').getAttribute('aria-invalid')).toBeNull();
    expect(shownAlert().textContent).toContain('3 problems');
  });
});

describe('TemplatesCard: managing the list', () => {
  it('duplicates, renames, reorders and deletes templates, saving each change', async () => {
    const { user, state } = await renderCard({ library: libraryWith('Billing') });
    const ids = () => state.library.templates.map((t) => t.id);

    await user.click(screen.getByRole('button', { name: 'Duplicate template Standard L2 handoff' }));
    await screen.findByRole('heading', { name: 'Editing: Copy of Standard L2 handoff' });
    expect(ids()).toEqual(['default', 'copy-of-standard-l2-handoff', 'billing']);
    expect(state.library.templates[1].sections).toEqual(DEFAULT_TEMPLATE.sections);

    await user.click(screen.getByRole('button', { name: 'Rename template Billing' }));
    const rename = screen.getByLabelText('New name for Billing');
    expect(document.activeElement).toBe(rename);
    await replaceText(user, rename, 'Billing & refunds{Enter}');
    await screen.findByText('Renamed to “Billing & refunds”.');
    expect(state.library.templates[2]).toMatchObject({ id: 'billing', name: 'Billing & refunds' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename template Billing & refunds' })));

    await user.click(screen.getByRole('button', { name: 'Move template Billing & refunds up' }));
    await waitFor(() => expect(ids()).toEqual(['default', 'billing', 'copy-of-standard-l2-handoff']));
    expect(listedNames()).toEqual(['Standard L2 handoff', 'Billing & refunds', 'Copy of Standard L2 handoff']);
    await user.click(screen.getByRole('button', { name: 'Move template Billing & refunds up' }));
    await waitFor(() => expect(ids()).toEqual(['billing', 'default', 'copy-of-standard-l2-handoff']));
    // At the top its "Move up" is disabled, so focus went to its "Move down".
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move template Billing & refunds down' })));
    expect((screen.getByRole('button', { name: 'Move template Billing & refunds up' }) as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Delete template Copy of Standard L2 handoff' }));
    const confirm = screen.getByRole('group', { name: 'Delete template Copy of Standard L2 handoff?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(ids()).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Delete template Copy of Standard L2 handoff' }));
    await user.click(within(screen.getByRole('group', { name: /^Delete template/u })).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(ids()).toEqual(['billing', 'default']));
    // The deleted template was open; its neighbour takes its place and gets focus.
    await screen.findByRole('heading', { name: 'Editing: Standard L2 handoff' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Standard L2 handoff' })));
  });

  it('cannot delete the last template', async () => {
    const { user, state } = await renderCard();
    await user.click(screen.getByRole('button', { name: 'Delete template Standard L2 handoff' }));
    expect(shownAlert().textContent).toBe('“Standard L2 handoff” is your only template; a library needs at least one.');
    expect(screen.queryByRole('group', { name: /^Delete template/u })).toBeNull();
    expect(state.saves).toHaveLength(0);
  });

  it('asks before switching away from unsaved changes', async () => {
    const { user } = await renderCard({ library: libraryWith('Billing') });
    await replaceText(user, screen.getByLabelText('Template name'), 'Edited');
    await user.click(screen.getByRole('button', { name: 'Billing' }));
    const ask = screen.getByRole('group', { name: '“Standard L2 handoff” has unsaved changes. Discard them and open “Billing”?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(input(screen.getByLabelText('Template name')).value).toBe('Edited');

    await user.click(screen.getByRole('button', { name: 'Billing' }));
    await user.click(screen.getByRole('button', { name: 'Discard changes and open' }));
    expect(screen.getByRole('heading', { name: 'Editing: Billing' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Standard L2 handoff' }));
    expect(input(screen.getByLabelText('Template name')).value).toBe('Standard L2 handoff');
  });

  it('discards changes back to the saved template', async () => {
    const { user, state } = await renderCard();
    await replaceText(user, within(sectionGroup('Section 3: Current hypothesis')).getByLabelText('Label'), 'Guess');
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(screen.getByRole('group', { name: 'Section 3: Current hypothesis' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Discard changes' }) as HTMLButtonElement).disabled).toBe(true);
    expect(state.saves).toHaveLength(0);
  });
});

describe('TemplatesCard: changes made elsewhere', () => {
  it('reloads at once when nothing is being edited', async () => {
    const { changeElsewhere } = await renderCard();
    await changeElsewhere(libraryWith('Imported'));
    await waitFor(() => expect(listedNames()).toEqual(['Standard L2 handoff', 'Imported']));
  });

  it('keeps unsaved edits and offers a reload instead', async () => {
    const { user, changeElsewhere } = await renderCard();
    await replaceText(user, screen.getByLabelText('Template name'), 'Mine');
    const regions = liveRegions();
    await changeElsewhere(libraryWith('Imported'));
    const alert = await findAlert();
    expect(regions.has(alert)).toBe(true);
    expect(alert.textContent).toBe(
      'Templates were changed elsewhere while you were editing “Standard L2 handoff”. They are not shown yet, so your edits stay. ' +
        'Saving saves your version of “Standard L2 handoff” and keeps those other changes. Reloading shows them and drops your unsaved edits.',
    );
    expect(listedNames()).toEqual(['Standard L2 handoff']);
    expect(input(screen.getByLabelText('Template name')).value).toBe('Mine');
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(listedNames()).toEqual(['Standard L2 handoff', 'Imported']));
    expect(input(screen.getByLabelText('Template name')).value).toBe('Standard L2 handoff');
  });

  it('saving over a change made elsewhere keeps that change', async () => {
    const { user, state, changeElsewhere } = await renderCard();
    await replaceText(user, screen.getByLabelText('Template name'), 'Mine');
    await changeElsewhere(libraryWith('Imported'));
    await screen.findByText(/^Templates were changed elsewhere/u);
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText('Saved “Mine”.');
    expect(state.library.templates.map((t) => t.name)).toEqual(['Mine', 'Imported']);
    expect(listedNames()).toEqual(['Mine', 'Imported']);
    expect(shownAlerts()).toEqual([]);
  });
});

describe('TemplatesCard: the template being edited changed elsewhere', () => {
  /** Billing as another window saved it: a different label in its first section. */
  const theirBilling = (library: TemplateLibrary) =>
    changedCopy(library, (next) => {
      next.templates[1].sections[0].label = 'Their label';
    });
  const conflictQuestion = { name: 'This template, “Billing”, was changed elsewhere since you started editing it.' };

  async function editBillingThenImport() {
    const card = await renderCard({ library: libraryWith('Billing') });
    await card.user.click(screen.getByRole('button', { name: 'Billing' }));
    await replaceText(card.user, within(sectionGroup("Section 1: What's happening")).getByLabelText('Label'), 'My label');
    const before = structuredClone(card.state.library);
    await card.changeElsewhere(
      changedCopy(theirBilling(before), (next) => {
        next.templates.push({ ...DEFAULT_TEMPLATE, id: 'imported', name: 'Imported' });
      }),
    );
    return card;
  }

  it('says saving will ask, keeps saying it after unrelated list actions, and asks before overwriting', async () => {
    const { user, state } = await editBillingThenImport();
    const warning =
      '“Billing” was changed elsewhere since you started editing it. Saving will not replace that version without asking: ' +
      'you then choose to overwrite it with yours, or keep it and discard your edits. Reloading shows it and drops your unsaved edits.';
    expect((await findAlert()).textContent).toBe(warning);

    // Changing a default saves at once and shows everything stored, the change to Billing
    // included; the working copy still rests on the old Billing, so the warning stays.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Zendesk' }), 'Standard L2 handoff');
    await screen.findByText('Zendesk now starts with “Standard L2 handoff”.');
    expect(listedNames()).toEqual(['Standard L2 handoff', 'Billing', 'Imported']);
    expect(shownAlert().textContent).toBe(warning);
    expect(input(within(sectionGroup('Section 1: My label')).getByLabelText('Label')).value).toBe('My label');
    const savesBefore = state.saves.length;

    // Saving asks; focus goes to the question's safe choice, and Escape leaves everything as it was.
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    const ask = await screen.findByRole('group', conflictQuestion);
    await waitFor(() => expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Cancel' })));
    expect(state.saves).toHaveLength(savesBefore);
    expect(state.library.templates[1].sections[0].label).toBe('Their label');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', conflictQuestion)).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save template' })));
    expect(screen.getByText('Unsaved changes')).toBeTruthy();

    // Asked again, the lead overwrites: Billing is theirs no more, every other change stays.
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await user.click(within(await screen.findByRole('group', conflictQuestion)).getByRole('button', { name: 'Overwrite it with your version' }));
    await screen.findByText('Saved “Billing”.');
    expect(state.saves).toHaveLength(savesBefore + 1);
    expect(state.library.templates.map((t) => t.id)).toEqual(['default', 'billing', 'imported']);
    expect(state.library.templates[1].sections[0].label).toBe('My label');
    expect(state.library.defaults).toEqual({ zendesk: 'default' });
    expect(shownAlerts()).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save template' })));
  });

  it('keeps their version and drops the edits when the lead chooses so, by keyboard', async () => {
    const { user, state } = await editBillingThenImport();
    const stored = structuredClone(state.library);
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    const ask = await screen.findByRole('group', conflictQuestion);
    await waitFor(() => expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Cancel' })));
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Keep theirs and discard mine' }));
    await user.keyboard('{Enter}');
    await screen.findByText('Kept the version saved elsewhere; your changes were discarded.');
    expect(state.library).toEqual(stored);
    expect(listedNames()).toEqual(['Standard L2 handoff', 'Billing', 'Imported']);
    expect(input(within(sectionGroup('Section 1: Their label')).getByLabelText('Label')).value).toBe('Their label');
    expect(screen.queryByText('Unsaved changes')).toBeNull();
    expect(shownAlerts()).toEqual([]);
  });

  it('asks again when their version changes once more before the lead overwrites it', async () => {
    const { user, state, changeElsewhere } = await editBillingThenImport();
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByRole('group', conflictQuestion);
    await changeElsewhere(
      changedCopy(state.library, (next) => {
        next.templates[1].sections[0].label = 'Their second label';
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Overwrite it with your version' }));
    await screen.findByRole('group', conflictQuestion);
    expect(state.library.templates[1].sections[0].label).toBe('Their second label');
  });

  it('offers to save a template deleted elsewhere again', async () => {
    const { user, state, changeElsewhere } = await renderCard({ library: libraryWith('Billing') });
    await user.click(screen.getByRole('button', { name: 'Billing' }));
    await replaceText(user, within(sectionGroup("Section 1: What's happening")).getByLabelText('Label'), 'My label');
    await changeElsewhere(DEFAULT_LIBRARY);
    expect((await findAlert()).textContent).toMatch(/^“Billing” was deleted elsewhere since you started editing it\. Saving will ask/u);
    // A list action shows the deletion; the edits stay open all the same.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Zendesk' }), 'Standard L2 handoff');
    await screen.findByText('Zendesk now starts with “Standard L2 handoff”.');
    expect(listedNames()).toEqual(['Standard L2 handoff']);
    expect(screen.getByRole('heading', { name: 'Editing: Billing' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Save template' }));
    const ask = await screen.findByRole('group', { name: 'This template, “Billing”, was deleted elsewhere since you started editing it.' });
    await user.click(within(ask).getByRole('button', { name: 'Save my version again' }));
    await screen.findByText('Saved “Billing”.');
    expect(state.library.templates.map((t) => t.id)).toEqual(['default', 'billing']);
    expect(state.library.templates[1].sections[0].label).toBe('My label');
    expect(listedNames()).toEqual(['Standard L2 handoff', 'Billing']);
  });

  it('does not take its own rename for a change made elsewhere', async () => {
    const { user, state } = await renderCard({ library: libraryWith('Billing') });
    await user.click(screen.getByRole('button', { name: 'Billing' }));
    await replaceText(user, within(sectionGroup("Section 1: What's happening")).getByLabelText('Label'), 'My label');
    await user.click(screen.getByRole('button', { name: 'Rename template Billing' }));
    await replaceText(user, screen.getByLabelText('New name for Billing'), 'Refunds{Enter}');
    await screen.findByText('Renamed to “Refunds”.');
    expect(shownAlerts()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText('Saved “Refunds”.');
    expect(screen.queryByRole('group', { name: /changed elsewhere/u })).toBeNull();
    expect(state.library.templates[1]).toMatchObject({ id: 'billing', name: 'Refunds' });
    expect(state.library.templates[1].sections[0].label).toBe('My label');
  });
});

describe('TemplatesCard: loads that finish out of order', () => {
  /** Policy reads that wait until the test answers them, like one that times out after a while. */
  function slowPolicy(fake: ReturnType<typeof fakeDeps>) {
    const answers: ((policy: ManagedPolicy) => void)[] = [];
    fake.deps.loadPolicy = () => new Promise((resolve) => answers.push(resolve));
    return answers;
  }

  it('shows the newest load, not an older one that finished last', async () => {
    const fake = fakeDeps({ library: libraryWith('Billing') });
    const answers = slowPolicy(fake);
    render(<TemplatesCard deps={fake.deps} />);
    // The policy arrives while the first load still waits: the change event starts a second one.
    await fake.notifyChanged();
    expect(answers).toHaveLength(2);
    await act(async () => answers[1](managedPolicy()));
    await waitFor(() => expect(listedNames()).toEqual(['Org handoff', 'Standard L2 handoff', 'Billing']));
    // The first load gave up waiting and fell back to no policy; it is older, so it loses.
    await act(async () => answers[0](NO_POLICY));
    expect(listedNames()).toEqual(['Org handoff', 'Standard L2 handoff', 'Billing']);
  });

  it('does not let a load that began before a save undo it on screen', async () => {
    const fake = fakeDeps();
    const user = userEvent.setup();
    const answers = slowPolicy(fake);
    render(<TemplatesCard deps={fake.deps} />);
    await act(async () => answers[0](NO_POLICY));
    await screen.findByRole('list', { name: 'Templates' });
    await fake.notifyChanged(); // reads the library as it is now, then waits for the policy
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.type(screen.getByLabelText('Name of the new template'), 'Billing');
    await user.click(screen.getByRole('button', { name: 'Create template' }));
    await screen.findByText('Created “Billing”.');
    await act(async () => answers[1](NO_POLICY));
    expect(listedNames()).toEqual(['Standard L2 handoff', 'Billing']);
  });
});

describe('TemplatesCard: managed templates', () => {
  it('lists managed templates first, read-only, and lets them be duplicated', async () => {
    const { user, state } = await renderCard({ policy: managedPolicy() });
    expect(listedNames()).toEqual(['Org handoff', 'Standard L2 handoff']);
    const managedItem = within(templateList()).getAllByRole('listitem')[0];
    expect(managedItem.textContent).toContain('Managed by your organisation');
    expect(within(managedItem).queryByRole('button', { name: /Rename|Delete|Move/u })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Org handoff' }));
    expect(screen.getByRole('heading', { name: 'Viewing: Org handoff' })).toBeTruthy();
    expect(input(screen.getByLabelText('Template name')).readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save template' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove section/u })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Duplicate template Org handoff' }));
    await screen.findByRole('heading', { name: 'Editing: Copy of Org handoff' });
    expect(state.library.templates.map((t) => t.id)).toEqual(['default', 'copy-of-org-handoff']);
  });

  it('under a lock hides personal templates and explains why nothing can be added', async () => {
    await renderCard({ library: libraryWith('Billing'), policy: managedPolicy({ locked: true }) });
    expect(listedNames()).toEqual(['Org handoff']);
    const create = screen.getByRole('button', { name: 'New template' }) as HTMLButtonElement;
    expect(create.disabled).toBe(true);
    expect(document.getElementById(create.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/allows only its own templates/u);
    expect(screen.queryByRole('button', { name: /^Duplicate/u })).toBeNull();
    expect(screen.getByText(/Your 2 own template\(s\) are kept/u)).toBeTruthy();
  });
});

describe('TemplatesCard: default per helpdesk', () => {
  it('saves a default per helpdesk and shows one set by policy as fixed', async () => {
    const { user, state } = await renderCard({ library: libraryWith('Billing'), policy: managedPolicy({ defaults: { jira: 'org-handoff' } }) });
    const jira = screen.getByRole('combobox', { name: 'Jira Service Management' }) as HTMLSelectElement;
    expect(jira.disabled).toBe(true);
    expect(jira.value).toBe('org-handoff');
    expect(document.getElementById(jira.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Set by your organisation');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Zendesk' }), 'Billing');
    expect((await screen.findByText('Zendesk now starts with “Billing”.')).getAttribute('role')).toBe('status');
    expect(state.library.defaults).toEqual({ zendesk: 'billing' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Freshdesk' }), 'Standard L2 handoff');
    await waitFor(() => expect(state.library.defaults).toEqual({ zendesk: 'billing', freshdesk: 'default' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Zendesk' }), 'First in the list (Org handoff)');
    await waitFor(() => expect(state.library.defaults).toEqual({ freshdesk: 'default' }));
    expect(within(templateList()).getAllByRole('listitem')[1].textContent).toContain('Default for Freshdesk');
  });
});

describe('TemplatesCard: preview', () => {
  it('shows the sample ticket’s note per helpdesk, with tabs the arrow keys move between', async () => {
    const { user } = await renderCard();
    const panel = () => screen.getByRole('tabpanel');
    expect(screen.getByRole('tab', { name: 'Zendesk' }).getAttribute('aria-selected')).toBe('true');
    expect(within(panel()).getByRole('heading', { name: 'Zendesk · internal note' })).toBeTruthy();
    expect(panel().textContent).toContain('SSO login fails for all users after plan change');
    expect(panel().textContent).toContain('Cleared cookies → same error');
    // Agent-written sections show their example answer.
    expect(panel().textContent).toContain('The plan change rotated the IdP certificate');

    await user.click(screen.getByRole('tab', { name: 'Zendesk' }));
    await user.keyboard('{ArrowRight}');
    const freshdesk = screen.getByRole('tab', { name: 'Freshdesk' });
    expect(freshdesk.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(freshdesk);
    expect(within(panel()).getByRole('heading', { name: 'Freshdesk · private note' })).toBeTruthy();
    await user.keyboard('{ArrowRight}');
    expect(panel().textContent).toContain('Internal note');
    await user.keyboard('{End}');
    expect(panel().querySelector('pre')?.textContent).toMatch(/^Escalation handoff: ticket #4211\n\nWHAT'S HAPPENING\nSSO login fails/u);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Zendesk' }).getAttribute('aria-selected')).toBe('true');

    // The preview follows the working copy.
    await replaceText(user, within(sectionGroup('Section 3: Current hypothesis')).getByLabelText('Example answer'), 'Expired certificate');
    expect(panel().textContent).toContain('Expired certificate');
  });

  it('renders a hostile name and label as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { user, container, state } = await renderCard();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.type(screen.getByLabelText('Name of the new template'), hostile);
    await user.click(screen.getByRole('button', { name: 'Create template' }));
    await screen.findByRole('heading', { name: `Editing: ${hostile}` });
    await replaceText(user, within(sectionGroup('Section 1: What\'s happening')).getByLabelText('Label'), hostile);
    expect(screen.getByRole('button', { name: hostile }).textContent).toBe(hostile);
    expect(screen.getByRole('tabpanel').textContent).toContain(hostile);
    expect(container.querySelector('img')).toBeNull();
    expect(state.library.templates[1].name).toBe(hostile);
  });
});
