// `npm run demo`: builds Baton, serves the Zendesk fixture helpdesk locally and opens
// ticket 4211 in Chromium with the extension loaded.
//   - With a display (DISPLAY set): a headed browser to try by hand; ends when it is closed.
//   - Without one, or with --headless: runs the handoff flow by itself and writes
//     screenshots to demo-output/.
// Flags: --headless, --no-build (reuse .output/chrome-mv3).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, repoRoot, type LaunchedExtension } from '../tests/support/browser';
import { startFixtureServer, type FixtureServer } from '../tests/support/fixtureServer';

const ticketUrl = 'https://acme.zendesk.com/agent/tickets/4211';
const outDir = resolve(repoRoot, 'demo-output');
const argv = new Set(process.argv.slice(2));
const headless = argv.has('--headless') || !process.env.DISPLAY;

function build(): void {
  if (argv.has('--no-build')) return;
  console.log('Building the extension (npx wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npx wxt build failed (exit ${result.status ?? result.signal}).`);
}

class StepError extends Error {}

/** Runs one demo step; on failure saves a screenshot and says which step broke. */
async function step<T>(page: Page | undefined, name: string, fn: () => Promise<T>): Promise<T> {
  process.stdout.write(`- ${name}… `);
  try {
    const value = await fn();
    console.log('ok');
    return value;
  } catch (error) {
    console.log('FAILED');
    let shot = '';
    if (page && !page.isClosed()) {
      const file = join(outDir, `failed-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.png`);
      shot = await page.screenshot({ path: file }).then(() => `\n  Screenshot: ${file}`, () => '');
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new StepError(`Demo step "${name}" failed: ${message}${shot}`);
  }
}

function findPanelFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => {
    const url = f.url();
    return url.startsWith('chrome-extension://') && new URL(url).pathname.endsWith('/panel.html');
  });
}

async function waitForPanelFrame(page: Page, timeout: number): Promise<Frame | undefined> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = findPanelFrame(page);
    if (frame) {
      await frame.waitForLoadState('domcontentloaded');
      return frame;
    }
    if (Date.now() > deadline) return undefined;
    await page.waitForTimeout(200);
  }
}

async function runHeadlessFlow(browser: LaunchedExtension): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const page = await browser.context.newPage();

  await step(page, 'Open ticket 4211', async () => {
    await page.goto(ticketUrl);
    await page.waitForFunction(() => Boolean((window as any).__editors?.['4211']), undefined, {
      timeout: 20_000,
    });
  });
  await step(page, 'Wait for Baton on the page', () =>
    page.locator('baton-root').first().waitFor({ state: 'attached', timeout: 15_000 }),
  );
  await page.screenshot({ path: join(outDir, '01-ticket.png') });

  const panel = await step(page, 'Open the Baton panel', async () => {
    const handoff = /handoff/i;
    let frame = await waitForPanelFrame(page, 3_000);
    if (!frame) {
      // The panel may only be created once its launcher (in the page, maybe in a shadow root) is used.
      const launcher = page.getByRole('button', { name: handoff }).first();
      await launcher.waitFor({ timeout: 10_000 }).catch(() => {
        throw new Error(
          'neither a chrome-extension://…/panel.html frame nor a button named "Handoff" appeared on the page',
        );
      });
      await launcher.click({ timeout: 5_000 });
      frame = await waitForPanelFrame(page, 10_000);
    } else {
      const inPanel = frame.getByRole('button', { name: handoff }).first();
      if (await inPanel.count()) await inPanel.click();
    }
    if (!frame) throw new Error('no frame chrome-extension://…/panel.html appeared in the page');
    return frame;
  });

  await step(page, 'Fill "Current hypothesis"', () =>
    panel
      .getByLabel('Current hypothesis')
      .first()
      .fill('SSO users hit a redirect loop since the IdP certificate rotated on Monday.', {
        timeout: 15_000,
      }),
  );
  await step(page, 'Fill "What L2 should verify first"', () =>
    panel
      .getByLabel('What L2 should verify first')
      .first()
      .fill('Compare the SAML certificate fingerprint in Admin > Security with the IdP metadata.', {
        timeout: 10_000,
      }),
  );
  await page.screenshot({ path: join(outDir, '02-panel.png') });

  await step(page, 'Click "Insert…"', () =>
    panel.getByRole('button', { name: /^insert/i }).first().click({ timeout: 10_000 }),
  );
  const landed = await step(page, 'Check the note landed in CKEditor', async () => {
    const handle = await page.waitForFunction(
      () => {
        const data: string = (window as any).__editors?.['4211']?.getData?.() ?? '';
        return data.includes('redirect loop') ? data : false;
      },
      undefined,
      { timeout: 10_000 },
    );
    return (await handle.jsonValue()) as string;
  });
  // The composer sits below the conversation: bring it into view for the screenshot.
  await page
    .locator('.ck-editor__editable:visible')
    .first()
    .scrollIntoViewIfNeeded({ timeout: 2_000 })
    .catch(() => {});
  await page.screenshot({ path: join(outDir, '03-inserted.png') });
  console.log(`\nInserted note (CKEditor getData(), first 300 chars):\n${landed.slice(0, 300)}\n`);
  console.log(`Screenshots: ${outDir}`);
}

async function runHeaded(browser: LaunchedExtension): Promise<void> {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(ticketUrl);
  console.log(`
Chromium is open on ${ticketUrl} (served locally; other fixture tickets: /agent/tickets/666).
Try:
  1. Click "Handoff" at the right edge of the page to open the Baton panel.
  2. Fill "Current hypothesis" and "What L2 should verify first" (sections 1, 2 and 4 are pre-filled).
  3. Press "Insert as internal note": the composer switches to an internal note and the note lands there.
  4. Reload, or switch to the other ticket tab and back: your draft is still there.
  5. The other tab (#666) is a hostile ticket full of script payloads: nothing in it runs.
  6. The same flow on Freshdesk: https://acme.freshdesk.com/a/tickets/5100
     and on Jira Service Management: https://acme.atlassian.net/browse/SUP-4211
Close the browser window to end the demo.`);
  await new Promise<void>((resolveClosed) => browser.context.once('close', () => resolveClosed()));
}

async function main(): Promise<void> {
  build();
  let server: FixtureServer | undefined;
  let browser: LaunchedExtension | undefined;
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
  };
  process.once('SIGINT', () => {
    void cleanup().then(() => process.exit(130));
  });
  try {
    server = await startFixtureServer();
    browser = await launchWithExtension({ port: server.port, headless });
    console.log(`Extension ${browser.extensionId} loaded; fixture server on 127.0.0.1:${server.port}.`);
    if (headless) await runHeadlessFlow(browser);
    else await runHeaded(browser);
    if (server.pwnedHits.length) {
      console.warn(`Warning: hostile fixture payloads executed: ${server.pwnedHits.join(', ')}`);
    }
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StepError ? `\n${error.message}` : error);
  process.exit(1);
});
