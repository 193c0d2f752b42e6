import { BatonDb } from '@/lib/storage/db';
import { deleteDrafts, listDraftSummaries, readDraftsForExport } from '@/lib/storage/draftQueries';
import { effectiveRetentionDays } from '@/lib/storage/retention';
import { loadSettings, updateSettings } from '@/lib/settingsStore';
import { loadCatalog, loadPolicy } from '@/lib/templates/store';
import type { DraftsDeps } from './deps';

/** Saves text as a file through the browser's downloads, without any downloads permission. */
export function downloadTextFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: revoking during the click can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The drafts manager on real storage: the extension's IndexedDB (the options page shares the
 * background's origin), settings in storage.sync and the organisation's policy.
 */
export function createRuntimeDraftsDeps(db: BatonDb = new BatonDb()): DraftsDeps {
  return {
    listSummaries: () => listDraftSummaries(db),
    deleteMany: (keys) => deleteDrafts(db, keys),
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
