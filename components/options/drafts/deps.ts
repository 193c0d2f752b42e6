import type { Draft } from '@/lib/draft';
import type { DeleteResult, DraftSummary, ListedDraft, TemplateNames } from '@/lib/storage/draftQueries';

export interface RetentionState {
  /** The retention in force: the organisation's when its policy sets one, else the agent's. Null keeps inserted drafts. */
  days: number | null;
  /** The browser policy sets it: the agent sees it but cannot change it. */
  setByPolicy: boolean;
}

/** What the drafts manager needs from the browser; component tests pass in-memory fakes. */
export interface DraftsDeps {
  /** Every readable draft without its answers. */
  listSummaries(): Promise<DraftSummary[]>;
  /** Deletes each draft only if it is still as listed; one that was edited since is kept and reported. All or nothing. */
  deleteMany(drafts: readonly ListedDraft[]): Promise<DeleteResult>;
  /** Full drafts, answers included, for an export file. */
  readForExport(keys: readonly string[]): Promise<Draft[]>;
  /** Template id → name, for the "Template" column. */
  templateNames(): Promise<TemplateNames>;
  /** Hands a file to the browser's downloads. */
  download(fileName: string, text: string): void | Promise<void>;
  loadRetention(): Promise<RetentionState>;
  /** Saves the agent's own setting (storage.sync); never called while the policy sets it. */
  saveRetention(days: number | null): Promise<void>;
  /** The clock, for "5 minutes ago" and the export date; Date.now when absent. */
  now?(): number;
}
