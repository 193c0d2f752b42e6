import { type RefObject, useEffect, useId, useState } from 'react';
import { HELPDESK_LABELS, type HelpdeskId } from '@/lib/context';
import {
  createTemplate,
  deleteTemplate,
  type Direction,
  duplicateTemplate,
  type EditResult,
  moveTemplate,
  renameTemplate,
  setDefaultTemplate,
} from '@/lib/templates/editing';
import { resolveCatalog, type TemplateLibrary } from '@/lib/templates/library';
import type { Template } from '@/lib/templates/template';
import { CardAlerts } from './CardAlerts';
import type { DomIds } from './domIds';
import { HelpdeskDefaults } from './HelpdeskDefaults';
import { InlineConfirm } from './InlineConfirm';
import { templateName } from './labels';
import { type Notice, NoticeLine } from './NoticeLine';
import { SaveConflict } from './SaveConflict';
import { TemplateEditor } from './TemplateEditor';
import { TemplateList } from './TemplateList';
import { TemplatePreview } from './TemplatePreview';
import type { TemplatesData, TemplatesSource } from './useTemplatesData';
import { useWorkingCopy } from './useWorkingCopy';

interface Props {
  data: TemplatesData;
  source: TemplatesSource;
  /** Told whether there are unsaved edits, so changes elsewhere do not replace them. */
  dirtyRef: RefObject<boolean>;
  ids: DomIds;
  requestFocus(elementId: string): void;
}

const asLibraryEdit = (result: EditResult<TemplateLibrary>): EditResult<{ library: TemplateLibrary }> =>
  result.ok ? { ok: true, value: { library: result.value } } : result;

/**
 * The loaded card: template list, defaults, editor and preview. List and default changes
 * are saved at once; a template's content is edited on a working copy until "Save template".
 */
export function TemplatesWorkspace({ data, source, dirtyRef, ids, requestFocus }: Props) {
  const id = useId();
  const [pendingSwitch, setPendingSwitch] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const catalog = resolveCatalog(data.library, data.policy.templates);
  const copy = useWorkingCopy({ data, source, catalog, ids, requestFocus, setNotice });
  const { saved, working, dirty, conflict } = copy;
  useEffect(() => {
    dirtyRef.current = dirty;
  });
  const managedIds = (data.policy.templates?.templates ?? []).map((t) => t.id);
  const nameOf = (templateId: string) => templateName(catalog.entries.find((e) => e.template.id === templateId)?.template.name ?? '');
  const say = (area: Notice['area'], kind: Notice['kind'], text: string) => setNotice({ area, kind, text });

  function open(templateId: string) {
    copy.open(templateId);
    setPendingSwitch(null);
  }

  /** Opens another template, asking first when that would throw away unsaved edits. */
  function switchTo(templateId: string) {
    if (templateId === saved.id) return;
    if (dirty) return setPendingSwitch(templateId);
    open(templateId);
  }

  function openAdded(templateId: string) {
    if (dirty) return setPendingSwitch(templateId);
    open(templateId);
    requestFocus(ids.editorHeading);
  }

  async function create(name: string): Promise<string | null> {
    const result = await source.commit((library) => createTemplate(library, name, managedIds));
    if (!result.ok) return result.error;
    say('list', 'ok', `Created “${result.value.template.name}”.`);
    openAdded(result.value.template.id);
    return null;
  }

  async function duplicate(template: Template) {
    const result = await source.commit((library) => duplicateTemplate(library, template, managedIds));
    if (!result.ok) return say('list', 'error', result.error);
    say('list', 'ok', `Duplicated “${template.name}” as “${result.value.template.name}”.`);
    openAdded(result.value.template.id);
  }

  async function rename(templateId: string, name: string): Promise<string | null> {
    const result = await source.commit((library) => asLibraryEdit(renameTemplate(library, templateId, name)));
    if (!result.ok) return result.error;
    const renamed = result.value.library.templates.find((t) => t.id === templateId)?.name ?? name;
    copy.renamed(templateId, renamed);
    say('list', 'ok', `Renamed to “${renamed}”.`);
    return null;
  }

  async function move(templateId: string, direction: Direction) {
    const result = await source.commit((library) => ({ ok: true, value: { library: moveTemplate(library, templateId, direction) } }));
    if (!result.ok) return say('list', 'error', result.error);
    say('list', 'ok', `Moved “${nameOf(templateId)}” ${direction}.`);
  }

  function checkDelete(templateId: string): string | null {
    const result = deleteTemplate(data.library, templateId);
    if (result.ok) return null;
    say('list', 'error', result.error);
    return result.error;
  }

  async function remove(templateId: string) {
    const name = nameOf(templateId);
    const remaining = catalog.entries.filter((e) => e.template.id !== templateId);
    const neighbour = remaining[Math.min(catalog.entries.findIndex((e) => e.template.id === templateId), remaining.length - 1)];
    const result = await source.commit((library) => asLibraryEdit(deleteTemplate(library, templateId)));
    if (!result.ok) {
      say('list', 'error', result.error);
      return requestFocus(ids.remove(templateId));
    }
    if (templateId === saved.id) open(neighbour.template.id);
    say('list', 'ok', `Deleted “${name}”.`);
    requestFocus(ids.open(neighbour.template.id));
  }

  async function setDefault(helpdesk: HelpdeskId, templateId: string | null) {
    const result = await source.commit((library) => asLibraryEdit(setDefaultTemplate(library, helpdesk, templateId)));
    if (!result.ok) return say('defaults', 'error', result.error);
    say('defaults', 'ok', `${HELPDESK_LABELS[helpdesk]} now starts with ${templateId ? `“${nameOf(templateId)}”` : 'the first template in the list'}.`);
  }

  const pendingTarget = pendingSwitch ? catalog.entries.find((e) => e.template.id === pendingSwitch) : undefined;
  const hiddenPersonal = catalog.locked ? data.library.templates.length : 0;

  return (
    <>
      <CardAlerts
        policyProblems={data.policy.problems}
        changedElsewhere={copy.changedElsewhere}
        editingName={templateName(saved.name)}
        onReload={() => {
          copy.reload();
          setPendingSwitch(null);
        }}
      />
      <section aria-labelledby={`${id}-list`} className="tpl-list-section">
        <h3 id={`${id}-list`}>Templates</h3>
        {catalog.locked && (
          <p className="muted">
            Your organisation allows only its own templates.
            {hiddenPersonal > 0 && ` Your ${hiddenPersonal} own template(s) are kept, but not offered to agents.`}
          </p>
        )}
        <TemplateList
          ids={ids}
          entries={catalog.entries}
          selectedId={saved.id}
          defaults={catalog.defaults}
          locked={catalog.locked}
          requestFocus={requestFocus}
          onSelect={switchTo}
          onCreate={create}
          onRename={rename}
          onDuplicate={(template) => void duplicate(template)}
          onMove={move}
          checkDelete={checkDelete}
          onDelete={(templateId) => void remove(templateId)}
        />
        {pendingSwitch && pendingTarget && (
          <InlineConfirm
            question={`“${templateName(saved.name)}” has unsaved changes. Discard them and open “${templateName(pendingTarget.template.name)}”?`}
            confirmLabel="Discard changes and open"
            cancelLabel="Keep editing"
            onConfirm={() => {
              open(pendingSwitch);
              requestFocus(ids.editorHeading);
            }}
            onCancel={() => {
              setPendingSwitch(null);
              requestFocus(ids.editorHeading);
            }}
          />
        )}
        <NoticeLine area="list" notice={notice} />
      </section>
      <HelpdeskDefaults catalog={catalog} library={data.library} onChange={(helpdesk, templateId) => void setDefault(helpdesk, templateId)} />
      <NoticeLine area="defaults" notice={notice} />
      {/* Side by side on a wide window: the preview stays in view while the lead edits. */}
      <div className="tpl-workbench">
        <div className="tpl-workbench-editor">
          <TemplateEditor
            ids={ids}
            template={working}
            managed={copy.entry.managed}
            errors={copy.errors}
            dirty={dirty}
            saving={copy.saving}
            requestFocus={requestFocus}
            onChange={copy.edit}
            onSave={() => void copy.save()}
            onDiscard={copy.discard}
            onRefuse={(message) => say('editor', 'error', message)}
          />
          {conflict && (
            <SaveConflict
              name={templateName(saved.name)}
              theirs={conflict.theirs}
              onOverwrite={() => void copy.resolveConflict.overwrite(conflict.theirs)}
              onKeepTheirs={() => copy.resolveConflict.keepTheirs(conflict.theirs)}
              onCancel={copy.resolveConflict.cancel}
            />
          )}
          <NoticeLine area="editor" notice={notice} />
        </div>
        <div className="tpl-workbench-preview">
          <TemplatePreview template={working} />
        </div>
      </div>
    </>
  );
}
