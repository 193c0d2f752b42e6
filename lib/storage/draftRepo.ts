import { type Draft, DraftSchema } from '../draft';
import type { BatonDb } from './db';

/** How the panel reaches drafts: the background in the extension, a Dexie repo in tests. */
export interface DraftStore {
  get(key: string): Promise<Draft | null>;
  put(draft: Draft): Promise<void>;
  /**
   * Calls back with the key of each draft another panel (another tab) wrote; returns the
   * unsubscribe function. Absent where there can be no other panel.
   */
  onWrittenElsewhere?(listener: (key: string) => void): () => void;
  /**
   * Hands the latest unsaved version to something that outlives this panel, so closing the
   * tab inside the autosave delay loses nothing; `written` says the normal write landed.
   */
  stage?(draft: Draft): void;
  written?(key: string): void;
}

/** Draft persistence on Dexie. Rows that no longer parse are treated as absent, never thrown at the agent. */
export function dexieDraftStore(db: BatonDb): DraftStore {
  return {
    async get(key) {
      const row = await db.drafts.get(key);
      if (!row) return null;
      const parsed = DraftSchema.safeParse(row);
      return parsed.success ? parsed.data : null;
    },
    async put(draft) {
      await db.drafts.put(DraftSchema.parse(draft));
    },
  };
}

/** Turns any storage error into one sentence an agent can act on. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/iu.test(String(error))) {
    return 'the browser has no storage space left for Baton';
  }
  return error instanceof Error && error.message ? error.message : 'the browser refused to save';
}
