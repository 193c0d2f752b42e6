import {
  addBlankSection,
  addReadyBlock,
  type AddedSection,
  type Direction,
  type EditResult,
  type FieldErrors,
  MAX_NAME_LENGTH,
  moveSection,
  removeSection,
} from '@/lib/templates/editing';
import { MAX_SECTIONS, type Template } from '@/lib/templates/template';
import { type DomIds, focusAfterMove } from './domIds';
import { ErrorSummary } from './ErrorSummary';
import { Field } from './Field';
import { templateName } from './labels';
import { QualitySettings } from './QualitySettings';
import { ReadyBlocks } from './ReadyBlocks';
import { SectionEditor } from './SectionEditor';

interface Props {
  ids: DomIds;
  /** The working copy, or a managed template shown as it is. */
  template: Template;
  /** Managed by the organisation: shown, never changed here. */
  managed: boolean;
  errors: FieldErrors;
  dirty: boolean;
  saving: boolean;
  requestFocus(elementId: string): void;
  onChange(template: Template): void;
  onSave(): void;
  onDiscard(): void;
  /** Shows why an edit was refused (too many sections, the last section). */
  onRefuse(message: string): void;
}

/** The selected template's name and sections, edited on a working copy until saved. */
export function TemplateEditor(props: Props) {
  const { ids, template, managed, errors, dirty, saving, requestFocus, onChange, onRefuse } = props;
  const full = template.sections.length >= MAX_SECTIONS;

  function added(result: EditResult<AddedSection>) {
    if (!result.ok) return onRefuse(result.error);
    onChange(result.value.template);
    requestFocus(ids.sectionField(result.value.template.sections.length - 1, 'label'));
  }

  function move(sectionId: string, direction: Direction) {
    const index = template.sections.findIndex((s) => s.id === sectionId);
    onChange(moveSection(template, sectionId, direction));
    requestFocus(focusAfterMove(index, direction, template.sections.length, (i, towards) => ids.sectionButton(i, towards)));
  }

  function remove(sectionId: string) {
    const index = template.sections.findIndex((s) => s.id === sectionId);
    const result = removeSection(template, sectionId);
    if (!result.ok) {
      onRefuse(result.error);
      return requestFocus(ids.sectionButton(index, 'remove'));
    }
    onChange(result.value);
    // The section that took its place, or the one before when the last was removed.
    requestFocus(ids.sectionField(Math.min(index, result.value.sections.length - 1), 'label'));
  }

  return (
    <section aria-labelledby={ids.editorHeading} className="tpl-editor">
      <h3 id={ids.editorHeading} tabIndex={-1}>
        {managed ? 'Viewing' : 'Editing'}: {templateName(template.name)}
      </h3>
      {managed && (
        <p className="muted">
          Managed by your organisation, so it is read-only here. Duplicate it to make a version of your own.
        </p>
      )}
      <Field id={ids.field('name')} errorId={ids.error('name')} label="Template name" error={errors.name}>
        {(aria) => (
          <input {...aria} value={template.name} readOnly={managed} maxLength={MAX_NAME_LENGTH} onChange={(e) => onChange({ ...template, name: e.target.value })} />
        )}
      </Field>
      {errors.sections && (
        <p id={ids.error('sections')} className="error tpl-field-error">
          Sections: {errors.sections}
        </p>
      )}
      <div className="tpl-sections">
        {template.sections.map((section, index) => (
          <SectionEditor
            key={section.id}
            ids={ids}
            template={template}
            section={section}
            index={index}
            readOnly={managed}
            errors={errors}
            requestFocus={requestFocus}
            onChange={onChange}
            onMove={move}
            onRemove={remove}
            onRefuse={onRefuse}
          />
        ))}
      </div>
      <QualitySettings ids={ids} template={template} readOnly={managed} errors={errors} onChange={onChange} />
      {!managed && (
        <>
          <div className="tpl-actions">
            <button type="button" id={ids.addSection} disabled={full} onClick={() => added(addBlankSection(template))}>
              Add section
            </button>
            {full && <span className="muted">A template has at most {MAX_SECTIONS} sections.</span>}
          </div>
          <ReadyBlocks disabled={full} onAdd={(blockId) => added(addReadyBlock(template, blockId))} />
          <ErrorSummary ids={ids} template={template} errors={errors} />
          <div className="tpl-savebar">
            {dirty && <span className="tpl-unsaved">Unsaved changes</span>}
            <button type="button" id={ids.save} className="tpl-primary" disabled={saving} onClick={props.onSave}>
              Save template
            </button>
            <button type="button" disabled={!dirty || saving} onClick={props.onDiscard}>
              Discard changes
            </button>
          </div>
        </>
      )}
    </section>
  );
}
