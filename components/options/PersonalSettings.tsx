import { useEffect, useId, useState } from 'react';
import type { PersonalSettings as Settings } from '@/lib/settings';
import { LiveMessage, type Message } from './LiveMessage';

export interface PersonalSettingsDeps {
  load(): Promise<Settings>;
  /** Saves only the settings in `patch`; the others (retention, set on the drafts card) stay as stored. */
  save(patch: Partial<Settings>): Promise<void>;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The agent's own preferences; they sync to every browser the agent signs in to. */
export function PersonalSettings({ deps }: { deps: PersonalSettingsDeps }) {
  const id = useId();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    deps.load().then(setSettings, (error) =>
      setMessage({ kind: 'error', text: `Could not read your settings: ${errorText(error)}. Nothing was changed.` }),
    );
  }, [deps, attempt]);

  async function change(patch: Partial<Settings>) {
    if (!settings) return;
    const previous = settings;
    setSettings({ ...settings, ...patch });
    try {
      await deps.save(patch);
      setMessage({ kind: 'ok', text: 'Saved. Open panels follow at once.' });
    } catch (error) {
      setSettings(previous);
      setMessage({ kind: 'error', text: `Could not save your settings: ${errorText(error)}` });
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>Your settings</h2>
      <p className="muted">These follow you to every browser you are signed in to.</p>
      {settings === null ? (
        message?.kind === 'error' ? (
          <button type="button" onClick={() => (setMessage(null), setAttempt((n) => n + 1))}>
            Try again
          </button>
        ) : (
          <p>Loading…</p>
        )
      ) : (
        <>
          <fieldset className="plain-fieldset">
            <legend>Panel position</legend>
            {(['right', 'left'] as const).map((side) => (
              <label key={side} className="inline-choice">
                <input
                  type="radio"
                  name={`${id}-side`}
                  checked={settings.panelSide === side}
                  onChange={() => void change({ panelSide: side })}
                />
                {side === 'right' ? 'Right edge of the page' : 'Left edge of the page'}
              </label>
            ))}
          </fieldset>
          <label className="inline-choice">
            <input
              type="checkbox"
              checked={settings.insertAsInternalNote}
              aria-describedby={`${id}-internal-hint`}
              onChange={(event) => void change({ insertAsInternalNote: event.target.checked })}
            />
            Insert as internal note
          </label>
          <p id={`${id}-internal-hint`} className="muted small">
            On: Baton switches the editor to internal note first, and does not insert if it cannot. Off: the note goes into the
            editor as you left it, reply or note.
          </p>
        </>
      )}
      <LiveMessage message={message} />
    </section>
  );
}
