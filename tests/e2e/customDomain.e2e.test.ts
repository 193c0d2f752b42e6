// A helpdesk on the customer's own domain: added on the options page, then Baton works there.
//
// The browser's permission prompt cannot be clicked by automation, so this test loads a copy
// of the built extension whose manifest already grants the custom host: permissions.request()
// then resolves true at once, as it does after the agent clicks "Allow". Everything after the
// prompt is the real path: saving the host, the background registering the content script,
// the registry recognising Freshdesk on that host, the panel loading there, the insert.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExtensionPath, type LaunchedExtension, launchWithExtension } from '../support/browser';
import { defaultRoutes, type FixtureServer, startFixtureServer } from '../support/fixtureServer';
import { createFreshdeskRoutes } from '../support/routes/freshdesk';
import { countOf, fillAgentSections, openPanel } from './panelDriver';

const CUSTOM_HOST = 'support.example.test';
const TICKET_URL = `https://${CUSTOM_HOST}/a/tickets/5100`;

let server: FixtureServer;
let browser: LaunchedExtension;
let extensionCopy: string;

beforeAll(async () => {
  extensionCopy = mkdtempSync(join(tmpdir(), 'baton-custom-host-'));
  cpSync(defaultExtensionPath, extensionCopy, { recursive: true });
  const manifestPath = join(extensionCopy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions.push(`https://${CUSTOM_HOST}/*`);
  writeFileSync(manifestPath, JSON.stringify(manifest));

  // The customer's own domain serves the Freshdesk fixture helpdesk.
  const freshdeskOnCustomDomain = { ...createFreshdeskRoutes(), matchesHost: (host: string) => host === CUSTOM_HOST };
  server = await startFixtureServer({ routes: [...defaultRoutes(), freshdeskOnCustomDomain] });
  browser = await launchWithExtension({ port: server.port, extensionPath: extensionCopy });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (extensionCopy) rmSync(extensionCopy, { recursive: true, force: true });
});

describe('a helpdesk on a custom domain', () => {
  it('does nothing there until the agent adds the domain, then works like the cloud helpdesk', async () => {
    const page = await browser.context.newPage();
    await page.goto(TICKET_URL);
    await page.waitForFunction(() => Boolean((window as any).__editors !== undefined));
    await page.waitForTimeout(500);
    expect(await page.locator('baton-root').count()).toBe(0);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Address', { exact: true }).fill(`https://${CUSTOM_HOST}/a/tickets/5100`);
    await options.getByLabel('Helpdesk', { exact: true }).selectOption('freshdesk');
    await options.getByRole('button', { name: 'Add domain' }).click();
    await options.getByRole('status').filter({ hasText: `Added ${CUSTOM_HOST}` }).waitFor();
    await expect
      .poll(() =>
        browser.serviceWorker.evaluate(async () => {
          // Runs in the extension's service worker, where `chrome` is the extension API.
          const api = (globalThis as any).chrome;
          const scripts: { matches?: string[] }[] = await api.scripting.getRegisteredContentScripts();
          return scripts.flatMap((script) => script.matches ?? []);
        }),
      )
      .toEqual([`https://${CUSTOM_HOST}/*`]);

    await page.reload();
    const panel = await openPanel(page, browser.extensionId);
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent()).toMatch(/Freshdesk #5100/);
    await panel.getByRole('heading', { level: 2 }).waitFor();
    const hypothesis = 'Works on the customer domain too';
    await fillAgentSections(panel, hypothesis, 'Custom domain verify');
    await panel.getByRole('button', { name: /^Insert/ }).click();
    await panel.getByText(/Inserted as an internal note/).waitFor();
    const html = await page.evaluate(() => (window as any).__editors['5100'].html.get() as string);
    expect(countOf(html, hypothesis)).toBe(1);
    // The API was read on the custom host itself, with the session there.
    expect(server.requests.some((r) => r.host === CUSTOM_HOST && r.path.startsWith('/api/_/tickets/5100'))).toBe(true);
  });
});
