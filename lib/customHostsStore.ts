import { browser } from 'wxt/browser';
import { CUSTOM_HOSTS_KEY, type CustomHost, CustomHostListSchema, matchPatternFor } from './customHosts';

/** The agent's custom helpdesk hosts; a damaged stored value reads as none, never as a crash. */
export async function loadCustomHosts(): Promise<CustomHost[]> {
  const stored = await browser.storage.local.get(CUSTOM_HOSTS_KEY);
  const parsed = CustomHostListSchema.safeParse(stored[CUSTOM_HOSTS_KEY] ?? []);
  return parsed.success ? parsed.data : [];
}

export async function saveCustomHosts(hosts: CustomHost[]): Promise<void> {
  await browser.storage.local.set({ [CUSTOM_HOSTS_KEY]: CustomHostListSchema.parse(hosts) });
}

const SCRIPT_ID = 'baton-custom-hosts';

/**
 * Registers the content script on every custom host the agent has granted, and on nothing
 * else. Hosts whose permission was withdrawn (chrome://extensions) simply drop out.
 */
export async function syncCustomHostScripts(contentScriptFile: string): Promise<string[]> {
  const hosts = await loadCustomHosts();
  const patterns: string[] = [];
  for (const host of hosts) {
    const pattern = matchPatternFor(host);
    if (!patterns.includes(pattern) && (await browser.permissions.contains({ origins: [pattern] }))) patterns.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (patterns.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return patterns;
  }
  const script = { id: SCRIPT_ID, matches: patterns, js: [contentScriptFile], runAt: 'document_start' as const, persistAcrossSessions: true };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return patterns;
}
