// Bytes Baton puts into a helpdesk page: each helpdesk's content script (and any CSS), and the
// main-world editor bridge, which has no file of its own (see bridgeBytes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defaultExtensionPath } from '../../tests/support/browser';
import { type BenchGroup, type Row, fmt, targetRow } from './common';

const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** Bytes each helpdesk page gets: its own content script (each helpdesk has one) and any CSS. */
export function injectedBytes(extensionPath = defaultExtensionPath): { file: string; raw: number; gzip: number }[] {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8'));
  return manifest.content_scripts.map((cs: { js?: string[]; css?: string[] }) => {
    const files = [...(cs.js ?? []), ...(cs.css ?? [])];
    const bytes = files.map((file) => readFileSync(join(extensionPath, file)));
    return {
      file: files.join(' + '),
      raw: bytes.reduce((sum, b) => sum + b.length, 0),
      gzip: bytes.reduce((sum, b) => sum + gzip(b), 0),
    };
  });
}

/** Index just past the `}` closing the block that opens at `open`; strings and template literals skipped. */
function blockEnd(src: string, open: number): number | undefined {
  const stack: ('{' | '`')[] = [];
  for (let i = open; i < src.length; ) {
    const c = src[i]!;
    if (stack[stack.length - 1] === '`') {
      if (c === '\\') i += 2;
      else if (c === '`') (stack.pop(), (i += 1));
      else if (c === '$' && src[i + 1] === '{') (stack.push('{'), (i += 2));
      else i += 1;
      continue;
    }
    if (c === '"' || c === "'") {
      for (i += 1; i < src.length && src[i] !== c; i += src[i] === '\\' ? 2 : 1);
      i += 1;
    } else if (c === '`' || c === '{') {
      stack.push(c);
      i += 1;
    } else if (c === '}') {
      stack.pop();
      i += 1;
      if (stack.length === 0) return i;
    } else {
      i += 1;
    }
  }
  return undefined;
}

/**
 * The built source of the function around `marker` in `src`: the nearest `function` before it
 * whose body encloses it and that compiles on its own (checked with `new Function`).
 */
export function enclosingFunction(src: string, marker: string): string | undefined {
  const at = src.indexOf(marker);
  if (at < 0) return undefined;
  for (let start = src.lastIndexOf('function', at); start >= 0; start = src.lastIndexOf('function', start - 1)) {
    const params = src.indexOf('(', start);
    const paramsEnd = params < 0 ? -1 : src.indexOf(')', params);
    if (paramsEnd < 0 || src[paramsEnd + 1] !== '{') continue;
    const end = blockEnd(src, paramsEnd + 1);
    if (end === undefined || end <= at) continue;
    const text = src.slice(start, end);
    try {
      new Function(`return (${text});`);
      return text;
    } catch {
      // not a whole function (a regex or comment fooled the scan): try the next one out
    }
  }
  return undefined;
}

/**
 * lib/insertion/mainWorldBridge.ts's insertThroughEditorApi is not a file of its own: the
 * background imports it and hands it to scripting.executeScript({ func }), so it ships inside
 * background.js and the page receives the function's source, serialised, only when the agent
 * inserts. Measured as built: the minified function found in background.js by its return value.
 */
export function bridgeBytes(extensionPath = defaultExtensionPath): { raw: number; gzip: number } | undefined {
  const background = readFileSync(join(extensionPath, 'background.js'), 'utf8');
  const source = enclosingFunction(background, '`ckeditor5-api`') ?? enclosingFunction(background, "'ckeditor5-api'") ?? enclosingFunction(background, '"ckeditor5-api"');
  return source ? { raw: Buffer.byteLength(source), gzip: gzip(source) } : undefined;
}

export const bytesGroup: BenchGroup = {
  name: 'bytes',
  description: 'bytes injected into a helpdesk page (content scripts, main-world bridge)',
  async run() {
    const scripts = injectedBytes();
    const bridge = bridgeBytes();
    const rows: Row[] = scripts.map(({ file, gzip, raw }) =>
      targetRow(`Injected into a helpdesk page: ${file} (gzip; raw ${fmt(raw)} B)`, gzip, 'B', '≤ 25 KB', (v) => v <= 25 * 1024),
    );
    rows.push({
      metric: bridge
        ? `Main-world bridge (insertThroughEditorApi): no file of its own, it ships inside background.js and reaches the page as scripting.executeScript's func, on insert only — the built function (gzip; raw ${fmt(bridge.raw)} B)`
        : 'Main-world bridge (insertThroughEditorApi): NOT FOUND in background.js (the bench could not locate the built function)',
      value: bridge?.gzip ?? Number.NaN,
      unit: 'B',
    });
    return { rows, raw: { scripts, bridge } };
  },
};
