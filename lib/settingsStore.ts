import { browser } from 'wxt/browser';
import { type PersonalSettings, PersonalSettingsSchema, readSettings, SETTINGS_KEY } from './settings';

/** The stored settings; throws when storage cannot be read, so nothing acts on a guess. */
export async function readStoredSettings(): Promise<PersonalSettings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

/** For the panel: the defaults when storage cannot be read (it must work regardless). */
export async function loadSettings(): Promise<PersonalSettings> {
  try {
    return await readStoredSettings();
  } catch {
    return readSettings(undefined);
  }
}

let updating: Promise<unknown> = Promise.resolve();

/**
 * Changes some settings and keeps the rest as stored now: the options page edits them from
 * more than one card, and another browser may have synced a change meanwhile. Updates run
 * one after another, and none is written over settings that could not be read.
 */
export function updateSettings(patch: Partial<PersonalSettings>): Promise<PersonalSettings> {
  const next = updating.then(async () => {
    const merged = PersonalSettingsSchema.parse({ ...(await readStoredSettings()), ...patch });
    await browser.storage.sync.set({ [SETTINGS_KEY]: merged });
    return merged;
  });
  updating = next.catch(() => undefined);
  return next;
}

export function onSettingsChanged(listener: (settings: PersonalSettings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) listener(readSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
