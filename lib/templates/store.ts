import { browser } from 'wxt/browser';
import { DEFAULT_LIBRARY, migrateLibrary, resolveCatalog, type TemplateCatalog, type TemplateLibrary, TemplateLibrarySchema } from './library';
import { type ManagedPolicy, NO_POLICY, parseManagedPolicy } from './managedPolicy';

export const TEMPLATES_KEY = 'templates';

export interface StoredLibrary {
  library: TemplateLibrary;
  /** The stored value existed but could not be read: the standard library stands in, and nothing is overwritten until the team lead saves. */
  damaged: boolean;
}

/** The team's own templates (storage.local: per browser profile, extension-only). */
export async function loadLibrary(): Promise<StoredLibrary> {
  const stored = await browser.storage.local.get(TEMPLATES_KEY);
  const raw = stored[TEMPLATES_KEY];
  if (raw === undefined) return { library: DEFAULT_LIBRARY, damaged: false };
  const parsed = TemplateLibrarySchema.safeParse(migrateLibrary(raw));
  return parsed.success ? { library: parsed.data, damaged: false } : { library: DEFAULT_LIBRARY, damaged: true };
}

export async function saveLibrary(library: TemplateLibrary): Promise<void> {
  await browser.storage.local.set({ [TEMPLATES_KEY]: TemplateLibrarySchema.parse(library) });
}

/** The policy as last read from the browser, so readers need not wait for the browser. */
export const POLICY_CACHE_KEY = 'managedPolicy.lastSeen';
/** How long a first-ever reader waits for the browser's policy before going on without it. */
const FIRST_READ_WAIT_MS = 300;

let reading: Promise<unknown> | null = null;

/**
 * Reads the organisation's policy from the browser and remembers it. On some platforms the
 * first read after the browser starts takes seconds (about 6 s on Linux Chromium with no
 * policy), so nobody waits on it: a changed policy reaches readers through onTemplatesChanged.
 * Browsers without managed storage (or without a policy) answer empty or throw: not managed.
 */
export function refreshPolicyCache(): Promise<ManagedPolicy> {
  reading ??= (async () => {
    let raw: unknown;
    try {
      raw = (await browser.storage.managed.get()) ?? {};
    } catch {
      raw = {};
    }
    const cached = (await browser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY];
    if (JSON.stringify(cached) !== JSON.stringify(raw)) await browser.storage.local.set({ [POLICY_CACHE_KEY]: raw });
    return raw;
  })().finally(() => {
    reading = null;
  });
  return reading.then(parseManagedPolicy);
}

/** The organisation's policy: the remembered one at once (refreshed behind), or a short wait the first time. */
export async function loadPolicy(): Promise<ManagedPolicy> {
  const cached = (await browser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY];
  const fresh = refreshPolicyCache().catch(() => NO_POLICY);
  if (cached !== undefined) return parseManagedPolicy(cached);
  return Promise.race([fresh, new Promise<ManagedPolicy>((resolve) => setTimeout(() => resolve(NO_POLICY), FIRST_READ_WAIT_MS))]);
}

export async function loadCatalog(): Promise<TemplateCatalog> {
  const [{ library }, policy] = await Promise.all([loadLibrary(), loadPolicy()]);
  return resolveCatalog(library, policy.templates);
}

/** Calls `listener` whenever the team's templates or the organisation's policy change. */
export function onTemplatesChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && (TEMPLATES_KEY in changes || POLICY_CACHE_KEY in changes))) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
