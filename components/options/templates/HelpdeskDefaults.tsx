import { useId } from 'react';
import type { HelpdeskId } from '@/lib/context';
import type { TemplateCatalog, TemplateLibrary } from '@/lib/templates/library';
import { HELPDESKS, templateName } from './labels';

interface Props {
  catalog: TemplateCatalog;
  library: TemplateLibrary;
  /** `null`: no choice of the team's own, so the first template in the list is used. */
  onChange(helpdesk: HelpdeskId, templateId: string | null): void;
}

/**
 * Which template each helpdesk starts a new handoff with. Only the team's own templates can
 * be chosen (the stored library may only name its own); a default the organisation's policy
 * sets is shown, disabled, for what it is.
 */
export function HelpdeskDefaults({ catalog, library, onChange }: Props) {
  const id = useId();
  const personal = catalog.entries.filter((e) => !e.managed).map((e) => e.template);
  const nameOf = (templateId: string) => templateName(catalog.entries.find((e) => e.template.id === templateId)?.template.name ?? templateId);
  const first = templateName(catalog.entries[0].template.name);

  return (
    <section aria-labelledby={`${id}-title`} className="tpl-defaults">
      <h3 id={`${id}-title`}>Default template per helpdesk</h3>
      <p className="muted">The template a new handoff starts with; agents can still pick another one.</p>
      <div className="tpl-default-fields">
        {HELPDESKS.map((helpdesk) => {
          const fieldId = `${id}-${helpdesk.id}`;
          const byPolicy = catalog.managedDefaults.includes(helpdesk.id);
          const own = library.defaults[helpdesk.id];
          const value = byPolicy ? catalog.defaults[helpdesk.id] : own && personal.some((t) => t.id === own) ? own : '';
          const note = byPolicy
            ? 'Set by your organisation'
            : personal.length === 0
              ? 'Only your organisation’s templates can be used, so the first one is the default.'
              : undefined;
          return (
            <div key={helpdesk.id} className="field tpl-field">
              <label htmlFor={fieldId}>{helpdesk.label}</label>
              <select
                id={fieldId}
                value={value}
                disabled={byPolicy || personal.length === 0}
                aria-describedby={note ? `${fieldId}-note` : undefined}
                onChange={(event) => onChange(helpdesk.id, event.target.value || null)}
              >
                {byPolicy ? (
                  <option value={value}>{nameOf(value)}</option>
                ) : (
                  <>
                    <option value="">First in the list ({first})</option>
                    {personal.map((template) => (
                      <option key={template.id} value={template.id}>
                        {templateName(template.name)}
                      </option>
                    ))}
                  </>
                )}
              </select>
              {note && (
                <p id={`${fieldId}-note`} className="muted tpl-hint">
                  {note}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
