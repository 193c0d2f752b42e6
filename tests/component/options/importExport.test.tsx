// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TemplatesDeps } from '@/components/options/templates/deps';
import { ImportExportCard } from '@/components/options/templates/ImportExport';
import { MAX_IMPORT_BYTES } from '@/lib/templates/importExport';
import { type TemplateLibrary, TemplateLibrarySchema } from '@/lib/templates/library';
import { type ManagedPolicy, NO_POLICY } from '@/lib/templates/managedPolicy';
import { type Template, TemplateSchema } from '@/lib/templates/template';

afterEach(cleanup);

// jsdom's Blob lacks text(), which every browser Baton supports has; read it the older way here.
if (!Blob.prototype.text) {
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(this);
    });
  };
}

function template(id: string, name: string, labels: string[] = ['Summary']): Template {
  return TemplateSchema.parse({
    schemaVersion: 2,
    id,
    name,
    sections: labels.map((label, i) => ({ id: `s${i}`, label, prompt: '', example: '', required: false, wordLimit: 100 })),
  });
}

function library(templates: Template[], defaults: TemplateLibrary['defaults'] = {}): TemplateLibrary {
  return TemplateLibrarySchema.parse({ schemaVersion: 2, templates, defaults });
}

const alpha = template('alpha', 'Alpha');
const beta = template('beta', 'Beta', ['Summary', 'Logs']);

function fakeDeps(options: { library?: TemplateLibrary; policy?: ManagedPolicy; saveFails?: boolean } = {}) {
  const listeners = new Set<() => void>();
  const state = { library: options.library ?? library([alpha, beta]), saves: 0 };
  const deps: TemplatesDeps = {
    loadLibrary: async () => ({ library: state.library, damaged: false }),
    saveLibrary: vi.fn(async (next: TemplateLibrary) => {
      if (options.saveFails) throw new Error('storage is full');
      state.saves++;
      state.library = next;
      for (const listener of listeners) listener();
    }),
    loadPolicy: async () => options.policy ?? NO_POLICY,
    onChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  /** Another window changes storage, and storage tells everyone. */
  const changeElsewhere = async (next: TemplateLibrary) => {
    state.library = next;
    await act(async () => listeners.forEach((listener) => listener()));
  };
  return { deps, state, changeElsewhere };
}

/** Live regions are always in the page, most of them empty: these find the ones with text. */
function shown(role: 'alert' | 'status'): HTMLElement {
  const withText = screen.queryAllByRole(role).filter((element) => element.textContent?.trim());
  if (withText.length !== 1) throw new Error(`expected one ${role} with text, found: ${JSON.stringify(withText.map((e) => e.textContent))}`);
  return withText[0];
}
const findAlert = () => waitFor(() => shown('alert'));
const findStatus = () => waitFor(() => shown('status'));

function renderCard(deps: TemplatesDeps, download = vi.fn()) {
  render(<ImportExportCard deps={deps} download={download} />);
  return download;
}

function jsonFile(content: unknown, name = 'x.json'): File {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return new File([text], name, { type: 'application/json' });
}

async function chooseFile(file: File) {
  const input = screen.getByLabelText<HTMLInputElement>('Import templates');
  await waitFor(() => expect(input.disabled).toBe(false));
  await userEvent.upload(input, file);
}

describe('template import and export', () => {
  it('previews a good file, imports it on confirm and says what happened', async () => {
    const { deps, state } = fakeDeps();
    renderCard(deps);
    const gamma = template('gamma', 'Gamma');
    const betaRenamed = template('beta', 'Beta two', ['Summary']);
    await chooseFile(jsonFile(library([alpha, betaRenamed, gamma], { zendesk: 'gamma' })));

    const preview = await screen.findByRole('region', { name: 'What importing x.json would change' });
    expect(document.activeElement).toBe(within(preview).getByRole('heading', { name: 'What importing x.json would change' }));
    expect(within(preview).getByText('Added (1)')).toBeTruthy();
    expect(within(preview).getByText('Replaced (1)')).toBeTruthy();
    expect(within(preview).getByText('Unchanged (1)')).toBeTruthy();
    expect(within(preview).getByRole('list', { name: 'Changes to Beta two' }).textContent).toBe(
      'renamed from "Beta" to "Beta two"section "Logs" removed',
    );
    expect(preview.textContent).toContain('Zendesk: new drafts start with "Gamma" instead of the first template');
    expect(deps.saveLibrary).not.toHaveBeenCalled();

    await userEvent.click(within(preview).getByRole('button', { name: 'Import 2 templates' }));
    expect((await findStatus()).textContent).toBe(
      'Imported x.json: 1 template added, 1 template replaced, 1 default template changed.',
    );
    expect(state.library).toEqual(library([alpha, betaRenamed, gamma], { zendesk: 'gamma' }));
    expect(state.saves).toBe(1);
    expect(screen.queryByRole('region', { name: /What importing/u })).toBeNull();
  });

  it('changes nothing when the import is cancelled', async () => {
    const { deps, state } = fakeDeps();
    const before = state.library;
    renderCard(deps);
    await chooseFile(jsonFile(library([template('gamma', 'Gamma')])));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(shown('status').textContent).toBe('Import cancelled. Nothing was changed.');
    expect(deps.saveLibrary).not.toHaveBeenCalled();
    expect(state.library).toBe(before);
    expect(document.activeElement).toBe(screen.getByLabelText('Import templates'));
  });

  it('lists the problems of a broken file and never saves', async () => {
    const { deps } = fakeDeps();
    renderCard(deps);
    const broken = { schemaVersion: 2, templates: [alpha, { ...beta, sections: [{ ...beta.sections[0], wordLimit: 5000 }] }] };
    const regions = screen.getAllByRole('alert');
    await chooseFile(jsonFile(broken));
    const alert = await findAlert();
    // The problems fill an alert region that was already there, and focus goes to them.
    expect(regions).toContain(alert);
    expect(alert.contains(document.activeElement)).toBe(true);
    expect(document.activeElement?.textContent).toContain('This file was not imported. Nothing was changed.');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'templates[1].sections[0].wordLimit: must be at most 2000',
    ]);

    await chooseFile(jsonFile('{"schemaVersion": 2,', 'broken.json'));
    expect(within(await findAlert()).getByRole('listitem').textContent).toMatch(/^\(file\): is not valid JSON/u);
    expect(deps.saveLibrary).not.toHaveBeenCalled();
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const { deps } = fakeDeps();
    renderCard(deps);
    const huge = jsonFile(' '.repeat(MAX_IMPORT_BYTES + 1), 'huge.json');
    const read = vi.spyOn(huge, 'text');
    await chooseFile(huge);
    expect(within(await findAlert()).getByRole('listitem').textContent).toBe(
      '(file): is 1.1 MB; Baton imports template files of at most 1 MB',
    );
    expect(read).not.toHaveBeenCalled();
  });

  it('shows hostile names and file content as text, never as markup', async () => {
    const { deps } = fakeDeps();
    renderCard(deps);
    const hostile = '<img src=x onerror="globalThis.hacked=1"><b>bold</b>';
    await chooseFile(jsonFile(library([template('evil', hostile)]), '<i>name</i>.json'));
    const preview = await screen.findByRole('region', { name: /What importing/u });
    expect(preview.textContent).toContain(hostile);
    expect(preview.textContent).toContain('<i>name</i>.json');
    expect(preview.querySelector('img, b, i')).toBeNull();

    await chooseFile(jsonFile(`{"schemaVersion":2,"templates":[${JSON.stringify(alpha)}],"defaults":{"<img src=x>":"alpha"}}`));
    const alert = await findAlert();
    expect(alert.textContent).toContain('defaults: has unknown keys: <img src=x>');
    expect(alert.querySelector('img')).toBeNull();
    expect((globalThis as { hacked?: unknown }).hacked).toBeUndefined();
  });

  it('turns import off under a policy lock, and still exports the team\'s own templates', async () => {
    const managed = template('policy', 'From policy');
    const { deps } = fakeDeps({ policy: { templates: { templates: [managed], defaults: {}, locked: true }, problems: [] } });
    const download = renderCard(deps);
    await screen.findByText(/allows only its own templates, so importing is turned off/u);
    const input = screen.getByLabelText<HTMLInputElement>('Import templates');
    expect(input.disabled).toBe(true);
    expect(input.getAttribute('aria-describedby')).toBeTruthy();

    const status = screen.getByRole('status');
    await userEvent.click(screen.getByRole('button', { name: 'Export templates' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [fileName, text] = download.mock.calls[0] as [string, string];
    expect(fileName).toMatch(/^baton-templates-\d{4}-\d{2}-\d{2}\.json$/u);
    expect(JSON.parse(text)).toEqual(library([alpha, beta]));
    // Said in the status region that was there before, so a screen reader announces it.
    expect(status.textContent).toBe(`Exported 2 templates to ${fileName}.`);
  });

  it('lists templates skipped for a managed id and does not import them', async () => {
    const { deps, state } = fakeDeps({
      policy: { templates: { templates: [template('policy', 'From policy')], defaults: {}, locked: false }, problems: [] },
    });
    renderCard(deps);
    await chooseFile(jsonFile(library([template('policy', 'My copy'), template('gamma', 'Gamma')])));
    const preview = await screen.findByRole('region', { name: /What importing/u });
    expect(within(preview).getByText('Skipped: your organisation manages a template with the same id (1)')).toBeTruthy();
    await userEvent.click(within(preview).getByRole('button', { name: 'Import 1 template' }));
    await findStatus();
    expect(state.library.templates.map((t) => t.id)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('says when a file would change nothing, and offers no import', async () => {
    const { deps } = fakeDeps();
    renderCard(deps);
    await chooseFile(jsonFile(library([alpha])));
    const preview = await screen.findByRole('region', { name: /What importing/u });
    expect(within(preview).getByRole('status').textContent).toBe('Importing this file would change nothing: your templates already match it.');
    // Focus lands on the heading, which carries the outcome as its description.
    const heading = within(preview).getByRole('heading', { name: /What importing/u });
    expect(document.activeElement).toBe(heading);
    expect(document.getElementById(heading.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Importing this file would change nothing: your templates already match it.',
    );
    expect(within(preview).queryByRole('button', { name: /^Import/u })).toBeNull();
    await userEvent.click(within(preview).getByRole('button', { name: 'Close' }));
    expect(deps.saveLibrary).not.toHaveBeenCalled();
  });

  it('refuses an import that would go over the template limit', async () => {
    const { deps } = fakeDeps({ library: library(Array.from({ length: 49 }, (_, i) => template(`own-${i}`, `Own ${i}`))) });
    renderCard(deps);
    await chooseFile(jsonFile(library([template('new-1', 'New 1'), template('new-2', 'New 2')])));
    expect((await findAlert()).textContent).toBe(
      'After this import there would be 51 templates, and Baton keeps at most 50. Remove 1 first, or import a smaller file.',
    );
    expect(screen.queryByRole('button', { name: /^Import \d/u })).toBeNull();
    expect(deps.saveLibrary).not.toHaveBeenCalled();
  });

  it('keeps everything when saving fails, and lets the team lead try again', async () => {
    const { deps, state } = fakeDeps({ saveFails: true });
    const before = state.library;
    renderCard(deps);
    await chooseFile(jsonFile(library([template('gamma', 'Gamma')])));
    await userEvent.click(await screen.findByRole('button', { name: 'Import 1 template' }));
    expect((await findAlert()).textContent).toBe('The templates could not be saved, so nothing was changed: storage is full');
    expect(state.library).toBe(before);
    // The preview stays, so nothing the team lead chose is lost.
    expect(screen.getByRole('button', { name: 'Import 1 template' })).toBeTruthy();
  });

  it('shows the preview again instead of saving when the templates changed elsewhere', async () => {
    const { deps, state } = fakeDeps();
    renderCard(deps);
    await chooseFile(jsonFile(library([template('gamma', 'Gamma')])));
    await screen.findByRole('button', { name: 'Import 1 template' });
    // Another window adds a template with the same id, without the change event reaching us yet.
    state.library = library([alpha, beta, template('gamma', 'Older gamma')]);
    await userEvent.click(screen.getByRole('button', { name: 'Import 1 template' }));
    expect((await findAlert()).textContent).toMatch(/changed elsewhere/u);
    expect(deps.saveLibrary).not.toHaveBeenCalled();
    expect(await screen.findByText('Replaced (1)')).toBeTruthy();
  });

  it('explains a file from an older Baton', async () => {
    const { deps } = fakeDeps();
    renderCard(deps);
    const v1 = {
      schemaVersion: 1,
      templates: [{ schemaVersion: 1, id: 'old', name: 'Old', sections: [{ id: 'a', label: 'A', prompt: '', example: '', required: false, wordLimit: 10, autofill: 'agent' }] }],
    };
    await chooseFile(jsonFile(v1));
    expect(await screen.findByText(/written by an earlier version of Baton/u)).toBeTruthy();
  });

  it('shows the newest load, not an older one that finished last', async () => {
    const { deps, state, changeElsewhere } = fakeDeps();
    // Each read answers with the library as it was when asked, but only when the test says so.
    const answers: (() => void)[] = [];
    deps.loadLibrary = () => {
      const snapshot = state.library;
      return new Promise((resolve) => answers.push(() => resolve({ library: snapshot, damaged: false })));
    };
    const download = renderCard(deps);
    await changeElsewhere(library([alpha, beta, template('gamma', 'Gamma')]));
    expect(answers).toHaveLength(2);
    await act(async () => answers[1]());
    await act(async () => answers[0]());
    await userEvent.click(screen.getByRole('button', { name: 'Export templates' }));
    const [, text] = download.mock.calls[0] as [string, string];
    expect(JSON.parse(text).templates.map((t: Template) => t.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(shown('status').textContent).toMatch(/^Exported 3 templates/u);
  });

  it('says so in an alert region that was already there when the templates cannot be read', async () => {
    const { deps } = fakeDeps();
    deps.loadPolicy = async () => {
      throw new Error('storage unavailable');
    };
    renderCard(deps);
    const regions = screen.getAllByRole('alert');
    const alert = await findAlert();
    expect(regions).toContain(alert);
    expect(alert.textContent).toMatch(/could not be read, so export and import are unavailable/u);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Export templates' }).disabled).toBe(true);
  });

  it('names helpdesks as the rest of the options page does', async () => {
    const { deps } = fakeDeps();
    renderCard(deps);
    await chooseFile(jsonFile(library([alpha, beta], { jira: 'beta' })));
    const preview = await screen.findByRole('region', { name: /What importing/u });
    expect(preview.textContent).toContain('Jira Service Management: new drafts start with "Beta" instead of the first template');
  });
});
