import type { FieldErrors } from '@/lib/templates/editing';
import { CHECKLIST_ITEMS } from '@/lib/quality/checklistItems';
import type { ChecklistRule, Template } from '@/lib/templates/template';
import type { DomIds } from './domIds';
import { Field } from './Field';
import { CHECKLIST_RULES } from './labels';

interface Props {
  ids: DomIds;
  template: Template;
  readOnly: boolean;
  errors: FieldErrors;
  onChange(template: Template): void;
}

/**
 * The team's bar for a handoff made with this template: which missing-data items the panel
 * asks about, which must be present, and the lowest completeness score. Falling short never
 * blocks an agent: they can insert anyway, and the note says so.
 */
export function QualitySettings({ ids, template, readOnly, errors, onChange }: Props) {
  const { quality } = template;
  const setRule = (id: string, rule: ChecklistRule) =>
    onChange({ ...template, quality: { ...quality, checklist: { ...quality.checklist, [id]: rule } } });
  return (
    <fieldset className="tpl-section tpl-quality">
      <legend>Before insert: missing data and completeness</legend>
      <p className="muted">
        The panel checks the ticket and the note for each item live. “Require before insert” asks the agent to confirm
        before inserting without it; the note then says what was missing.
      </p>
      <div className="tpl-quality-items">
        {CHECKLIST_ITEMS.map((item) => {
          const id = ids.field(`quality.checklist.${item.id}`);
          return (
            <div key={item.id} className="field tpl-field">
              <label htmlFor={id}>{item.label}</label>
              <select
                id={id}
                value={quality.checklist[item.id] ?? 'show'}
                disabled={readOnly}
                title={item.definition}
                onChange={(e) => setRule(item.id, e.target.value as ChecklistRule)}
              >
                {CHECKLIST_RULES.map((option) => (
                  <option key={option.rule} value={option.rule}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      <Field
        id={ids.field('quality.minimumScore')}
        errorId={ids.error('quality.minimumScore')}
        label="Minimum completeness score"
        hint="0 to 100; 0 asks for nothing. Below it, the agent confirms before inserting."
        error={errors['quality.minimumScore']}
      >
        {(aria) => (
          <input
            {...aria}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={Number.isNaN(quality.minimumScore) ? '' : quality.minimumScore}
            readOnly={readOnly}
            onChange={(e) =>
              onChange({ ...template, quality: { ...quality, minimumScore: e.target.value === '' ? Number.NaN : Number(e.target.value) } })
            }
          />
        )}
      </Field>
    </fieldset>
  );
}
