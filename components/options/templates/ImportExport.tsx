import { type ChangeEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { downloadTextFile } from '@/components/options/download';
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
import type { TemplatesDeps } from './deps';
import { ImportPreview, type PendingImport, plural } from './ImportPreview';
import { errorText } from './labels';
import { type Message, MessageLine } from './NoticeLine';
import { useLatestRequest } from './useLatestRequest';
import './importExport.css';

interface Loaded {
  library: TemplateLibrary;
  /** The stored templates could not be read; `library` is the standard one standing in. */
  damaged: boolean;
  policy: ManagedPolicy;
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

interface Props {
  deps: TemplatesDeps;
  /** Hands a file to the browser as a download; tests pass a fake. */
  download?(fileName: string, text: string): void;
}

/** Lets a team lead share templates as a file, and see exactly what a file changes before it does. */
export function ImportExportCard({ deps, download = downloadTextFile }: Props) {
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [problems, setProblems] = useState<{ fileName: string; lines: string[] } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [saving, setSaving] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const problemsBox = useRef<HTMLDivElement>(null);
  /** Only the latest file choice may show its result: reading a file takes time. */
  const choice = useRef(0);
  /** Only the latest load, or what the card itself saved since, may be shown. */
  const requests = useLatestRequest();

  useEffect(() => {
    const load = () => {
      const isLatest = requests.begin();
      Promise.all([deps.loadLibrary(), deps.loadPolicy()]).then(
        ([stored, policy]) => {
          if (!isLatest()) return;
          setLoaded({ library: stored.library, damaged: stored.damaged, policy });
          setLoadFailed(false);
        },
        () => isLatest() && setLoadFailed(true),
      );
    };
    load();
    // Another window or card may change templates or the policy: the preview follows.
    const unsubscribe = deps.onChanged(load);
    return () => {
      requests.supersede();
      unsubscribe();
    };
  }, [deps, requests]);

  /** Shows a library the card read or saved itself: newer than any load still under way. */
  function showLibrary(library: TemplateLibrary, damaged: boolean) {
    requests.supersede();
    setLoaded((current) => current && { ...current, library, damaged });
  }

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
        showLibrary(fresh.library, fresh.damaged);
        setMessage({ kind: 'error', text: 'Your templates were changed elsewhere. The preview is updated: check it and import again.' });
        return;
      }
      const next = applyImport(fresh.library, plan);
      await deps.saveLibrary(next);
      showLibrary(next, false);
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
      {/* Live regions stay in the page and only their text changes, so screen readers announce it. */}
      <p role="alert" className="error tpl-live">
        {loadFailed ? 'Your saved templates could not be read, so export and import are unavailable. Reload the page to try again.' : ''}
      </p>
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
      <div role="alert">
        {problems && (
          <div ref={problemsBox} tabIndex={-1} className="import-export__problems">
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
      </div>
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
      <MessageLine message={message} />
    </section>
  );
}
