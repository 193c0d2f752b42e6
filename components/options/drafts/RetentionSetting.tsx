import { useEffect, useId, useState } from 'react';
import type { DraftsDeps, RetentionState } from './deps';
import { LiveMessage, type Message } from '../LiveMessage';

const CHOICES = [7, 14, 30, 90, 365] as const;
const NEVER = 'never';

function toValue(days: number | null): string {
  return days === null ? NEVER : String(days);
}

function describe(days: number | null): string {
  return days === null ? 'Never' : `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** "Remove inserted drafts after": the agent's own setting, or the organisation's, shown locked. */
export function RetentionSetting({ deps }: { deps: Pick<DraftsDeps, 'loadRetention' | 'saveRetention'> }) {
  const id = useId();
  const [state, setState] = useState<RetentionState | null>(null);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  useEffect(() => {
    let live = true;
    deps.loadRetention().then(
      (loaded) => live && setState(loaded),
      () => {
        if (!live) return;
        setState({ days: 30, setByPolicy: false });
        setMessage({ kind: 'error', text: 'Could not read this setting; the default (30 days) is shown.' });
      },
    );
    return () => {
      live = false;
    };
  }, [deps]);

  async function change(value: string) {
    if (!state) return;
    const days = value === NEVER ? null : Number(value);
    const previous = state;
    setState({ ...state, days });
    setSaving(true);
    try {
      await deps.saveRetention(days);
      setMessage({ kind: 'ok', text: days === null ? 'Saved: inserted drafts are kept.' : `Saved: inserted drafts are removed after ${describe(days)}.` });
    } catch (error) {
      setState(previous);
      setMessage({ kind: 'error', text: `Could not save this setting: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setSaving(false);
    }
  }

  // A value set elsewhere (policy, another browser) that is not one of the choices is still shown.
  const choices: (number | null)[] = [...CHOICES];
  if (state?.days != null && !choices.includes(state.days)) choices.push(state.days);
  choices.sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  choices.push(null);

  return (
    <div className="drafts-retention">
      <div className="field">
        <label htmlFor={`${id}-retention`}>Remove inserted drafts after</label>
        <select
          id={`${id}-retention`}
          value={state ? toValue(state.days) : ''}
          disabled={!state || state.setByPolicy || saving}
          aria-describedby={`${id}-help${state?.setByPolicy ? ` ${id}-managed` : ''}`}
          onChange={(event) => void change(event.target.value)}
        >
          {!state && <option value="">Loading…</option>}
          {choices.map((days) => (
            <option key={toValue(days)} value={toValue(days)}>
              {describe(days)}
            </option>
          ))}
        </select>
      </div>
      {state?.setByPolicy && (
        <p id={`${id}-managed`} className="drafts-managed">
          Set by your organisation
        </p>
      )}
      <p id={`${id}-help`} className="muted">
        Counted from the insert. A draft you edited after inserting it is kept, and drafts never inserted into a ticket are never
        removed automatically: delete those here.
      </p>
      <LiveMessage message={message} />
    </div>
  );
}
