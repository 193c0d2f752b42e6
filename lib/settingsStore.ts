import { browser } from 'wxt/browser';
import { type PersonalSettings, PersonalSettingsSchema, readSettings, SETTINGS_KEY } from './settings';

/** The agent's settings from storage.sync; unreadable storage reads as the defaults. */
export async function loadSettings(): Promise<PersonalSettings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return readSettings(stored[SETTINGS_KEY]);
  } catch {
    return readSettings(undefined);
  }
}

/**
 * Changes some settings and keeps the rest as stored now: the options page edits them from
 * more than one card, and another browser may have synced a change meanwhile.
 */
export async function updateSettings(patch: Partial<PersonalSettings>): Promise<PersonalSettings> {
  const next = PersonalSettingsSchema.parse({ ...(await loadSettings()), ...patch });
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  return next;
}

export function onSettingsChanged(listener: (settings: PersonalSettings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) listener(readSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
