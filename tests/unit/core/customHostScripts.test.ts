import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveCustomHosts, syncCustomHostScripts } from '@/lib/customHostsStore';

type Registered = { id: string; matches?: string[] };

const sync = () => syncCustomHostScripts(['zendesk', 'freshdesk', 'jira'], (helpdesk) => `content-scripts/${helpdesk}.js`);

describe('syncCustomHostScripts', () => {
  let registered: Registered[];
  let granted: Set<string>;

  beforeEach(() => {
    fakeBrowser.reset();
    registered = [];
    granted = new Set();
    const permissions = browser.permissions as unknown as Record<string, unknown>;
    permissions.contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)));
    const scripting = browser.scripting as unknown as Record<string, unknown>;
    scripting.getRegisteredContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((r) => ids.includes(r.id)));
    scripting.registerContentScripts = vi.fn(async (scripts: Registered[]) => void registered.push(...scripts));
    scripting.updateContentScripts = vi.fn(async (scripts: Registered[]) => {
      registered = registered.map((r) => scripts.find((s) => s.id === r.id) ?? r);
    });
    scripting.unregisterContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((r) => !ids.includes(r.id));
    });
  });

  it('injects only on custom hosts whose permission the agent granted', async () => {
    await saveCustomHosts([
      { host: 'support.example.com', protocol: 'https:', helpdesk: 'freshdesk' },
      { host: 'jira.corp.example:8443', protocol: 'https:', helpdesk: 'jira' },
    ]);
    granted.add('https://support.example.com/*');
    expect(await sync()).toEqual({ freshdesk: ['https://support.example.com/*'] });
    expect(registered).toEqual([
      expect.objectContaining({ id: 'baton-custom-freshdesk', matches: ['https://support.example.com/*'], js: ['content-scripts/freshdesk.js'] }),
    ]);

    // Each helpdesk's own script goes to its own hosts.
    granted.add('https://jira.corp.example/*');
    await sync();
    expect(registered.map((r) => [r.id, r.matches])).toEqual([
      ['baton-custom-freshdesk', ['https://support.example.com/*']],
      ['baton-custom-jira', ['https://jira.corp.example/*']],
    ]);

    granted.clear();
    await sync();
    expect(registered).toEqual([]);
  });

  it('treats a damaged stored list as empty', async () => {
    await browser.storage.local.set({ customHosts: [{ host: 42 }] });
    expect(await sync()).toEqual({});
  });
});
