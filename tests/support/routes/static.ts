// Static assets shared by every helpdesk's fixture pages: the real editor engines from
// node_modules, so fixture pages host the same editors the helpdesks use.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { send } from './types';

const repoRoot = resolve(import.meta.dirname, '../../..');

/** URL prefix under /__assets/ → folder on disk. */
export const staticAssetDirs: Record<string, string> = {
  ckeditor5: join(repoRoot, 'node_modules/ckeditor5/dist/browser'),
  froala: join(repoRoot, 'node_modules/froala-editor'),
};

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.html': 'text/html; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  return contentTypes[extname(path)] ?? 'application/octet-stream';
}

/** Serves /__assets/<prefix>/<file> from staticAssetDirs; false when nothing matches. */
export function serveStaticAsset(pathname: string, res: ServerResponse): boolean {
  const match = /^\/__assets\/([^/]+)\/(.+)$/.exec(pathname);
  if (!match) return false;
  const [, prefix, rest] = match;
  const dir = staticAssetDirs[prefix!];
  if (!dir) return false;
  const file = normalize(join(dir, decodeURIComponent(rest!)));
  // Refuse anything that escapes the asset folder (../).
  if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) return false;
  send(res, 200, readFileSync(file), { 'Content-Type': contentTypeFor(file) });
  return true;
}
