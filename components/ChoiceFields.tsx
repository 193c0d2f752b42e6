import { useId } from 'react';
import { checkedItems } from '@/lib/compose';
import { CASE_TYPES, MISSING_DATA_ITEMS } from '@/lib/templates/blocks';
import type { SectionFieldProps as Props } from './SectionField';

/** One of the four case types, each with the next step L2 takes for it. */
export function CaseTypeField({ section, value, disabled, showRequiredError, onChange }: Props) {
  const id = useId();
  const invalid = section.required && !value.trim() && showRequiredError;
  return (
    <fieldset className={`section choice${invalid ? ' section-invalid' : ''}`} data-section={section.id} aria-describedby={`${id}-prompt`} aria-invalid={invalid || undefined}>
      <legend className="section-label">
        {section.label}
        {section.required && <span className="required"> (required)</span>}
      </legend>
      <p id={`${id}-prompt`} className="section-prompt">
        {section.prompt}
      </p>
      {CASE_TYPES.map((type) => (
        <label key={type.id} className="choice-option">
          <input
            type="radio"
            name={id}
            value={type.label}
            checked={value.trim() === type.label}
            disabled={disabled}
            onChange={() => onChange(type.label)}
          />
          <span>
            {type.label}
            <span className="choice-hint">
              {type.nextStep} Engineering joins: {type.engineeringJoins.toLowerCase()}
            </span>
          </span>
        </label>
      ))}
      {value.trim() && (
        <button type="button" className="link" disabled={disabled} onClick={() => onChange('')}>
          Clear case type
        </button>
      )}
      {invalid && <p className="error">Required: choose a case type</p>}
    </fieldset>
  );
}

/** Ticks what the note already gives L2; the note lists the rest as missing. */
export function ChecklistField({ section, value, disabled, onChange }: Props) {
  const id = useId();
  const checked = checkedItems(value);
  const toggle = (item: string, on: boolean) => {
    const next = MISSING_DATA_ITEMS.filter((candidate) => (candidate === item ? on : checked.has(candidate)));
    onChange(next.join('\n'));
  };
  return (
    <fieldset className="section choice" data-section={section.id} aria-describedby={`${id}-prompt`}>
      <legend className="section-label">{section.label}</legend>
      <p id={`${id}-prompt`} className="section-prompt">
        {section.prompt}
      </p>
      {MISSING_DATA_ITEMS.map((item) => (
        <label key={item} className="choice-option">
          <input type="checkbox" checked={checked.has(item)} disabled={disabled} onChange={(event) => toggle(item, event.target.checked)} />
          <span>{item}</span>
        </label>
      ))}
    </fieldset>
  );
}
