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

/**
 * The organisation's policy. Browsers without a policy (or without managed storage at all,
 * as in some Firefox set-ups) answer empty or throw: both mean "not managed".
 */
export async function loadPolicy(): Promise<ManagedPolicy> {
  try {
    return parseManagedPolicy(await browser.storage.managed.get());
  } catch {
    return NO_POLICY;
  }
}

export async function loadCatalog(): Promise<TemplateCatalog> {
  const [{ library }, policy] = await Promise.all([loadLibrary(), loadPolicy()]);
  return resolveCatalog(library, policy.templates);
}

/** Calls `listener` whenever the team's templates or the organisation's policy change. */
export function onTemplatesChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && TEMPLATES_KEY in changes)) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
