import { useId } from 'react';
import { formatCaseType, formatChecklist, parseCaseType, parseChecklist } from '@/lib/choiceAnswers';
import { CASE_TYPES, MISSING_DATA_ITEMS } from '@/lib/templates/blocks';
import type { SectionFieldProps as Props } from './SectionField';

/** Legend with the required marker, the prompt, and the error once an insert was refused. */
function ChoiceHeader({ id, section, invalid }: { id: string; section: Props['section']; invalid: boolean }) {
  return (
    <>
      <legend className="section-label">
        {section.label}
        {section.required && <span className="required"> (required)</span>}
      </legend>
      <p id={`${id}-prompt`} className="section-prompt">
        {section.prompt}
      </p>
      {invalid && (
        <p id={`${id}-error`} className="error">
          Required: still empty
        </p>
      )}
    </>
  );
}

/** The agent's own words on a choice, and any text written before the section became a choice. */
function ChoiceNotes({ id, label, notes, disabled, onChange }: { id: string; label: string; notes: string; disabled: boolean; onChange(notes: string): void }) {
  return (
    <div className="choice-notes">
      <label htmlFor={`${id}-notes`}>{label}</label>
      <textarea id={`${id}-notes`} rows={2} value={notes} disabled={disabled} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/** One of the four case types, each with the next step L2 takes for it. */
export function CaseTypeField({ section, value, disabled, showRequiredError, onChange }: Props) {
  const id = useId();
  const { type, notes } = parseCaseType(value);
  const invalid = section.required && !value.trim() && showRequiredError;
  const describedBy = `${id}-prompt${invalid ? ` ${id}-error` : ''}`;
  return (
    <fieldset className={`section choice${invalid ? ' section-invalid' : ''}`} data-section={section.id} aria-describedby={describedBy}>
      <ChoiceHeader id={id} section={section} invalid={invalid} />
      {CASE_TYPES.map((option) => (
        <label key={option.id} className="choice-option">
          <input
            type="radio"
            name={id}
            value={option.label}
            checked={type?.id === option.id}
            disabled={disabled}
            aria-invalid={invalid || undefined}
            onChange={() => onChange(formatCaseType(option, notes))}
          />
          <span>
            {option.label}
            <span className="choice-hint">
              {option.nextStep} Engineering joins: {option.engineeringJoins.toLowerCase()}
            </span>
          </span>
        </label>
      ))}
      {type && (
        <button type="button" className="link" disabled={disabled} onClick={() => onChange(formatCaseType(undefined, notes))}>
          Clear case type
        </button>
      )}
      <ChoiceNotes id={id} label={`Why ${section.label.toLowerCase()} (optional)`} notes={notes} disabled={disabled} onChange={(next) => onChange(formatCaseType(type, next))} />
    </fieldset>
  );
}

/** Ticks what the note already gives L2; the note lists the rest as missing. */
export function ChecklistField({ section, value, disabled, showRequiredError, onChange }: Props) {
  const id = useId();
  const { checked, notes } = parseChecklist(value);
  const invalid = section.required && !value.trim() && showRequiredError;
  const describedBy = `${id}-prompt${invalid ? ` ${id}-error` : ''}`;
  const toggle = (item: string, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(item);
    else next.delete(item);
    onChange(formatChecklist(next, notes));
  };
  return (
    <fieldset className={`section choice${invalid ? ' section-invalid' : ''}`} data-section={section.id} aria-describedby={describedBy}>
      <ChoiceHeader id={id} section={section} invalid={invalid} />
      {MISSING_DATA_ITEMS.map((item) => (
        <label key={item} className="choice-option">
          <input
            type="checkbox"
            checked={checked.has(item)}
            disabled={disabled}
            aria-invalid={invalid || undefined}
            onChange={(event) => toggle(item, event.target.checked)}
          />
          <span>{item}</span>
        </label>
      ))}
      <ChoiceNotes id={id} label={`Notes on ${section.label.toLowerCase()} (optional)`} notes={notes} disabled={disabled} onChange={(next) => onChange(formatChecklist(checked, next))} />
    </fieldset>
  );
}
