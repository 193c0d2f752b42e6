// `npm run bench`: measures Baton's cost on the fixture helpdesk with the built extension in
// Debian's Chromium. Prints a table and writes bench-output/bench.json. Each timing is the
// median of repeated runs. A benchmark, not a test: nothing here passes or fails on a number.
// Flags: --no-build (reuse .output/chrome-mv3), --runs=N (default 7).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { defaultExtensionPath, launchWithExtension, repoRoot } from '../tests/support/browser';
import { startFixtureServer } from '../tests/support/fixtureServer';
import { fillAgentSections, openPanel, panelFrame } from '../tests/e2e/panelDriver';
import { type Draft, DraftSchema, draftKey } from '../lib/draft';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 7);
const outDir = resolve(repoRoot, 'bench-output');

interface Row {
  metric: string;
  value: number;
  unit: string;
  target?: string;
  met?: boolean;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Bytes each helpdesk page gets: its own content script (each helpdesk has one) and any CSS. */
function injectedBytes(): { file: string; raw: number; gzip: number }[] {
  const manifest = JSON.parse(readFileSync(join(defaultExtensionPath, 'manifest.json'), 'utf8'));
  return manifest.content_scripts.map((cs: { js?: string[]; css?: string[] }) => {
    const files = [...(cs.js ?? []), ...(cs.css ?? [])];
    const bytes = files.map((file) => readFileSync(join(defaultExtensionPath, file)));
    return {
      file: files.join(' + '),
      raw: bytes.reduce((sum, b) => sum + b.length, 0),
      gzip: bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
    };
  });
}

/** Absolute time (ms since epoch) of the latest context-shown mark for `ticketId` in the panel. */
async function contextShownAt(panel: Frame, ticketId: string): Promise<number> {
  await panel.waitForFunction(
    (id) => performance.getEntriesByName('baton:context-shown').some((e) => (e as PerformanceMark).detail === id),
    ticketId,
    { timeout: 20_000 },
  );
  return panel.evaluate((id) => {
    const marks = performance.getEntriesByName('baton:context-shown').filter((e) => (e as PerformanceMark).detail === id);
    return performance.timeOrigin + marks[marks.length - 1].startTime;
  }, ticketId);
}

const SEEDED_DRAFTS = 10_000;
const DRAFTS_SEARCH = 'printer';

/**
 * Drafts as agents leave them: three helpdesks across many tenants, edits spread over three
 * months, the standard template's sections written in a few sentences, about half inserted.
 * Deterministic, and each one checked against DraftSchema so the manager lists them all.
 */
function seededDrafts(count: number, now: number): Draft[] {
  const subjects = [
    'Printer offline after the firmware update',
    'Cannot log in: SSO redirect loop',
    'Invoice shows the wrong VAT rate',
    'VPN drops every ten minutes',
    'CSV export times out for large accounts',
    'Password reset e-mail never arrives',
    'Mobile app crashes on launch (Android 15)',
    'Webhook deliveries failing with 502',
  ];
  const helpdesks = [
    { helpdesk: 'zendesk', host: (t: number) => `tenant${t}.zendesk.com`, id: (n: number) => String(n), path: '/agent/tickets/' },
    { helpdesk: 'freshdesk', host: (t: number) => `tenant${t}.freshdesk.com`, id: (n: number) => String(n), path: '/a/tickets/' },
    { helpdesk: 'jira', host: (t: number) => `tenant${t}.atlassian.net`, id: (n: number) => `SUP-${n}`, path: '/browse/' },
  ] as const;
  return Array.from({ length: count }, (_, i) => {
    const desk = helpdesks[i % helpdesks.length];
    const host = desk.host(i % 50);
    const ticketId = desk.id(10_000 + i);
    const updatedAt = now - ((i * 7_919) % (90 * 24 * 60)) * 60_000;
    const inserted = i % 2 === 0;
    return DraftSchema.parse({
      schemaVersion: 1,
      key: draftKey(desk.helpdesk, host, ticketId),
      helpdesk: desk.helpdesk,
      host,
      ticketId,
      subject: i % 17 === 0 ? undefined : `${subjects[i % subjects.length]} (#${i})`,
      url: `https://${host}${desk.path}${ticketId}`,
      templateId: i % 9 === 0 ? 'retired-template' : 'default',
      answers: {
        happening: `Customer reports: ${subjects[i % subjects.length].toLowerCase()}. Started after their change window on Tuesday; affects ${1 + (i % 40)} users.`,
        tried: 'Cleared cache and cookies, reproduced in a private window, checked the status page (all green), asked for a HAR file.',
        hypothesis: 'Looks like a configuration issue on their side rather than a defect; the error appears only for users in one group.',
        'verify-first': 'Check the audit log for changes to the group policy around the time it started.',
      },
      updatedAt,
      insertedAt: inserted ? updatedAt : undefined,
    });
  });
}

/** Replaces the drafts store's rows in the options page's own context (same origin as the background's Dexie). */
async function seedDrafts(page: Page, drafts: Draft[]): Promise<void> {
  const chunk = 2_000;
  for (let start = 0; start < drafts.length; start += chunk) {
    await page.evaluate(
      ({ rows, clear }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('baton');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('drafts', 'readwrite');
            const store = tx.objectStore('drafts');
            if (clear) store.clear();
            for (const row of rows) store.put(row);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { rows: drafts.slice(start, start + chunk), clear: start === 0 },
    );
  }
}

/** ms from navigation start to the drafts manager's 'baton:drafts-listed' mark, and the count it listed. */
async function draftsListedAfterLoad(page: Page): Promise<{ ms: number; count: number }> {
  await page.waitForFunction(() => performance.getEntriesByName('baton:drafts-listed').length > 0, null, { timeout: 60_000 });
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('baton:drafts-listed')[0] as PerformanceMark;
    return { ms: mark.startTime, count: mark.detail as number };
  });
}

/**
 * Puts `query` into the search box as one input event (as a paste or a keystroke would) and
 * times it in the page: until the count line changes (React has committed the filtered table)
 * and until the frame after it (laid out and painted).
 */
async function timeDraftsSearch(page: Page, query: string): Promise<{ updated: number; painted: number; status: string }> {
  const search = await page.getByLabel('Search drafts').elementHandle();
  return page.evaluate(
    ([input, text]) =>
      new Promise<{ updated: number; painted: number; status: string }>((resolve) => {
        const field = input as HTMLInputElement;
        const status = document.getElementById(field.getAttribute('aria-describedby')!)!;
        const before = status.textContent;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        // No named inner functions: tsx would wrap them in a helper the page does not have.
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (status.textContent === before) return;
          observer.disconnect();
          const updated = performance.now() - started;
          requestAnimationFrame(() =>
            setTimeout(() => resolve({ updated, painted: performance.now() - started, status: status.textContent ?? '' }), 0),
          );
        });
        observer.observe(status, { childList: true, subtree: true, characterData: true });
        setValue.call(field, text);
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    [search, query] as const,
  );
}

interface DraftsBench {
  listed: number[];
  searchUpdated: number[];
  searchPainted: number[];
  listedCount: number;
  searchStatus: string;
}

/** The options page's drafts manager with SEEDED_DRAFTS drafts: cold list after a reload, then a search. */
async function benchDraftsManager(context: BrowserContext, extensionId: string): Promise<DraftsBench> {
  const page = await context.newPage();
  const result: DraftsBench = { listed: [], searchUpdated: [], searchPainted: [], listedCount: 0, searchStatus: '' };
  try {
    // The first load creates the database (Dexie, in the manager) before rows go in.
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await draftsListedAfterLoad(page);
    await seedDrafts(page, seededDrafts(SEEDED_DRAFTS, Date.now()));
    for (let run = 0; run < runs; run++) {
      await page.reload();
      const { ms, count } = await draftsListedAfterLoad(page);
      result.listed.push(ms);
      result.listedCount = count;
      const { updated, painted, status } = await timeDraftsSearch(page, DRAFTS_SEARCH);
      result.searchUpdated.push(updated);
      result.searchPainted.push(painted);
      result.searchStatus = status;
    }
  } finally {
    await page.close();
  }
  return result;
}

async function main() {
  if (!args.includes('--no-build')) {
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npx wxt build failed');
  }
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ port: server.port });
  const open: number[] = [];
  const pageReady: number[] = [];
  const switches: number[] = [];
  const inserts: number[] = [];
  let drafts: DraftsBench;
  try {
    // Open the panel once: the choice is remembered, so every later ticket shows its context.
    const warm = await browser.context.newPage();
    await warm.goto('https://acme.zendesk.com/agent/tickets/4211');
    await openPanel(warm, browser.extensionId);
    await warm.close();

    for (let run = 0; run < runs; run++) {
      const page: Page = await browser.context.newPage();
      await page.goto('https://acme.zendesk.com/agent/tickets/4211');
      const panel = await panelFrame(page, browser.extensionId);
      const shown = await contextShownAt(panel, '4211');
      const navigationStart = await page.evaluate(() => performance.timeOrigin);
      open.push(shown - navigationStart);
      // The page's own readiness, for scale: Baton's content script shares its main thread.
      pageReady.push(
        await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd),
      );

      const clickedAt = await page.evaluate(() => {
        (document.querySelector('a[data-test-id="header-tab"][data-entity-id="666"]') as HTMLElement).click();
        return Date.now();
      });
      switches.push((await contextShownAt(panel, '666')) - clickedAt);

      await page.evaluate(() => (document.querySelector('a[data-test-id="header-tab"][data-entity-id="4211"]') as HTMLElement).click());
      await contextShownAt(panel, '4211');
      await page.waitForFunction(() => Boolean((window as any).__editors?.['4211']));
      await fillAgentSections(panel, `bench hypothesis ${run}`, `bench verify ${run}`);
      await panel.getByRole('button', { name: /^Insert/ }).click();
      await panel.getByText(/Inserted/).waitFor();
      inserts.push(await panel.evaluate(() => performance.getEntriesByName('baton:insert').at(-1)!.duration));
      await page.close();
    }

    drafts = await benchDraftsManager(browser.context, browser.extensionId);
  } finally {
    await browser.close();
    await server.close();
  }

  const rows: Row[] = [
    ...injectedBytes().map(({ file, gzip, raw }) => ({
      metric: `Injected into a helpdesk page: ${file} (gzip; raw ${raw.toLocaleString('en')} B)`,
      value: gzip,
      unit: 'B',
      target: '≤ 25 KB',
      met: gzip <= 25 * 1024,
    })),
    { metric: 'Ticket page opened → panel shows context', value: median(open), unit: 'ms', target: '< 300 ms', met: median(open) < 300 },
    { metric: "For scale: the demo page's own DOMContentLoaded", value: median(pageReady), unit: 'ms' },
    { metric: 'SPA ticket switch → panel shows context', value: median(switches), unit: 'ms' },
    { metric: 'Insert click → note verified in CKEditor 5', value: median(inserts), unit: 'ms' },
    {
      metric: `Options page opened → drafts manager lists ${drafts.listedCount.toLocaleString('en')} drafts`,
      value: median(drafts.listed),
      unit: 'ms',
    },
    {
      metric: `Drafts manager: search "${DRAFTS_SEARCH}" → table updated and painted (${drafts.searchStatus})`,
      value: median(drafts.searchPainted),
      unit: 'ms',
    },
  ];
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`;
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'bench.json');
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, runs, rows, raw: { open, pageReady, switches, inserts, drafts } }, null, 2)}\n`);

  console.log(`\nBaton bench — ${new Date().toISOString().slice(0, 10)} — ${machine} — median of ${runs} runs\n`);
  console.log('| Metric | Value | Target |');
  console.log('|---|---|---|');
  for (const row of rows) {
    const value = row.unit === 'B' ? `${row.value.toLocaleString('en')} B` : `${row.value.toFixed(0)} ms`;
    console.log(`| ${row.metric} | ${value} | ${row.target ? `${row.target} ${row.met ? '(met)' : '(MISSED)'}` : '—'} |`);
  }
  console.log(`\nWritten to ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
