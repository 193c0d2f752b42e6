// `npm run bench`: measures Baton's cost on the fixture helpdesk with the built extension in
// Debian's Chromium. Prints a table and writes bench-output/bench.json. Each timing is the
// median of repeated runs. A benchmark, not a test: nothing here passes or fails on a number.
// Flags: --no-build (reuse .output/chrome-mv3), --runs=N (default 7).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Frame, Page } from 'playwright-core';
import { defaultExtensionPath, launchWithExtension, repoRoot } from '../tests/support/browser';
import { startFixtureServer } from '../tests/support/fixtureServer';
import { fillAgentSections, openPanel, panelFrame } from '../tests/e2e/panelDriver';

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
  ];
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`;
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'bench.json');
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, runs, rows, raw: { open, pageReady, switches, inserts } }, null, 2)}\n`);

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
