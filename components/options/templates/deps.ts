import type { TemplateLibrary } from '@/lib/templates/library';
import type { ManagedPolicy } from '@/lib/templates/managedPolicy';
import type { StoredLibrary } from '@/lib/templates/store';

/** What the template cards need from the browser; component tests pass in-memory fakes. */
export interface TemplatesDeps {
  loadLibrary(): Promise<StoredLibrary>;
  saveLibrary(library: TemplateLibrary): Promise<void>;
  loadPolicy(): Promise<ManagedPolicy>;
  /** Calls back when templates or the policy changed elsewhere (another card, another window); returns unsubscribe. */
  onChanged(listener: () => void): () => void;
}
