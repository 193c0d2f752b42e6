// The manifest asks for the minimum: storage + scripting, the three cloud helpdesks, content
// scripts only there, panel.html as the only web-accessible resource (dynamic URL only), and no
// way for web pages to message the extension. Checked on wxt.config.ts and the content-script
// entrypoints (what `wxt build` turns into the manifest); the e2e isolation test checks the
// manifest of the built extension it loads with the same checker.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { CLOUD_HELPDESK_HOSTS, type ManifestLike, manifestViolations } from './manifestPolicy';

const entrypointsDir = resolve(import.meta.dirname, '../../../entrypoints');

async function configuredManifest(): Promise<ManifestLike> {
  const manifest = config.manifest as ManifestLike;
  expect(typeof manifest, 'wxt.config manifest is a plain object').toBe('object');
  const contentScripts = [];
  for (const file of readdirSync(entrypointsDir).filter((f) => /\.content\.tsx?$/.test(f))) {
    const entry = (await import(/* @vite-ignore */ resolve(entrypointsDir, file))).default as { matches?: string[] };
    contentScripts.push({ matches: entry.matches });
  }
  return { ...manifest, content_scripts: contentScripts };
}

describe("Baton's manifest", () => {
  it('asks for the minimum (wxt.config.ts and the content-script entrypoints)', async () => {
    const manifest = await configuredManifest();
    expect(manifest.content_scripts?.length).toBe(3);
    expect(manifestViolations(manifest)).toEqual([]);
  });

  const minimal: ManifestLike = {
    permissions: ['storage', 'scripting'],
    host_permissions: [...CLOUD_HELPDESK_HOSTS],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_scripts: [{ matches: ['https://*.zendesk.com/*'] }],
    web_accessible_resources: [{ resources: ['panel.html'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }],
  };

  it.each<[string, ManifestLike]>([
    ['another permission', { ...minimal, permissions: ['storage', 'scripting', 'tabs'] }],
    ['a missing permission swapped for another', { ...minimal, permissions: ['storage', 'activeTab'] }],
    ['optional API permissions', { ...minimal, optional_permissions: ['history'] }],
    ['<all_urls> in host_permissions', { ...minimal, host_permissions: [...CLOUD_HELPDESK_HOSTS, '<all_urls>'] }],
    ['*://*/* in host_permissions', { ...minimal, host_permissions: ['*://*/*'] }],
    ['https://*/* in host_permissions', { ...minimal, host_permissions: [...CLOUD_HELPDESK_HOSTS, 'https://*/*'] }],
    ['a fourth host', { ...minimal, host_permissions: [...CLOUD_HELPDESK_HOSTS, 'https://*.example.com/*'] }],
    ['a content script on <all_urls>', { ...minimal, content_scripts: [{ matches: ['<all_urls>'] }] }],
    ['a content script on *://*/*', { ...minimal, content_scripts: [{ matches: ['*://*/*'] }] }],
    ['a content script beyond the helpdesks', { ...minimal, content_scripts: [{ matches: ['https://*.google.com/*'] }] }],
    ['options.html web-accessible', { ...minimal, web_accessible_resources: [{ resources: ['panel.html', 'options.html'], matches: ['https://*/*'], use_dynamic_url: true }] }],
    ['every file web-accessible', { ...minimal, web_accessible_resources: [{ resources: ['*'], matches: ['https://*/*'], use_dynamic_url: true }] }],
    ['panel.html without use_dynamic_url', { ...minimal, web_accessible_resources: [{ resources: ['panel.html'], matches: ['https://*/*'] }] }],
    ['externally_connectable', { ...minimal, externally_connectable: { matches: ['https://*.zendesk.com/*'] } }],
    ['wider optional hosts', { ...minimal, optional_host_permissions: ['<all_urls>'] }],
  ])('the checker fails a manifest with %s', (_what, manifest) => {
    expect(manifestViolations(minimal)).toEqual([]);
    expect(manifestViolations(manifest).length).toBeGreaterThan(0);
  });
});
