import { downloadTextFile } from '@/components/options/download';
import { BatonDb } from '@/lib/storage/db';
import { deleteDrafts, listDraftSummaries, readDraftsForExport } from '@/lib/storage/draftQueries';
import { effectiveRetentionDays } from '@/lib/storage/retention';
import { loadSettings, updateSettings } from '@/lib/settingsStore';
import { loadCatalog, loadPolicy } from '@/lib/templates/store';
import type { DraftsDeps } from './deps';

/**
 * The drafts manager on real storage: the extension's IndexedDB (the options page shares the
 * background's origin), settings in storage.sync and the organisation's policy.
 */
export function createRuntimeDraftsDeps(db: BatonDb = new BatonDb()): DraftsDeps {
  return {
    listSummaries: () => listDraftSummaries(db),
    deleteMany: (drafts) => deleteDrafts(db, drafts),
    readForExport: (keys) => readDraftsForExport(db, keys),
    async templateNames() {
      const catalog = await loadCatalog();
      return new Map(catalog.entries.map((entry) => [entry.template.id, entry.template.name]));
    },
    download: downloadTextFile,
    async loadRetention() {
      const [settings, policy] = await Promise.all([loadSettings(), loadPolicy()]);
      return {
        days: effectiveRetentionDays(settings, policy),
        setByPolicy: policy.insertedDraftRetentionDays !== undefined,
      };
    },
    async saveRetention(days) {
      // Only this field: the agent's other settings stay as they are stored now.
      await updateSettings({ insertedDraftRetentionDays: days });
    },
  };
}
