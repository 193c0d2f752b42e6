/** Why a helpdesk API request produced no usable JSON, in words an agent understands. */
export type FetchFailure = { ok: false; reason: string; status?: number };
export type FetchResult<T> = { ok: true; data: T } | FetchFailure;

export interface FetchJsonOptions {
  fetch: typeof fetch;
  signal: AbortSignal;
  /** Abandon a request that does not answer in time (ms). */
  timeoutMs?: number;
  /** Refuse bodies larger than this many bytes (a runaway response must not freeze the tab). */
  maxBytes?: number;
  /** Longest Retry-After (s) we are willing to wait once on a 429. */
  maxRetryAfterS?: number;
}

/** The reasons for a request that got no answer at all (callers tell them from refusals). */
export const NO_ANSWER_IN_TIME = 'helpdesk API did not answer in time';
export const UNREACHABLE = 'helpdesk API unreachable';

const DEFAULT_TIMEOUT_MS = 8000;
const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
const DEFAULT_MAX_RETRY_AFTER_S = 3;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

function describeStatus(status: number): string {
  if (status === 401) return 'not signed in to the helpdesk (401)';
  if (status === 403) return 'no permission to read this (403)';
  if (status === 404) return 'not found (404)';
  if (status === 429) return 'helpdesk rate limit reached (429)';
  if (status >= 500) return `helpdesk server error (${status})`;
  return `helpdesk answered ${status}`;
}

const TOO_LARGE = Symbol('too large');

/**
 * The body as text, read chunk by chunk and abandoned (the download cancelled) as soon as it
 * passes `maxBytes`: a runaway or endless response is never buffered whole. Throws what the
 * read throws (an abort, a broken connection).
 */
async function readCapped(response: Response, maxBytes: number): Promise<string | typeof TOO_LARGE> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return TOO_LARGE;
    }
    text += decoder.decode(value, { stream: true });
  }
}

async function attempt<T>(url: string, opts: FetchJsonOptions): Promise<FetchResult<T> & { retryAfterS?: number }> {
  const timeout = AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = AbortSignal.any([opts.signal, timeout]);
  let response: Response;
  try {
    response = await opts.fetch(url, {
      signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    if (opts.signal.aborted) throw error;
    if (timeout.aborted) return { ok: false, reason: NO_ANSWER_IN_TIME };
    return { ok: false, reason: UNREACHABLE };
  }
  if (!response.ok) {
    const header = response.headers.get('Retry-After')?.trim() ?? '';
    // Only delay-seconds (RFC 9110: digits) invite a retry: no header, an HTTP date, a negative
    // or fractional value do not (Number('') and Number(null) would be 0, '-1' an instant retry).
    const retryAfter = /^\d+$/.test(header) ? Number(header) : Number.NaN;
    return {
      ok: false,
      status: response.status,
      reason: describeStatus(response.status),
      retryAfterS: Number.isFinite(retryAfter) ? retryAfter : undefined,
    };
  }
  const declared = Number(response.headers.get('Content-Length'));
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (declared > maxBytes) return { ok: false, reason: 'helpdesk API response too large' };
  let body: string | typeof TOO_LARGE;
  try {
    body = await readCapped(response, maxBytes);
  } catch (error) {
    if (opts.signal.aborted) throw error;
    return { ok: false, reason: NO_ANSWER_IN_TIME };
  }
  if (body === TOO_LARGE) return { ok: false, reason: 'helpdesk API response too large' };
  try {
    return { ok: true, data: JSON.parse(body) as T };
  } catch {
    return { ok: false, reason: 'helpdesk API sent malformed JSON' };
  }
}

/**
 * GETs JSON from the helpdesk's API. Never throws for HTTP or parse problems (only when
 * `signal` aborts, so superseded work stops). A 429 is retried once, and only when the
 * helpdesk asks for a short wait: agents must not cause a retry storm.
 */
export async function fetchJson<T = unknown>(url: string, opts: FetchJsonOptions): Promise<FetchResult<T>> {
  const first = await attempt<T>(url, opts);
  if (first.ok || first.status !== 429) return strip(first);
  const wait = first.retryAfterS;
  if (wait === undefined || wait > (opts.maxRetryAfterS ?? DEFAULT_MAX_RETRY_AFTER_S)) return strip(first);
  await sleep(wait * 1000, opts.signal);
  return strip(await attempt<T>(url, opts));
}

function strip<T>(result: FetchResult<T> & { retryAfterS?: number }): FetchResult<T> {
  if (result.ok) return { ok: true, data: result.data };
  return { ok: false, reason: result.reason, status: result.status };
}

/** A parsed API answer, or why there is none (with the HTTP status when there was one). */
export type Parsed<T> = { ok: true; data: T } | { ok: false; reason: string; status?: number };
type Schema<T> = { safeParse(data: unknown): { success: true; data: T } | { success: false } };

/** fetchJson, then the adapter's schema: a shape the adapter does not know is a reason, not a throw. */
export async function fetchParsed<T>(url: string, schema: Schema<T>, env: { fetch: typeof fetch; signal: AbortSignal }): Promise<Parsed<T>> {
  const response = await fetchJson(url, { fetch: env.fetch, signal: env.signal });
  if (!response.ok) return { ok: false, reason: response.reason, status: response.status };
  const parsed = schema.safeParse(response.data);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: 'helpdesk API answered in an unexpected format' };
}

/**
 * One request per helpdesk origin for data that is the same for every ticket of an account
 * (ticket field definitions). The promise is shared by concurrent reads; a failed or
 * aborted read is forgotten so the next ticket tries again.
 */
export function perOriginCache<T>(load: (origin: string, env: { fetch: typeof fetch; signal: AbortSignal }) => Promise<Parsed<T>>) {
  const cache = new Map<string, Promise<Parsed<T>>>();
  async function get(origin: string, env: { fetch: typeof fetch; signal: AbortSignal }): Promise<Parsed<T>> {
    let pending = cache.get(origin);
    if (!pending) {
      pending = load(origin, env);
      cache.set(origin, pending);
    }
    const forget = () => {
      if (cache.get(origin) === pending) cache.delete(origin);
    };
    try {
      const result = await pending;
      if (!result.ok) forget();
      return result;
    } catch (error) {
      forget();
      if (env.signal.aborted) throw error;
      // Another read started the request and was aborted; ours is still wanted.
      return get(origin, env);
    }
  }
  return { get, clear: () => cache.clear() };
}
