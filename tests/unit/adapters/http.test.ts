import { describe, expect, it, vi } from 'vitest';
import { fetchJson } from '@/lib/adapters/http';

function fakeFetch(responses: (() => Response)[]) {
  const calls: string[] = [];
  const fn = vi.fn(async (url: string | URL | Request) => {
    calls.push(String(url));
    const next = responses.shift();
    if (!next) throw new Error('unexpected request');
    return next();
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

const signal = new AbortController().signal;

describe('fetchJson', () => {
  it('does not retry a 429 that gives no Retry-After', async () => {
    const { fetch, calls } = fakeFetch([() => new Response('', { status: 429 })]);
    const result = await fetchJson('/api', { fetch, signal });
    expect(result).toEqual({ ok: false, status: 429, reason: 'helpdesk rate limit reached (429)' });
    expect(calls).toHaveLength(1);
  });

  it('retries a 429 once after a short Retry-After, and not after a long one', async () => {
    const short = fakeFetch([() => new Response('', { status: 429, headers: { 'Retry-After': '0' } }), () => Response.json({ a: 1 })]);
    expect(await fetchJson('/api', { fetch: short.fetch, signal })).toEqual({ ok: true, data: { a: 1 } });
    expect(short.calls).toHaveLength(2);
    const long = fakeFetch([() => new Response('', { status: 429, headers: { 'Retry-After': '120' } })]);
    expect((await fetchJson('/api', { fetch: long.fetch, signal })).ok).toBe(false);
    expect(long.calls).toHaveLength(1);
  });

  it('explains malformed JSON, an oversized body and a request that never answers', async () => {
    const malformed = fakeFetch([() => new Response('{not json', { status: 200 })]);
    expect(await fetchJson('/api', { fetch: malformed.fetch, signal })).toEqual({ ok: false, reason: 'helpdesk API sent malformed JSON' });
    const big = fakeFetch([() => new Response('x'.repeat(2000), { status: 200 })]);
    expect(await fetchJson('/api', { fetch: big.fetch, signal, maxBytes: 1000 })).toEqual({ ok: false, reason: 'helpdesk API response too large' });
    const hanging = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as unknown as typeof fetch;
    expect(await fetchJson('/api', { fetch: hanging, signal, timeoutMs: 50 })).toEqual({ ok: false, reason: 'helpdesk API did not answer in time' });
  });
});
