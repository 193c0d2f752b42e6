import { type ChangeEvent, type RefObject, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { HelpdeskId } from '@/lib/context';
import {
  applyImport,
  exportLibrary,
  fileSizeProblem,
  type ImportFileResult,
  type ImportPlan,
  parseImportFile,
  planImport,
} from '@/lib/templates/importExport';
import { resolveCatalog, type TemplateLibrary } from '@/lib/templates/library';
import type { ManagedPolicy } from '@/lib/templates/managedPolicy';
import type { Template } from '@/lib/templates/template';
import type { TemplatesDeps } from './deps';
import './importExport.css';

const HELPDESK_NAMES: Record<HelpdeskId, string> = { zendesk: 'Zendesk', freshdesk: 'Freshdesk', jira: 'Jira' };

interface Loaded {
  library: TemplateLibrary;
  /** The stored templates could not be read; `library` is the standard one standing in. */
  damaged: boolean;
  policy: ManagedPolicy;
}

interface PendingImport {
  fileName: string;
  incoming: TemplateLibrary;
  fromVersion: number;
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** For a browser page: hands the text to the browser as a download. */
export function downloadJsonFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own copy by the time the click returns; keep the URL a moment anyway.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function readChosenFile(file: File): Promise<ImportFileResult> {
  // Before reading: a huge file must not be pulled into memory just to be refused.
  const sizeProblem = fileSizeProblem(file.size);
  if (sizeProblem) return { ok: false, problems: [sizeProblem] };
  try {
    return parseImportFile(await file.text());
  } catch (error) {
    return { ok: false, problems: [`(file): could not be read (${errorText(error)})`] };
  }
}

function importSummary(fileName: string, plan: ImportPlan): string {
  const parts = [
    plan.added.length ? `${plural(plan.added.length, 'template')} added` : '',
    plan.replaced.length ? `${plural(plan.replaced.length, 'template')} replaced` : '',
    plan.defaultChanges.length ? `${plural(plan.defaultChanges.length, 'default template')} changed` : '',
  ].filter(Boolean);
  return `Imported ${fileName}: ${parts.join(', ')}.`;
}

function confirmLabel(plan: ImportPlan): string {
  const count = plan.added.length + plan.replaced.length;
  return count === 0 ? 'Import default template changes' : `Import ${plural(count, 'template')}`;
}

/** Lets a team lead share templates as a file, and see exactly what a file changes before it does. */
export function ImportExportCard({ deps, download }: { deps: TemplatesDeps; download(fileName: string, text: string): void }) {
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [problems, setProblems] = useState<{ fileName: string; lines: string[] } | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [saving, setSaving] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const problemsBox = useRef<HTMLDivElement>(null);
  /** Only the latest file choice may show its result: reading a file takes time. */
  const choice = useRef(0);

  useEffect(() => {
    let active = true;
    const load = () =>
      Promise.all([deps.loadLibrary(), deps.loadPolicy()]).then(
        ([stored, policy]) => {
          if (!active) return;
          setLoaded({ library: stored.library, damaged: stored.damaged, policy });
          setLoadFailed(false);
        },
        () => active && setLoadFailed(true),
      );
    void load();
    // Another window or card may change templates or the policy: the preview follows.
    const unsubscribe = deps.onChanged(() => void load());
    return () => {
      active = false;
      unsubscribe();
    };
  }, [deps]);

  const managedIds = useMemo(() => loaded?.policy.templates?.templates.map((t) => t.id) ?? [], [loaded]);
  const locked = loaded ? resolveCatalog(loaded.library, loaded.policy.templates).locked : false;
  const plan = useMemo(
    () => (loaded && pending ? planImport(loaded.library, pending.incoming, managedIds) : null),
    [loaded, pending, managedIds],
  );

  useEffect(() => {
    if (pending) previewHeading.current?.focus();
  }, [pending]);
  useEffect(() => {
    if (problems) problemsBox.current?.focus();
  }, [problems]);

  function exportTemplates() {
    if (!loaded || loadFailed) return;
    if (loaded.damaged) {
      return setMessage({ kind: 'error', text: 'Your saved templates could not be read, so there is nothing of yours to export.' });
    }
    const file = exportLibrary(loaded.library);
    try {
      download(file.fileName, file.text);
    } catch (error) {
      return setMessage({ kind: 'error', text: `Could not export: ${errorText(error)}` });
    }
    const warning = file.importable ? '' : ' It is larger than 1 MB, so Baton cannot import it again as it is.';
    setMessage({ kind: 'ok', text: `Exported ${plural(loaded.library.templates.length, 'template')} to ${file.fileName}.${warning}` });
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again, after fixing it, is noticed.
    input.value = '';
    if (!file) return;
    const thisChoice = ++choice.current;
    setPending(null);
    setProblems(null);
    setMessage(null);
    const result = await readChosenFile(file);
    if (thisChoice !== choice.current) return;
    if (!result.ok) return setProblems({ fileName: file.name, lines: result.problems });
    setPending({ fileName: file.name, incoming: result.library, fromVersion: result.fromVersion });
  }

  function closePreview(text: string | null) {
    setPending(null);
    setMessage(text ? { kind: 'ok', text } : null);
    fileInput.current?.focus();
  }

  async function confirmImport() {
    if (!loaded || !pending || !plan || plan.refusal || plan.changesNothing || locked) return;
    setSaving(true);
    setMessage(null);
    try {
      // The preview must describe what is saved: if the templates changed since, show it again.
      const fresh = await deps.loadLibrary();
      if (JSON.stringify(fresh.library) !== JSON.stringify(loaded.library)) {
        setLoaded({ ...loaded, library: fresh.library, damaged: fresh.damaged });
        setMessage({ kind: 'error', text: 'Your templates were changed elsewhere. The preview is updated: check it and import again.' });
        return;
      }
      const next = applyImport(fresh.library, plan);
      await deps.saveLibrary(next);
      setLoaded({ ...loaded, library: next, damaged: false });
      closePreview(importSummary(pending.fileName, plan));
    } catch (error) {
      setMessage({ kind: 'error', text: `The templates could not be saved, so nothing was changed: ${errorText(error)}` });
    } finally {
      setSaving(false);
    }
  }

  // After a failed reload the data shown may be stale: better to offer nothing than to act on it.
  const unavailable = !loaded || loadFailed;
  return (
    <section aria-labelledby={`${id}-title`} className="card import-export">
      <h2 id={`${id}-title`}>Share templates</h2>
      <p className="muted">Export your templates to a file for your team, or import a file a colleague shared.</p>
      {loadFailed && (
        <p role="alert" className="error">
          Your saved templates could not be read, so export and import are unavailable. Reload the page to try again.
        </p>
      )}
      <div className="import-export__controls">
        <button type="button" onClick={exportTemplates} disabled={unavailable}>
          Export templates
        </button>
        <div className="import-export__file">
          <label htmlFor={`${id}-file`}>Import templates</label>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept="application/json,.json"
            disabled={unavailable || locked || saving}
            aria-describedby={locked ? `${id}-locked` : undefined}
            onChange={(event) => void chooseFile(event)}
          />
        </div>
      </div>
      {locked && (
        <p id={`${id}-locked`} className="muted">
          Your organisation's policy allows only its own templates, so importing is turned off. Your own templates are kept
          and can still be exported.
        </p>
      )}
      {problems && (
        <div ref={problemsBox} role="alert" tabIndex={-1} className="import-export__problems">
          <p>
            <strong>This file was not imported. Nothing was changed.</strong>
          </p>
          <ul aria-label={`Problems in ${problems.fileName}`}>
            {problems.lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && plan && !locked && (
        <ImportPreview
          headingRef={previewHeading}
          headingId={`${id}-preview`}
          pending={pending}
          plan={plan}
          current={loaded?.library}
          damaged={loaded?.damaged ?? false}
          saving={saving}
          onConfirm={() => void confirmImport()}
          onCancel={() => closePreview(plan.changesNothing || plan.refusal ? null : 'Import cancelled. Nothing was changed.')}
        />
      )}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind}>
          {message.text}
        </p>
      )}
    </section>
  );
}

interface PreviewProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  headingId: string;
  pending: PendingImport;
  plan: ImportPlan;
  current: TemplateLibrary | undefined;
  damaged: boolean;
  saving: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Everything a file would change, before it changes anything. All file content is rendered as text. */
function ImportPreview({ headingRef, headingId, pending, plan, current, damaged, saving, onConfirm, onCancel }: PreviewProps) {
  const nameOf = (templateId: string | undefined) => {
    if (templateId === undefined) return 'the first template';
    const template = [...plan.incoming.templates, ...(current?.templates ?? [])].find((t) => t.id === templateId);
    return `"${template?.name ?? templateId}"`;
  };
  const canConfirm = !plan.refusal && !plan.changesNothing;
  return (
    <section aria-labelledby={headingId} className="import-export__preview">
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        What importing {pending.fileName} would change
      </h3>
      {pending.fromVersion === 1 && (
        <p className="muted">This file was written by an earlier version of Baton; its templates were brought up to date.</p>
      )}
      {damaged && (
        <p className="import-export__warning">
          Your saved templates could not be read. Importing saves the standard template and this file's templates in their place.
        </p>
      )}
      <TemplateGroup title="Added" templates={plan.added} />
      {plan.replaced.length > 0 && (
        <div className="import-export__group">
          <h4>Replaced ({plan.replaced.length})</h4>
          <ul>
            {plan.replaced.map(({ after, differences }) => (
              <li key={after.id}>
                <TemplateName template={after} />
                <ul aria-label={`Changes to ${after.name}`}>
                  {differences.map((difference, index) => (
                    <li key={index}>{difference}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
      <TemplateGroup title="Unchanged" templates={plan.unchanged} />
      <TemplateGroup
        title="Skipped: your organisation manages a template with the same id"
        templates={plan.skippedManaged}
      />
      {(plan.defaultChanges.length > 0 || plan.skippedDefaults.length > 0) && (
        <div className="import-export__group">
          <h4>Default templates</h4>
          <ul>
            {plan.defaultChanges.map(({ helpdesk, from, to }) => (
              <li key={helpdesk}>
                {HELPDESK_NAMES[helpdesk]}: new drafts start with {nameOf(to)} instead of {nameOf(from)}
              </li>
            ))}
            {plan.skippedDefaults.map(({ helpdesk, to }) => (
              <li key={helpdesk}>
                {HELPDESK_NAMES[helpdesk]}: not changed, because {nameOf(to)} is managed by your organisation
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.refusal && (
        <p role="alert" className="error">
          {plan.refusal}
        </p>
      )}
      {plan.changesNothing && !plan.refusal && (
        <p role="status">Importing this file would change nothing: your templates already match it.</p>
      )}
      <div className="import-export__actions">
        {canConfirm && (
          <button type="button" className="import-export__confirm" onClick={onConfirm} disabled={saving}>
            {saving ? 'Importing…' : confirmLabel(plan)}
          </button>
        )}
        <button type="button" onClick={onCancel} disabled={saving}>
          {canConfirm ? 'Cancel' : 'Close'}
        </button>
      </div>
    </section>
  );
}

function TemplateName({ template }: { template: Template }) {
  return (
    <span className="import-export__name">
      {template.name} <span className="muted">({template.id})</span>
    </span>
  );
}

function TemplateGroup({ title, templates }: { title: string; templates: Template[] }) {
  if (templates.length === 0) return null;
  return (
    <div className="import-export__group">
      <h4>
        {title} ({templates.length})
      </h4>
      <ul>
        {templates.map((template) => (
          <li key={template.id}>
            <TemplateName template={template} />
          </li>
        ))}
      </ul>
    </div>
  );
}
