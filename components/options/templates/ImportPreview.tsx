import type { RefObject } from 'react';
import { HELPDESK_LABELS } from '@/lib/context';
import type { ImportPlan } from '@/lib/templates/importExport';
import type { TemplateLibrary } from '@/lib/templates/library';
import type { Template } from '@/lib/templates/template';
import './notice.css';

/** A file chosen for import, read and checked, waiting for the lead to confirm it. */
export interface PendingImport {
  fileName: string;
  incoming: TemplateLibrary;
  fromVersion: number;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function confirmLabel(plan: ImportPlan): string {
  const count = plan.added.length + plan.replaced.length;
  return count === 0 ? 'Import default template changes' : `Import ${plural(count, 'template')}`;
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
export function ImportPreview({ headingRef, headingId, pending, plan, current, damaged, saving, onConfirm, onCancel }: PreviewProps) {
  const nameOf = (templateId: string | undefined) => {
    if (templateId === undefined) return 'the first template';
    const template = [...plan.incoming.templates, ...(current?.templates ?? [])].find((t) => t.id === templateId);
    return `"${template?.name ?? templateId}"`;
  };
  const canConfirm = !plan.refusal && !plan.changesNothing;
  return (
    <section aria-labelledby={headingId} className="import-export__preview">
      {/* Focus comes here when the preview opens: the outcome below is read with the heading. */}
      <h3 id={headingId} ref={headingRef} tabIndex={-1} aria-describedby={`${headingId}-outcome`}>
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
                {HELPDESK_LABELS[helpdesk]}: new drafts start with {nameOf(to)} instead of {nameOf(from)}
              </li>
            ))}
            {plan.skippedDefaults.map(({ helpdesk, to }) => (
              <li key={helpdesk}>
                {HELPDESK_LABELS[helpdesk]}: not changed, because {nameOf(to)} is managed by your organisation
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* Always present, so an outcome that changes while the preview is open is announced too. */}
      <div id={`${headingId}-outcome`}>
        <p role="alert" className="error tpl-live">
          {plan.refusal ?? ''}
        </p>
        <p role="status" className="tpl-live">
          {plan.changesNothing && !plan.refusal ? 'Importing this file would change nothing: your templates already match it.' : ''}
        </p>
      </div>
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
