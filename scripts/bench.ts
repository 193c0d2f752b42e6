// `npm run bench`: measures Baton's cost on the fixture helpdesks with the built extension in
// Debian's Chromium. Prints a table and writes bench-output/bench.json. Each timing is the
// median of repeated runs. A benchmark, not a test: nothing here passes or fails on a number;
// a missed target is printed as MISSED.
//
// Flags: --no-build (reuse the build in $BATON_OUT_DIR, default .output), --runs=N (default 7),
// --only=name[,name] (groups below). The measurement groups live in scripts/bench/*.ts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type LaunchedBrowser,
  type LaunchedExtension,
  buildOutDir,
  launchWithExtension,
  launchWithoutExtension,
  repoRoot,
} from '../tests/support/browser';
import { type FixtureServer, startFixtureServer } from '../tests/support/fixtureServer';
import { openPanel } from '../tests/e2e/panelDriver';
import type { BenchEnv, BenchGroup, Row } from './bench/common';
import { bytesGroup } from './bench/bytes';
import { openGroup } from './bench/open';
import { pageCostGroup } from './bench/pageCost';
import { normaliseGroup } from './bench/normalise';
import { qualityGroup } from './bench/quality';
import { insertGroup } from './bench/insert';
import { autosaveGroup } from './bench/autosave';
import { heapGroup } from './bench/heap';
import { draftsGroup } from './bench/drafts';

const GROUPS: BenchGroup[] = [bytesGroup, openGroup, pageCostGroup, normaliseGroup, qualityGroup, insertGroup, autosaveGroup, heapGroup, draftsGroup];

const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 7);
const only = args.find((a) => a.startsWith('--only='))?.split('=')[1]?.split(',').filter(Boolean);
const outDir = resolve(repoRoot, 'bench-output');

function usage(): string {
  return `Usage: npm run bench -- [--no-build] [--runs=N] [--only=${GROUPS.map((g) => g.name).join(',')}]\n${GROUPS.map((g) => `  ${g.name.padEnd(10)} ${g.description}`).join('\n')}`;
}

function formatValue(row: Row): string {
  if (!Number.isFinite(row.value)) return 'n/a';
  switch (row.unit) {
    case 'B':
      return `${row.value.toLocaleString('en')} B`;
    case 'ratio':
      return `× ${row.value.toFixed(2)}`;
    case 'KB':
      return `${row.value.toLocaleString('en', { maximumFractionDigits: 0 })} KB`;
    case 'KB/ticket':
      return `${row.value.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB/ticket`;
    default:
      return `${row.value.toLocaleString('en', { maximumFractionDigits: row.value < 10 ? 1 : 0 })} ms`;
  }
}

/** Starts each browser on first use, and closes what was started. */
function lazyEnv(server: FixtureServer): BenchEnv & { close(): Promise<void> } {
  let extension: Promise<LaunchedExtension> | undefined;
  let plain: Promise<LaunchedBrowser> | undefined;
  return {
    runs,
    server,
    extension() {
      extension ??= (async () => {
        const browser = await launchWithExtension({ port: server.port });
        // Open the panel once: the choice is remembered, so every later ticket shows its context.
        const warm = await browser.context.newPage();
        await warm.goto('https://acme.zendesk.com/agent/tickets/4211');
        await openPanel(warm, browser.extensionId);
        await warm.close();
        return browser;
      })();
      return extension;
    },
    plain() {
      plain ??= launchWithoutExtension({ port: server.port });
      return plain;
    },
    async close() {
      await Promise.allSettled([extension?.then((b) => b.close()), plain?.then((b) => b.close())]);
    },
  };
}

async function main() {
  if (args.includes('--help')) {
    console.log(usage());
    return;
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer\n${usage()}`);
  const unknown = only?.filter((name) => !GROUPS.some((g) => g.name === name)) ?? [];
  if (unknown.length) throw new Error(`Unknown group(s): ${unknown.join(', ')}\n${usage()}`);
  const selected = GROUPS.filter((g) => !only || only.includes(g.name));

  if (!args.includes('--no-build')) {
    // wxt.config.ts honours BATON_OUT_DIR, as tests/support/browser.ts does when loading it.
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npx wxt build failed');
  }
  console.log(`Extension: ${buildOutDir}/chrome-mv3 · groups: ${selected.map((g) => g.name).join(', ')} · ${runs} runs`);

  const server = await startFixtureServer();
  const env = lazyEnv(server);
  const rows: Row[] = [];
  const raw: Record<string, unknown> = {};
  try {
    for (const group of selected) {
      const started = Date.now();
      process.stdout.write(`[bench] ${group.name}: ${group.description} … `);
      const result = await group.run(env);
      rows.push(...result.rows);
      raw[group.name] = result.raw;
      console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    await env.close();
    await server.close();
  }

  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`;
  mkdirSync(outDir, { recursive: true });
  // A partial run (--only) does not overwrite the full run's file.
  const file = join(outDir, only ? `bench-only-${selected.map((g) => g.name).join('-')}.json` : 'bench.json');
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), machine, runs, groups: selected.map((g) => g.name), rows, raw }, null, 2)}\n`,
  );

  console.log(`\nBaton bench — ${new Date().toISOString().slice(0, 10)} — ${machine} — median of ${runs} runs\n`);
  console.log('| Metric | Value | Target |');
  console.log('|---|---|---|');
  for (const row of rows) {
    console.log(`| ${row.metric} | ${formatValue(row)} | ${row.target ? `${row.target} ${row.met ? '(met)' : '(MISSED)'}` : '—'} |`);
  }
  console.log(`\nWritten to ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
