import type { PersonalSettings } from '../settings';
import type { ManagedPolicy } from '../templates/managedPolicy';
import type { BatonDb } from './db';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The organisation's policy, when it sets a retention, wins over the agent's own choice. */
export function effectiveRetentionDays(
  settings: Pick<PersonalSettings, 'insertedDraftRetentionDays'>,
  policy: Pick<ManagedPolicy, 'insertedDraftRetentionDays'>,
): number | null {
  return policy.insertedDraftRetentionDays ?? settings.insertedDraftRetentionDays;
}

/**
 * Removes drafts inserted more than `retentionDays` ago and not edited since (the panel sets
 * updatedAt = insertedAt when it inserts, so a later edit makes updatedAt larger). A draft
 * never inserted is not in the insertedAt index at all, so it is never even looked at: its
 * note exists nowhere else. Null (or a nonsensical number) keeps everything. Returns how many
 * were removed. One read-write transaction, so a draft saved meanwhile is either seen with its
 * new updatedAt or written after the sweep.
 */
export async function sweepInsertedDrafts(db: BatonDb, { retentionDays, now }: { retentionDays: number | null; now: number }): Promise<number> {
  if (retentionDays === null || !Number.isFinite(retentionDays) || retentionDays <= 0) return 0;
  const cutoff = now - retentionDays * DAY_MS;
  return db.transaction('rw', db.drafts, () =>
    db.drafts
      .where('insertedAt')
      .below(cutoff)
      .filter((row) => typeof row.insertedAt === 'number' && typeof row.updatedAt === 'number' && row.updatedAt <= row.insertedAt)
      .delete(),
  );
}

/** At most one sweep per this interval when the background wakes for drafts. */
export const SWEEP_INTERVAL_MS = 6 * 60 * 60 * 1000;
/** storage.local key: epoch ms of the last sweep, kept across service-worker restarts. */
export const LAST_SWEEP_KEY = 'retention.lastSweepAt';

export interface RetentionSweepDeps {
  db: BatonDb;
  /** Rejects when the stored settings cannot be read: defaults in their place would be a guess. */
  loadSettings(): Promise<Pick<PersonalSettings, 'insertedDraftRetentionDays'>>;
  loadPolicy(): Promise<Pick<ManagedPolicy, 'insertedDraftRetentionDays'>>;
  readLastSweep(): Promise<unknown>;
  writeLastSweep(at: number): Promise<void>;
  now(): number;
}

/**
 * Sweeps when `force` (the browser or the extension just started) or when the last sweep is
 * older than SWEEP_INTERVAL_MS. A last-sweep time in the future (clock turned back) counts as
 * due, so a wrong clock cannot switch retention off. Returns the number removed, or null when
 * it was not due or the settings could not be read.
 */
export async function sweepIfDue(deps: RetentionSweepDeps, { force = false } = {}): Promise<number | null> {
  const now = deps.now();
  if (!force) {
    const last = await deps.readLastSweep();
    if (typeof last === 'number' && last <= now && now - last < SWEEP_INTERVAL_MS) return null;
  }
  // Deleting is not undone, so it never runs on a guess: when the agent's setting or the
  // organisation's policy cannot be read, a default could be shorter than what they chose.
  // Skipped without recording the sweep, so the next wake tries again.
  let retentionDays: number | null;
  try {
    const [settings, policy] = await Promise.all([deps.loadSettings(), deps.loadPolicy()]);
    retentionDays = effectiveRetentionDays(settings, policy);
  } catch {
    return null;
  }
  // Recorded before sweeping: a sweep that fails (storage full, say) is not retried on every message.
  await deps.writeLastSweep(now);
  return sweepInsertedDrafts(deps.db, { retentionDays, now });
}
