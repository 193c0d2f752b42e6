// One fixture helpdesk server and one Chromium with the built extension, shared by the tests
// of a file, with what every end-to-end file watches for: dialogs (an alert() a hostile
// payload managed to run) and uncaught page errors.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type LaunchedExtension, launchWithExtension } from '../support/browser';
import { type FixtureServer, type FixtureServerOptions, startFixtureServer } from '../support/fixtureServer';

export interface ExtensionSession {
  server: FixtureServer;
  browser: LaunchedExtension;
  dialogs: string[];
  pageErrors: string[];
}

/**
 * Registers the file's hooks and returns the session; its server and browser exist from
 * beforeAll on. After each test the API answers normally again and every page is closed.
 */
export function useExtensionSession(serverOptions?: () => FixtureServerOptions): ExtensionSession {
  const session = { dialogs: [], pageErrors: [] } as unknown as ExtensionSession;
  beforeAll(async () => {
    session.server = await startFixtureServer(serverOptions?.());
    session.browser = await launchWithExtension({ port: session.server.port, headless: process.env.HEADED !== '1' });
    session.browser.context.on('page', (page) => {
      page.on('dialog', (dialog) => {
        session.dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => session.pageErrors.push(error.message));
    });
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  afterEach(async () => {
    session.server.setApiMode('ok');
    for (const page of session.browser.context.pages()) await page.close();
  });
  return session;
}
