import { browser } from 'wxt/browser';
import { freshdeskMatches, jiraMatches, zendeskMatches } from '../adapters/matches';
import type { HelpdeskId } from '../context';
import { matchPatternFor } from '../customHosts';
import { loadCustomHosts } from '../customHostsStore';

const CLOUD_MATCHES: Record<HelpdeskId, string[]> = { zendesk: zendeskMatches, freshdesk: freshdeskMatches, jira: jiraMatches };

/**
 * After an update (or a reload) the content scripts in open helpdesk tabs are cut off from
 * the extension and their panels go blank; browsers do not inject the new version into
 * tabs that are already open. Injecting it here brings the panel back without a tab reload:
 * the new script removes the old panel, and the agent's draft comes back from storage.
 * Returns how many tabs were given the new script.
 */
export async function reinjectIntoOpenTabs(): Promise<number> {
  const customHosts = await loadCustomHosts().catch(() => []);
  let injected = 0;
  for (const [helpdesk, cloud] of Object.entries(CLOUD_MATCHES) as [HelpdeskId, string[]][]) {
    const patterns = [...cloud, ...customHosts.filter((h) => h.helpdesk === helpdesk).map(matchPatternFor)];
    // Only tabs whose URL Baton may access match: custom hosts without a grant drop out.
    const tabs = await browser.tabs.query({ url: patterns }).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [`/content-scripts/${helpdesk}.js`] });
        injected++;
      } catch {
        // A tab that cannot take it (an error page, access withdrawn) keeps its old state.
      }
    }
  }
  return injected;
}
