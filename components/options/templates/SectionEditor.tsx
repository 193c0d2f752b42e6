import { useState } from 'react';
import { type Direction, type FieldErrors, sectionFieldPath, type SectionPatch, updateSection } from '@/lib/templates/editing';
import type { Section, SectionKind, SectionRole, Template } from '@/lib/templates/template';
import type { DomIds } from './domIds';
import { Field } from './Field';
import { FillSourcesEditor } from './FillSourcesEditor';
import { InlineConfirm } from './InlineConfirm';
import { SECTION_KINDS, SECTION_ROLES, sectionName } from './labels';

interface Props {
  ids: DomIds;
  template: Template;
  section: Section;
  index: number;
  readOnly: boolean;
  errors: FieldErrors;
  requestFocus(elementId: string): void;
  onChange(template: Template): void;
  onMove(sectionId: string, direction: Direction): void;
  onRemove(sectionId: string): void;
  onRefuse(message: string): void;
}

/** Every setting of one section, grouped under its number and label. */
export function SectionEditor(props: Props) {
  const { ids, template, section, index, readOnly, errors, requestFocus, onChange } = props;
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const name = sectionName(section.label, index);
  const last = template.sections.length - 1;
  const update = (patch: SectionPatch) => onChange(updateSection(template, section.id, patch));
  const path = (field: keyof Section) => sectionFieldPath(index, field);
  const control = (field: keyof Section) => ({ id: ids.sectionField(index, field), errorId: ids.error(path(field)), error: errors[path(field)] });

  return (
    <fieldset className="tpl-section">
      <legend>
        Section {index + 1}: {name}
      </legend>
      <Field {...control('label')} label="Label">
        {(aria) => <input {...aria} value={section.label} readOnly={readOnly} maxLength={80} onChange={(e) => update({ label: e.target.value })} />}
      </Field>
      <Field {...control('prompt')} label="Prompt" hint="The one-line question shown above the agent's field.">
        {(aria) => (
          <textarea {...aria} rows={2} value={section.prompt} readOnly={readOnly} maxLength={200} onChange={(e) => update({ prompt: e.target.value })} />
        )}
      </Field>
      <Field {...control('example')} label="Example answer" hint="Shown to the agent as a placeholder, and in the preview.">
        {(aria) => (
          <textarea {...aria} rows={3} value={section.example} readOnly={readOnly} maxLength={400} onChange={(e) => update({ example: e.target.value })} />
        )}
      </Field>
      <div className="tpl-section-row">
        <div className="tpl-check">
          <input
            type="checkbox"
            id={ids.sectionField(index, 'required')}
            checked={section.required}
            disabled={readOnly}
            onChange={(e) => update({ required: e.target.checked })}
          />
          <label htmlFor={ids.sectionField(index, 'required')}>Required</label>
        </div>
        <Field {...control('wordLimit')} label="Word limit">
          {(aria) => (
            <input
              {...aria}
              type="number"
              inputMode="numeric"
              min={1}
              max={2000}
              step={1}
              value={Number.isNaN(section.wordLimit) ? '' : section.wordLimit}
              readOnly={readOnly}
              // An emptied field is kept as NaN so validation can point at it, not silently become 0.
              onChange={(e) => update({ wordLimit: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
            />
          )}
        </Field>
        <Field {...control('kind')} label="Kind">
          {(aria) => (
            <select {...aria} value={section.kind} disabled={readOnly} onChange={(e) => update({ kind: e.target.value as SectionKind })}>
              {SECTION_KINDS.map((kind) => (
                <option key={kind.kind} value={kind.kind}>
                  {kind.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {section.kind === 'text' && (
        <Field {...control('role')} label="Checked as" hint="What the panel's quality checks expect of this section.">
          {(aria) => (
            <select
              {...aria}
              value={section.role ?? ''}
              disabled={readOnly}
              onChange={(e) => update({ role: e.target.value === '' ? undefined : (e.target.value as SectionRole) })}
            >
              {SECTION_ROLES.map((option) => (
                <option key={option.role} value={option.role}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {section.kind === 'text' ? (
        <FillSourcesEditor
          ids={ids}
          template={template}
          section={section}
          sectionIndex={index}
          sectionName={name}
          readOnly={readOnly}
          errors={errors}
          requestFocus={requestFocus}
          onChange={onChange}
          onRefuse={props.onRefuse}
        />
      ) : (
        <p className="muted">Filled from: the agent. Case-type and checklist sections are always answered by the agent.</p>
      )}
      {!readOnly &&
        (confirmingRemove ? (
          <InlineConfirm
            question={`Remove section ${name}?`}
            onConfirm={() => {
              setConfirmingRemove(false);
              props.onRemove(section.id);
            }}
            onCancel={() => {
              setConfirmingRemove(false);
              requestFocus(ids.sectionButton(index, 'remove'));
            }}
          />
        ) : (
          <div className="tpl-actions">
            <button
              type="button"
              id={ids.sectionButton(index, 'up')}
              aria-label={`Move section ${name} up`}
              disabled={index === 0}
              onClick={() => props.onMove(section.id, 'up')}
            >
              Move up
            </button>
            <button
              type="button"
              id={ids.sectionButton(index, 'down')}
              aria-label={`Move section ${name} down`}
              disabled={index === last}
              onClick={() => props.onMove(section.id, 'down')}
            >
              Move down
            </button>
            <button
              type="button"
              id={ids.sectionButton(index, 'remove')}
              className="tpl-danger"
              aria-label={`Remove section ${name}`}
              onClick={() => setConfirmingRemove(true)}
            >
              Remove section
            </button>
          </div>
        ))}
    </fieldset>
  );
}
