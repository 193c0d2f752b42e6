import type { ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and error message. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface Props {
  id: string;
  errorId: string;
  label: string;
  error?: string;
  hint?: string;
  className?: string;
  children(control: ControlProps): ReactNode;
}

/**
 * A labelled control with its hint and its validation error right underneath, announced
 * with the control through aria-describedby.
 */
export function Field({ id, errorId, label, error, hint, className, children }: Props) {
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field tpl-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="muted tpl-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="error tpl-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
