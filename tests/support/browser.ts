// Launches Debian's Chromium with the built extension through playwright-core.
//
// Host names: Chromium gets --host-resolver-rules="MAP *.zendesk.com 127.0.0.1:PORT, …".
// A MAP rule's port replaces the URL's port too, so https://acme.zendesk.com/agent/tickets/1
// (implicitly :443) connects to 127.0.0.1:PORT while the page's origin, cookies and the
// extension's match patterns stay those of https://acme.zendesk.com. (Verified on Chromium
// 156: no root, no :443 listener and no proxy needed.)
//
// TLS: the fixture cert is self-signed. ignoreHTTPSErrors covers pages, but not the
// extension's service worker; --ignore-certificate-errors covers both.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** Where `npm run build` puts the extension; BATON_OUT_DIR moves it (see wxt.config.ts). */
export const buildOutDir = resolve(repoRoot, process.env.BATON_OUT_DIR ?? '.output');
export const defaultExtensionPath = join(buildOutDir, 'chrome-mv3');

/** The real binary: /usr/bin/chromium (Debian's wrapper) appends an empty --load-extension=. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** Host names the fixture server answers for (each also in the test certificate). */
export const fixtureHostPatterns = ['*.zendesk.com', '*.freshdesk.com', '*.atlassian.net', '*.example.test'];

export interface LaunchOptions {
  /** Port of the fixture server the helpdesk host names map to. */
  port: number;
  headless?: boolean;
  extensionPath?: string;
  /**
   * Profile folder. Pass the userDataDir of an earlier launch (after closing it) to
   * simulate a browser restart: same profile, extension storage and IndexedDB kept.
   * Without it a fresh temporary profile is made and deleted on close.
   */
  userDataDir?: string;
  /** Keep a temporary profile on close (for a later relaunch). Default false. */
  keepUserDataDir?: boolean;
  /** Extra Chromium flags. */
  args?: string[];
  /** How long to wait for the extension's service worker (ms). Default 30 000. */
  serviceWorkerTimeout?: number;
  slowMo?: number;
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  close(): Promise<void>;
}

/** Chromium's flags for the fixture helpdesks; without `extensionPath`, no extension is loaded. */
export function chromiumArgs(port: number, extensionPath?: string): string[] {
  const rules = fixtureHostPatterns.map((p) => `MAP ${p} 127.0.0.1:${port}`).join(', ');
  return [
    ...(extensionPath ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`] : []),
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
  ];
}

export interface LaunchedBrowser {
  context: BrowserContext;
  userDataDir: string;
  close(): Promise<void>;
}

/** Chromium with the fixture host mapping and a profile (temporary unless given); `extensionPath` loads one. */
async function launchChromium(opts: LaunchOptions, extensionPath?: string): Promise<LaunchedBrowser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  const ownsProfile = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'baton-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: opts.headless ?? true,
    ignoreHTTPSErrors: true,
    // Playwright adds --disable-extensions by default, which would drop ours.
    ignoreDefaultArgs: extensionPath ? ['--disable-extensions'] : undefined,
    args: [...chromiumArgs(opts.port, extensionPath), ...(opts.args ?? [])],
    viewport: { width: 1400, height: 900 },
    slowMo: opts.slowMo,
  });
  let closed: Promise<void> | undefined;
  return {
    context,
    userDataDir,
    close() {
      closed ??= context.close().finally(() => {
        if (ownsProfile && !opts.keepUserDataDir) rmSync(userDataDir, { recursive: true, force: true });
      });
      return closed;
    },
  };
}

export async function launchWithExtension(opts: LaunchOptions): Promise<LaunchedExtension> {
  const extensionPath = resolve(opts.extensionPath ?? defaultExtensionPath);
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${extensionPath} (manifest.json missing). Run \`npx wxt build\` first.`,
    );
  }
  const launched = await launchChromium(opts, extensionPath);
  let serviceWorker: Worker;
  try {
    serviceWorker = await waitForExtensionWorker(launched.context, opts.serviceWorkerTimeout ?? 30_000);
  } catch (error) {
    await launched.close().catch(() => {});
    throw error;
  }
  return { ...launched, extensionId: new URL(serviceWorker.url()).host, serviceWorker };
}

/**
 * The same Chromium, flags and fixture host mapping as launchWithExtension, with no extension
 * loaded: the baseline `npm run bench` compares a helpdesk page's cost against.
 */
export function launchWithoutExtension(opts: Omit<LaunchOptions, 'extensionPath' | 'serviceWorkerTimeout'>): Promise<LaunchedBrowser> {
  return launchChromium(opts);
}

async function waitForExtensionWorker(context: BrowserContext, timeout: number): Promise<Worker> {
  const isExtension = (w: Worker) => w.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isExtension);
  if (existing) return existing;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtension, timeout });
  } catch (error) {
    throw new Error(
      `The extension's service worker did not start within ${timeout} ms. Is the build complete ` +
        `and does its manifest declare a background service worker? (${String(error)})`,
    );
  }
}
