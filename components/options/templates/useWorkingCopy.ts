import { useState } from 'react';
import { type FieldErrors, sameTemplate, saveWorkingCopy, validateTemplate } from '@/lib/templates/editing';
import type { CatalogEntry, TemplateCatalog } from '@/lib/templates/library';
import type { Template } from '@/lib/templates/template';
import type { ChangedElsewhere } from './CardAlerts';
import type { DomIds } from './domIds';
import { FIELD_PATH } from './ErrorSummary';
import type { Notice } from './NoticeLine';
import type { TemplatesData, TemplatesSource } from './useTemplatesData';

interface WorkingCopy {
  template: Template;
  /**
   * The saved version the edits started from. Saving checks that storage still holds it, so
   * a change made to this template elsewhere meanwhile is never replaced without asking.
   */
  base: Template;
}

interface Options {
  data: TemplatesData;
  source: TemplatesSource;
  catalog: TemplateCatalog;
  ids: DomIds;
  requestFocus(elementId: string): void;
  setNotice(notice: Notice | null): void;
}

/** A template deleted elsewhere while the lead edits it stays open, so the edits can still be saved or dropped. */
function deletedWhileEditing(draft: WorkingCopy | null): CatalogEntry | undefined {
  return draft && !sameTemplate(draft.template, draft.base) ? { template: draft.base, managed: false } : undefined;
}

/** How changes not made here bear on the working copy; CardAlerts says what that means for the lead. */
function changedElsewhere(draft: WorkingCopy | null, dirty: boolean, stored: Template | undefined, unseen: boolean): ChangedElsewhere | null {
  // Compared with the newest stored version, not with what is shown: a list action shows every
  // change, and the warning must stay for as long as the edits rest on an outdated version.
  if (draft && dirty && !sameTemplate(draft.base, stored)) return stored ? 'changed' : 'deleted';
  if (unseen) return dirty ? 'others' : 'unseen';
  return null;
}

/**
 * The open template and its working copy: what the editor shows, whether it has unsaved
 * edits, and saving them without silently replacing a change made to it elsewhere.
 */
export function useWorkingCopy({ data, source, catalog, ids, requestFocus, setNotice }: Options) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [draft, setDraft] = useState<WorkingCopy | null>(null);
  /** What storage holds instead of the working copy's base, when a save found it changed. */
  const [conflict, setConflict] = useState<{ theirs: Template | null } | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [saving, setSaving] = useState(false);

  const openId = draft?.template.id ?? selectedId;
  const entry = catalog.entries.find((e) => e.template.id === openId) ?? deletedWhileEditing(draft) ?? catalog.entries[0];
  const saved = entry.template;
  const working = !entry.managed && draft?.template.id === saved.id ? draft.template : saved;
  const dirty = !sameTemplate(working, saved);
  const stored = (source.pending ?? data).library.templates.find((t) => t.id === saved.id);
  const validation = showErrors ? validateTemplate(working) : null;
  const errors: FieldErrors = validation && !validation.ok ? validation.errors : {};
  const editorNotice = (kind: Notice['kind'], text: string) => setNotice({ area: 'editor', kind, text });

  function open(templateId: string) {
    setSelectedId(templateId);
    setDraft(null);
    setConflict(null);
    setShowErrors(false);
  }

  /** Takes an edit into the working copy, which remembers the saved version it started from. */
  function edit(template: Template) {
    setDraft((current) => {
      if (sameTemplate(template, saved)) return null;
      return { template, base: current?.template.id === template.id ? current.base : saved };
    });
  }

  /**
   * After a rename in the list: carries the new name into the working copy, or saving it would
   * undo the rename, and into its base, since the rename is no change made elsewhere.
   */
  function renamed(templateId: string, name: string) {
    setDraft((current) =>
      current?.template.id === templateId ? { template: { ...current.template, name }, base: { ...current.base, name } } : current,
    );
  }

  /**
   * Saves the working copy if storage still holds `base`, the version it started from (or the
   * one the lead chose to overwrite); otherwise asks. Says whether it ended in that question.
   */
  async function save(base: Template | null = draft?.base ?? saved): Promise<'saved' | 'conflict' | 'not saved'> {
    const checked = validateTemplate(working);
    if (!checked.ok) {
      setShowErrors(true);
      setNotice(null);
      const first = Object.keys(checked.errors).find((path) => FIELD_PATH.test(path));
      requestFocus(first ? ids.field(first) : ids.errorSummary);
      return 'not saved';
    }
    setSaving(true);
    setConflict(null);
    const result = await source.commit((library) => ({ ok: true, value: saveWorkingCopy(library, checked.template, base) }));
    setSaving(false);
    if (!result.ok) {
      editorNotice('error', `${result.error} Your changes are still here.`);
      return 'not saved';
    }
    if (result.value.conflict) {
      setNotice(null);
      setConflict(result.value.conflict);
      return 'conflict';
    }
    // Anything typed while the save was under way stays as an unsaved change, based on what was saved.
    setDraft((current) => (current && !sameTemplate(current.template, working) ? { template: current.template, base: checked.template } : null));
    setShowErrors(false);
    editorNotice('ok', `Saved “${checked.template.name}”.`);
    return 'saved';
  }

  /** Drops the working copy, showing what storage holds now. */
  function drop(message: string) {
    setDraft(null);
    setConflict(null);
    setShowErrors(false);
    editorNotice('ok', message);
    requestFocus(ids.editorHeading);
    if (source.pending) source.reload();
  }

  const resolveConflict = {
    async overwrite(theirs: Template | null) {
      // Checked against the version the lead was told about: if that changes too, they are asked again.
      if ((await save(theirs)) !== 'conflict') requestFocus(ids.save);
    },
    keepTheirs(theirs: Template | null) {
      drop(theirs ? 'Kept the version saved elsewhere; your changes were discarded.' : 'Your changes were discarded; the template stays deleted.');
    },
    cancel() {
      setConflict(null);
      requestFocus(ids.save);
    },
  };

  function reload() {
    open(saved.id);
    setNotice(null);
    source.reload();
  }

  return {
    entry,
    saved,
    working,
    dirty,
    changedElsewhere: changedElsewhere(draft, dirty, stored, source.pending !== null),
    errors,
    saving,
    conflict,
    open,
    edit,
    renamed,
    save,
    discard: () => drop('Changes discarded.'),
    resolveConflict,
    reload,
  };
}
