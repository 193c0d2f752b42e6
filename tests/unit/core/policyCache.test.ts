import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPolicy, onTemplatesChanged, POLICY_CACHE_KEY, refreshPolicyCache } from '@/lib/templates/store';
import { DEFAULT_TEMPLATE } from '@/lib/templates/template';

const POLICY = { templates: [{ ...DEFAULT_TEMPLATE, id: 'org', name: 'Org handoff' }], lockTemplates: true };

/** A browser whose managed storage answers after `delayMs` (the first read after start can take seconds). */
function managedStorage(value: unknown, delayMs = 0) {
  (browser.storage as unknown as Record<string, unknown>).managed = {
    get: vi.fn(() => new Promise((resolve) => setTimeout(() => resolve(value), delayMs))),
  };
}

describe('the managed policy cache', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(async () => {
    // A read still in flight is shared by the module: let it finish before the next test.
    await vi.advanceTimersByTimeAsync(10_000);
    vi.useRealTimers();
  });

  it('does not make the first reader wait for a slow browser, then tells listeners when the policy arrives', async () => {
    managedStorage(POLICY, 6000);
    const changed = vi.fn();
    onTemplatesChanged(changed);
    const first = loadPolicy();
    await vi.advanceTimersByTimeAsync(300);
    expect((await first).templates).toBeNull();
    await vi.advanceTimersByTimeAsync(6000);
    expect(changed).toHaveBeenCalled();
    const second = await loadPolicy();
    expect(second.templates?.templates.map((t) => t.id)).toEqual(['org']);
    expect(second.templates?.locked).toBe(true);
  });

  it('answers from the remembered policy at once, and forgets it when the organisation removes it', async () => {
    await browser.storage.local.set({ [POLICY_CACHE_KEY]: POLICY });
    managedStorage({}, 6000);
    const fast = loadPolicy();
    await vi.advanceTimersByTimeAsync(1);
    expect((await fast).templates?.templates).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(6000);
    expect((await loadPolicy()).templates).toBeNull();
  });

  it('treats a browser without managed storage as not managed', async () => {
    (browser.storage as unknown as Record<string, unknown>).managed = { get: () => Promise.reject(new Error('not supported')) };
    const policy = refreshPolicyCache();
    await vi.advanceTimersByTimeAsync(1);
    expect((await policy).templates).toBeNull();
  });
});
