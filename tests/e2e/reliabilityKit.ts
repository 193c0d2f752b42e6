// Shared by the reliability e2e files (apiFaults, pageDrift, isolation): one fixture server and
// one Chromium with the built extension per file, pages that tests can run side by side (each
// test closes its own pages; faults are scoped to a fixture host such as f401.zendesk.com), the
// three helpdesks described once, and what every file watches for: uncaught errors in pages and
// frames, and errors the extension logs (page console, panel frame, service worker).
import type { ConsoleMessage, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type LaunchedExtension, launchWithExtension } from '../support/browser';
import { type FixtureServer, type FixtureServerOptions, type RecordedRequest, startFixtureServer } from '../support/fixtureServer';
import { fillAgentSections, openPanel } from './panelDriver';

export interface ReliabilitySession {
  server: FixtureServer;
  browser: LaunchedExtension;
  /** Uncaught exceptions in any page (main world) or the panel frame. */
  pageErrors: string[];
  /** Console errors the extension logged (content script, panel frame, service worker), minus the network's own. */
  consoleErrors: string[];
  dialogs: string[];
}

/**
 * Chromium logs every failed request to the page's console ("Failed to load resource: 500"),
 * and every page request for an extension file it refuses ("Denying load of chrome-extension://…"):
 * those are the faults and probes under test, not errors of the extension.
 */
const NETWORK_NOISE = /^Failed to load resource|net::ERR_|^Denying load of chrome-extension:/;

/** Logged by the extension: its content script, its panel frame (the page's own logs are not ours). */
function fromExtension(message: ConsoleMessage): boolean {
  return message.location().url.startsWith('chrome-extension://') || message.text().includes('chrome-extension://');
}

export function useReliabilitySession(serverOptions?: () => FixtureServerOptions): ReliabilitySession {
  const session = { pageErrors: [], consoleErrors: [], dialogs: [] } as unknown as ReliabilitySession;
  const onConsole = (where: string, all = false) => (message: ConsoleMessage) => {
    if (message.type() !== 'error' || NETWORK_NOISE.test(message.text())) return;
    if (all || fromExtension(message)) session.consoleErrors.push(`${where}: ${message.text()} (${message.location().url})`);
  };
  beforeAll(async () => {
    session.server = await startFixtureServer(serverOptions?.());
    session.browser = await launchWithExtension({ port: session.server.port, headless: process.env.HEADED !== '1' });
    session.browser.serviceWorker.on('console', onConsole('service worker', true));
    session.browser.context.on('page', (page) => {
      page.on('dialog', (dialog) => {
        session.dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => session.pageErrors.push(`${page.url()}: ${error.message}`));
      page.on('console', onConsole('page'));
    });
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** At most `n` pages at once: two shared cores, and each helpdesk page runs a real editor. */
export function limiter(n: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(work: () => Promise<T>): Promise<T> {
    if (running >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await work();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

export type HelpdeskName = 'zendesk' | 'freshdesk' | 'jira';

export interface FixtureHelpdesk {
  name: HelpdeskName;
  /** The fixture host for `account` (e.g. f401.zendesk.com): faults can be scoped to it. */
  host(account: string): string;
  /** The ticket page of the typical fixture ticket on `host`, with an optional query. */
  ticketUrl(host: string, query?: string): string;
  ticketId: string;
  /** Paths of the helpdesk's API on the fixture server. */
  apiPrefix: string;
  /** The subject the page (and the API) shows. */
  subject: RegExp;
  /** Resolves once the page's own app has rendered the ticket (not the composer). */
  ready(page: Page): Promise<void>;
  /** The text of the ticket's editor as the helpdesk's own editor model has it ('' when none). */
  editorText(page: Page): Promise<string>;
}

export const ZENDESK: FixtureHelpdesk = {
  name: 'zendesk',
  host: (account) => `${account}.zendesk.com`,
  ticketUrl: (host, query = '') => `https://${host}/agent/tickets/4211${query}`,
  ticketId: '4211',
  apiPrefix: '/api/',
  subject: /SSO login fails for all users after plan change/,
  ready: (page) => page.locator('[data-side-conversations-anchor-id="4211"]').first().waitFor({ state: 'attached' }),
  editorText: (page) =>
    page.evaluate(() => {
      const editor = (window as any).__editors?.['4211'];
      return editor ? (editor.getData() as string) : '';
    }),
};

export const FRESHDESK: FixtureHelpdesk = {
  name: 'freshdesk',
  host: (account) => `${account}.freshdesk.com`,
  ticketUrl: (host, query = '') => `https://${host}/a/tickets/5100${query}`,
  ticketId: '5100',
  apiPrefix: '/api/',
  subject: /Webhook deliveries fail with 401 since API key rotation/,
  ready: (page) => page.locator('[data-test-id="ticket-human-display-id"]:text("#5100")').waitFor({ state: 'attached' }),
  editorText: (page) =>
    page.evaluate(() => {
      const editor = (window as any).__editors?.['5100'];
      return editor ? (editor.html.get() as string) : '';
    }),
};

export const JIRA: FixtureHelpdesk = {
  name: 'jira',
  host: (account) => `${account}.atlassian.net`,
  ticketUrl: (host, query = '') => `https://${host}/jira/servicedesk/projects/SUP/queues/custom/1/SUP-4211${query}`,
  ticketId: 'SUP-4211',
  apiPrefix: '/rest/',
  subject: /Webhook deliveries to our ERP fail with 401 since the API key rotation/,
  ready: (page) => page.locator('[data-fixture-issue-view="SUP-4211"] h1').waitFor({ state: 'attached' }),
  editorText: (page) =>
    page.evaluate(() => {
      const editor = (window as any).__editors?.['SUP-4211'];
      return editor ? (editor.state.doc.textContent as string) : '';
    }),
};

export const HELPDESKS = [ZENDESK, FRESHDESK, JIRA];

/** API requests the fixture server saw for `host`. */
export function apiRequests(server: FixtureServer, helpdesk: FixtureHelpdesk, host: string): RecordedRequest[] {
  return server.requests.filter((r) => r.host === host && r.path.startsWith(helpdesk.apiPrefix));
}

/** What the panel's ticket summary tells the agent. */
export interface PanelReading {
  heading: string;
  /** The "Read from the page (…): subject, status, …" line, or '' when everything came from the API. */
  fromPage: string;
  /** Each "field: reason" of the "Couldn't read" list. */
  couldNotRead: string[];
}

export async function readPanel(panel: Frame): Promise<PanelReading> {
  const summary = panel.getByRole('region', { name: 'Ticket context' });
  await summary.waitFor();
  const heading = (await summary.getByRole('heading', { level: 2 }).textContent()) ?? '';
  const fromPageLine = summary.getByText(/^Read from the page/);
  const fromPage = (await fromPageLine.count()) ? ((await fromPageLine.textContent()) ?? '') : '';
  const list = summary.getByRole('note', { name: 'Could not read' }).getByRole('listitem');
  const couldNotRead = (await list.allTextContents()).map((text) => text.trim());
  return { heading, fromPage, couldNotRead };
}

/** Absolute time (ms since the epoch) the panel first showed the ticket context, from its own mark. */
export async function contextShownAt(panel: Frame): Promise<number> {
  const at = await panel.evaluate(() => {
    const mark = performance.getEntriesByName('baton:context-shown')[0];
    return mark ? performance.timeOrigin + mark.startTime : null;
  });
  if (at === null) throw new Error('The panel never marked baton:context-shown');
  return at;
}

/** Opens the ticket page on `host` and the panel, ready for the agent. */
export async function openTicket(session: ReliabilitySession, helpdesk: FixtureHelpdesk, host: string, query = ''): Promise<{ page: Page; panel: Frame; navigationStart: number }> {
  const page = await session.browser.context.newPage();
  await page.goto(helpdesk.ticketUrl(host, query), { waitUntil: 'commit' });
  const navigationStart = await page.evaluate(() => performance.timeOrigin).catch(() => Date.now());
  await helpdesk.ready(page);
  const panel = await openPanel(page, session.browser.extensionId);
  return { page, panel, navigationStart };
}

/**
 * The agent types the two required sections and inserts; resolves with what the panel then
 * says (its status line) and the editor's text.
 */
export async function typeAndInsert(page: Page, panel: Frame, helpdesk: FixtureHelpdesk, hypothesis: string): Promise<{ status: string; strategy: string | null; editor: string }> {
  await fillAgentSections(panel, hypothesis, 'Check the sign-in logs first');
  await panel.getByRole('button', { name: /^Insert/ }).click();
  const status = panel.locator('.insert-status:not(:empty)');
  await status.waitFor({ timeout: 15_000 }).catch(async (error: unknown) => {
    throw new Error(`No insert status; the panel reads: ${await panel.locator('body').innerText()}\n${String(error)}`);
  });
  await panel.waitForFunction(() => !/Inserting/.test(document.querySelector('.insert-status')?.textContent ?? ''));
  const text = (await status.textContent()) ?? '';
  const marked = panel.locator('[data-strategy]');
  const strategy = (await marked.count()) ? await marked.getAttribute('data-strategy') : null;
  return { status: text, strategy, editor: await helpdesk.editorText(page) };
}
