import { browser } from 'wxt/browser';
import type { HelpdeskId } from './context';
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

const scriptId = (helpdesk: HelpdeskId) => `baton-custom-${helpdesk}`;

/**
 * Registers each helpdesk's content script on the custom hosts the agent added for it and
 * granted, and on nothing else. Hosts whose permission was withdrawn simply drop out.
 * Returns the patterns registered, per helpdesk.
 */
export async function syncCustomHostScripts(
  helpdesks: readonly HelpdeskId[],
  scriptFileFor: (helpdesk: HelpdeskId) => string,
): Promise<Partial<Record<HelpdeskId, string[]>>> {
  const hosts = await loadCustomHosts();
  const registered: Partial<Record<HelpdeskId, string[]>> = {};
  for (const helpdesk of helpdesks) {
    const patterns: string[] = [];
    for (const host of hosts.filter((h) => h.helpdesk === helpdesk)) {
      const pattern = matchPatternFor(host);
      if (!patterns.includes(pattern) && (await browser.permissions.contains({ origins: [pattern] }))) patterns.push(pattern);
    }
    const id = scriptId(helpdesk);
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
    if (patterns.length === 0) {
      if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
      continue;
    }
    const script = { id, matches: patterns, js: [scriptFileFor(helpdesk)], runAt: 'document_start' as const, persistAcrossSessions: true };
    if (existing.length) await browser.scripting.updateContentScripts([script]);
    else await browser.scripting.registerContentScripts([script]);
    registered[helpdesk] = patterns;
  }
  return registered;
}
