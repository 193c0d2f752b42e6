// Builds the extension once before the end-to-end tests, which load the real build from
// .output/chrome-mv3 (or $BATON_OUT_DIR/chrome-mv3). BATON_SKIP_BUILD=1 reuses an existing
// build (faster local reruns).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultExtensionPath, repoRoot } from '../support/browser';

export default function setup(): void {
  const manifest = join(defaultExtensionPath, 'manifest.json');
  if (process.env.BATON_SKIP_BUILD === '1') {
    if (!existsSync(manifest)) {
      throw new Error(`BATON_SKIP_BUILD=1 but there is no build at ${manifest}; run \`npx wxt build\`.`);
    }
    return;
  }
  const started = Date.now();
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (result.status !== 0 || !existsSync(manifest)) {
    throw new Error(
      `\`npx wxt build\` failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  console.log(`[e2e] built the extension in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
