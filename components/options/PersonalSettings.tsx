import { useEffect, useId, useState } from 'react';
import type { PersonalSettings as Settings } from '@/lib/settings';

export interface PersonalSettingsDeps {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** The agent's own preferences; they sync to every browser the agent signs in to. */
export function PersonalSettings({ deps }: { deps: PersonalSettingsDeps }) {
  const id = useId();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    void deps.load().then(setSettings);
  }, [deps]);

  async function change(next: Settings) {
    const previous = settings;
    setSettings(next);
    try {
      await deps.save(next);
      setMessage({ kind: 'ok', text: 'Saved. Open panels follow at once.' });
    } catch (error) {
      setSettings(previous);
      setMessage({ kind: 'error', text: `Could not save your settings: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>Your settings</h2>
      <p className="muted">These follow you to every browser you are signed in to.</p>
      {settings === null ? (
        <p>Loading…</p>
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
                  onChange={() => void change({ ...settings, panelSide: side })}
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
              onChange={(event) => void change({ ...settings, insertAsInternalNote: event.target.checked })}
            />
            Insert as internal note
          </label>
          <p id={`${id}-internal-hint`} className="muted small">
            On: Baton switches the editor to internal note first, and does not insert if it cannot. Off: the note goes into the
            editor as you left it, reply or note.
          </p>
        </>
      )}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind}>
          {message.text}
        </p>
      )}
    </section>
  );
}
