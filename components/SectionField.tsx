import { useId } from 'react';
import type { LintFinding } from '@/lib/quality/lint';
import { isAgentWritten, type Section } from '@/lib/templates/template';
import { countWords } from '@/lib/text';

/** What every kind of section field gets from the panel. */
export interface SectionFieldProps {
  section: Section;
  value: string;
  disabled: boolean;
  /** Set after an insert was refused for missing required text. */
  showRequiredError: boolean;
  /** What the lint found in this section's text (word limit included). */
  findings?: readonly LintFinding[];
  onChange(text: string): void;
}

/** One handoff section: a labelled text field with its prompt, word count and hints. */
export function SectionField({ section, value, disabled, showRequiredError, findings = [], onChange }: SectionFieldProps) {
  const id = useId();
  const words = countWords(value);
  const over = words > section.wordLimit;
  const empty = value.trim() === '';
  // The word count below already says "over the limit"; the other findings are listed as hints.
  const hints = findings.filter((finding) => finding.rule !== 'over-word-limit');
  const invalid = section.required && empty && showRequiredError;
  return (
    <div className={`section${invalid ? ' section-invalid' : ''}`} data-section={section.id}>
      <label htmlFor={`${id}-field`} className="section-label">
        {section.label}
        {section.required && <span className="required"> (required)</span>}
      </label>
      <p id={`${id}-prompt`} className="section-prompt">
        {section.prompt}
      </p>
      <textarea
        id={`${id}-field`}
        value={value}
        disabled={disabled}
        placeholder={`e.g. ${section.example}`}
        aria-describedby={`${id}-prompt ${id}-count${hints.length ? ` ${id}-hints` : ''}${invalid ? ` ${id}-error` : ''}`}
        aria-invalid={invalid || over || undefined}
        aria-required={section.required || undefined}
        rows={isAgentWritten(section) ? 3 : 5}
        onChange={(event) => onChange(event.target.value)}
      />
      <div className="section-meta">
        {section.required && empty && (
          <span id={`${id}-error`} className={invalid ? 'error' : 'required-empty'}>
            Required: still empty
          </span>
        )}
        <span id={`${id}-count`} className={over ? 'count over' : 'count'}>
          {words} / {section.wordLimit} words{over ? ' (over the limit)' : ''}
        </span>
      </div>
      {hints.length > 0 && (
        // Not named on its own: the field's aria-describedby reads these hints with the field.
        <ul id={`${id}-hints`} className="hints">
          {hints.map((hint) => (
            <li key={`${hint.rule}:${hint.message}`} data-rule={hint.rule}>
              {hint.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
