import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { MAX_NAME_LENGTH } from '@/lib/templates/editing';

interface Props {
  label: string;
  initial: string;
  submitLabel: string;
  /** Resolves to an error message to show next to the field, or null when accepted. */
  onSubmit(name: string): Promise<string | null>;
  onCancel(): void;
}

/** A one-field inline form for naming a template; Escape cancels, focus starts in the field. */
export function NameForm({ label, initial, submitLabel, onSubmit, onCancel }: Props) {
  const id = useId();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(await onSubmit(value));
  }

  return (
    <form
      className="tpl-name-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>{label}</label>
        <input
          ref={inputRef}
          id={`${id}-name`}
          value={value}
          maxLength={MAX_NAME_LENGTH}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setValue(event.target.value)}
        />
        {error && (
          <p id={`${id}-error`} className="error tpl-field-error">
            {error}
          </p>
        )}
      </div>
      <div className="tpl-actions">
        <button type="submit">{submitLabel}</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
