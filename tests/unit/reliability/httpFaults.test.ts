// fetchJson under the faults a helpdesk API (or something in front of it) can produce. The
// end-to-end counterparts drive the built extension: tests/e2e/apiFaults.e2e.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson, fetchParsed } from '@/lib/adapters/http';

const signal = new AbortController().signal;

/**
 * A body of `chunks` chunks of `size` bytes, counting what was pulled. With `stall`, it then
 * neither ends nor sends more (a runaway answer, bounded here so a regression fails instead of
 * exhausting memory); like the browser's fetch, aborting `signal` errors it.
 */
function streamedBody(size: number, chunks: number, opts: { stall?: boolean; signal?: () => AbortSignal | undefined } = {}) {
  let pulled = 0;
  let cancelled = false;
  const chunk = new Uint8Array(size).fill(0x78);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= size * chunks) {
        if (!opts.stall) return controller.close();
        return new Promise<void>((resolve) => {
          const signal = opts.signal?.();
          signal?.addEventListener('abort', () => {
            controller.error(signal.reason);
            resolve();
          });
        });
      }
      pulled += size;
      controller.enqueue(chunk);
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => pulled, cancelled: () => cancelled };
}

function fetchOf(...responses: (() => Response)[]) {
  const calls: { url: string; at: number }[] = [];
  const fn = vi.fn(async (url: string | URL | Request) => {
    calls.push({ url: String(url), at: Date.now() });
    const next = responses.shift();
    if (!next) throw new Error('unexpected request');
    return next();
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('fetchJson size cap', () => {
  it('refuses a runaway body without a Content-Length after reading just past the cap, and stops the download', async () => {
    // 32 MiB and then no end: before the fix the whole of it was buffered until the time-out.
    let requestSignal: AbortSignal | undefined;
    const body = streamedBody(64 * 1024, 512, { stall: true, signal: () => requestSignal });
    const fetch = (async (_url: string, init?: RequestInit) => {
      requestSignal = init?.signal ?? undefined;
      return new Response(body.stream, { status: 200 });
    }) as unknown as typeof globalThis.fetch;
    const result = await fetchJson('/api', { fetch, signal, maxBytes: 1024 * 1024, timeoutMs: 2000 });
    expect(result).toEqual({ ok: false, reason: 'helpdesk API response too large' });
    // Not buffered until a time-out: at most one chunk beyond the cap, then the read is cancelled.
    expect(body.pulled()).toBeLessThanOrEqual(1024 * 1024 + 2 * 64 * 1024);
    expect(body.cancelled()).toBe(true);
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    const body = streamedBody(64 * 1024, 200);
    const { fetch } = fetchOf(() => new Response(body.stream, { status: 200, headers: { 'Content-Length': String(200 * 64 * 1024) } }));
    expect(await fetchJson('/api', { fetch, signal, maxBytes: 1024 * 1024 })).toEqual({ ok: false, reason: 'helpdesk API response too large' });
    expect(body.pulled()).toBeLessThanOrEqual(64 * 1024);
  });

  it('counts bytes, not characters: multi-byte text over the cap is refused', async () => {
    // 600 three-byte characters = 1800 bytes, 600 UTF-16 units.
    const { fetch } = fetchOf(() => new Response(JSON.stringify({ s: '€'.repeat(600) }), { status: 200 }));
    expect(await fetchJson('/api', { fetch, signal, maxBytes: 1000 })).toEqual({ ok: false, reason: 'helpdesk API response too large' });
  });

  it('reads a body under the cap in full, multi-byte characters intact across chunk boundaries', async () => {
    const text = JSON.stringify({ subject: 'Zürich → São Paulo ✓ '.repeat(2000) });
    const bytes = new TextEncoder().encode(text);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        // 7-byte chunks split the multi-byte characters.
        for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7));
        controller.close();
      },
    });
    const { fetch } = fetchOf(() => new Response(stream, { status: 200 }));
    expect(await fetchJson('/api', { fetch, signal })).toEqual({ ok: true, data: JSON.parse(text) });
  });

  it('a 5 MB answer is under the default 8 MB cap: read, and an unknown shape is a reason, not a throw', async () => {
    const big = JSON.stringify({ padding: 'x'.repeat(5 * 1024 * 1024) });
    const { fetch } = fetchOf(() => new Response(big, { status: 200 }));
    const schema = { safeParse: (d: unknown) => (typeof d === 'object' && d !== null && 'ticket' in d ? { success: true as const, data: d } : { success: false as const }) };
    expect(await fetchParsed('/api', schema, { fetch, signal })).toEqual({ ok: false, reason: 'helpdesk API answered in an unexpected format' });
  });

  it('a body over the default 8 MB cap is refused', async () => {
    const body = streamedBody(256 * 1024, 40); // 10 MiB, no Content-Length
    const { fetch } = fetchOf(() => new Response(body.stream, { status: 200 }));
    expect(await fetchJson('/api', { fetch, signal })).toEqual({ ok: false, reason: 'helpdesk API response too large' });
    expect(body.pulled()).toBeLessThan(40 * 256 * 1024);
  });
});

describe('fetchJson time bound', () => {
  it('abandons a body that starts but never finishes, within the time-out', async () => {
    // Like the browser's fetch: aborting the request's signal errors its body stream.
    const hanging = (async (_url: string, init?: RequestInit) => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"ticket":'));
          init?.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
        },
      });
      return new Response(stream, { status: 200 });
    }) as unknown as typeof fetch;
    const started = Date.now();
    expect(await fetchJson('/api', { fetch: hanging, signal, timeoutMs: 100 })).toEqual({ ok: false, reason: 'helpdesk API did not answer in time' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('an abort by the caller (the agent moved on) throws instead of reporting a reason', async () => {
    const controller = new AbortController();
    const hanging = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as unknown as typeof fetch;
    const pending = fetchJson('/api', { fetch: hanging, signal: controller.signal, timeoutMs: 5000 });
    controller.abort(new Error('moved on'));
    await expect(pending).rejects.toThrow('moved on');
  });
});

describe('fetchJson 429 handling', () => {
  it('waits the Retry-After before its single retry, and makes no third request', async () => {
    const { fetch, calls } = fetchOf(
      () => new Response('', { status: 429, headers: { 'Retry-After': '1' } }),
      () => new Response('', { status: 429, headers: { 'Retry-After': '1' } }),
    );
    expect(await fetchJson('/api', { fetch, signal })).toEqual({ ok: false, status: 429, reason: 'helpdesk rate limit reached (429)' });
    expect(calls).toHaveLength(2);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('honours a short Retry-After and returns the retried answer', async () => {
    const { fetch, calls } = fetchOf(() => new Response('', { status: 429, headers: { 'Retry-After': '0' } }), () => Response.json({ ticket: 1 }));
    expect(await fetchJson('/api', { fetch, signal })).toEqual({ ok: true, data: { ticket: 1 } });
    expect(calls).toHaveLength(2);
  });

  it('does not wait for a Retry-After longer than 3 s, nor for one that is not a number of seconds', async () => {
    for (const header of ['4', '120', 'Wed, 21 Oct 2099 07:28:00 GMT', '-1', 'soon']) {
      const { fetch, calls } = fetchOf(() => new Response('', { status: 429, headers: { 'Retry-After': header } }));
      const started = Date.now();
      expect(await fetchJson('/api', { fetch, signal })).toMatchObject({ ok: false, status: 429 });
      expect(calls, header).toHaveLength(1);
      expect(Date.now() - started).toBeLessThan(500);
    }
  });

  it('never retries other statuses, even with a Retry-After', async () => {
    for (const status of [401, 403, 404, 500, 503]) {
      const { fetch, calls } = fetchOf(() => new Response('{}', { status, headers: { 'Retry-After': '0' } }));
      expect((await fetchJson('/api', { fetch, signal })).ok).toBe(false);
      expect(calls, String(status)).toHaveLength(1);
    }
  });

  it('the agent leaving during the Retry-After wait cancels the retry', async () => {
    const controller = new AbortController();
    const { fetch, calls } = fetchOf(() => new Response('', { status: 429, headers: { 'Retry-After': '2' } }));
    const pending = fetchJson('/api', { fetch, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort(new Error('moved on'));
    await expect(pending).rejects.toThrow('moved on');
    expect(calls).toHaveLength(1);
  });
});

describe('fetchJson status reasons the agent reads', () => {
  it.each([
    [401, 'not signed in to the helpdesk (401)'],
    [403, 'no permission to read this (403)'],
    [404, 'not found (404)'],
    [429, 'helpdesk rate limit reached (429)'],
    [500, 'helpdesk server error (500)'],
    [502, 'helpdesk server error (502)'],
  ])('%i → "%s"', async (status, reason) => {
    const { fetch } = fetchOf(() => new Response('{}', { status }));
    expect(await fetchJson('/api', { fetch, signal })).toEqual({ ok: false, status, reason });
  });

  it('malformed JSON and an unreachable helpdesk each get their own reason', async () => {
    expect(await fetchJson('/api', { fetch: fetchOf(() => new Response('{"ticket": {"id": 42, "subject": "trunc', { status: 200 })).fetch, signal })).toEqual({
      ok: false,
      reason: 'helpdesk API sent malformed JSON',
    });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await fetchJson('/api', { fetch: offline, signal })).toEqual({ ok: false, reason: 'helpdesk API unreachable' });
  });
});
