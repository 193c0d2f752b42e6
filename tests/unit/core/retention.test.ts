import { describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/draft';
import type { BatonDb } from '@/lib/storage/db';
import { effectiveRetentionDays, type RetentionSweepDeps, SWEEP_INTERVAL_MS, sweepIfDue, sweepInsertedDrafts } from '@/lib/storage/retention';
import { useFreshDb } from '../../support/freshDb';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 1, 12);

const freshDb = useFreshDb();

function draft(ticketId: string, times: { updatedAt: number; insertedAt?: number }): Draft {
  return {
    schemaVersion: 1,
    key: `zendesk/acme.zendesk.com/${ticketId}`,
    helpdesk: 'zendesk',
    host: 'acme.zendesk.com',
    ticketId,
    templateId: 'standard',
    answers: { hypothesis: `notes for ${ticketId}` },
    ...times,
  };
}

async function remainingTickets(db: BatonDb): Promise<string[]> {
  return (await db.drafts.toArray()).map((d) => d.ticketId).sort();
}

describe('sweepInsertedDrafts', () => {
  it('removes only drafts inserted before the cut-off and not edited since', async () => {
    const db = freshDb();
    const insertedLongAgo = NOW - 40 * DAY;
    await db.drafts.bulkPut([
      draft('old-inserted', { insertedAt: insertedLongAgo, updatedAt: insertedLongAgo }),
      draft('old-inserted-2', { insertedAt: NOW - 365 * DAY, updatedAt: NOW - 365 * DAY }),
      draft('edited-after-insert', { insertedAt: insertedLongAgo, updatedAt: insertedLongAgo + 1 }),
      draft('never-inserted-ancient', { updatedAt: NOW - 3000 * DAY }),
      draft('recently-inserted', { insertedAt: NOW - 29 * DAY, updatedAt: NOW - 29 * DAY }),
    ]);

    expect(await sweepInsertedDrafts(db, { retentionDays: 30, now: NOW })).toBe(2);
    expect(await remainingTickets(db)).toEqual(['edited-after-insert', 'never-inserted-ancient', 'recently-inserted']);
  });

  it('keeps a draft inserted exactly at the cut-off (older than, not as old as)', async () => {
    const db = freshDb();
    await db.drafts.bulkPut([
      draft('at-cutoff', { insertedAt: NOW - 7 * DAY, updatedAt: NOW - 7 * DAY }),
      draft('just-past', { insertedAt: NOW - 7 * DAY - 1, updatedAt: NOW - 7 * DAY - 1 }),
    ]);
    expect(await sweepInsertedDrafts(db, { retentionDays: 7, now: NOW })).toBe(1);
    expect(await remainingTickets(db)).toEqual(['at-cutoff']);
  });

  it.each([[null], [0], [-5], [Number.NaN]])('removes nothing when the retention is %s', async (retentionDays) => {
    const db = freshDb();
    await db.drafts.put(draft('old-inserted', { insertedAt: NOW - 900 * DAY, updatedAt: NOW - 900 * DAY }));
    expect(await sweepInsertedDrafts(db, { retentionDays, now: NOW })).toBe(0);
    expect(await remainingTickets(db)).toEqual(['old-inserted']);
  });

  it('returns 0 on an empty database', async () => {
    expect(await sweepInsertedDrafts(freshDb(), { retentionDays: 1, now: NOW })).toBe(0);
  });
});

describe('effectiveRetentionDays', () => {
  it("takes the organisation's policy over the agent's setting", () => {
    expect(effectiveRetentionDays({ insertedDraftRetentionDays: 30 }, { insertedDraftRetentionDays: 7 })).toBe(7);
    expect(effectiveRetentionDays({ insertedDraftRetentionDays: null }, { insertedDraftRetentionDays: 90 })).toBe(90);
  });

  it("uses the agent's setting, null included, when the policy sets none", () => {
    expect(effectiveRetentionDays({ insertedDraftRetentionDays: 14 }, {})).toBe(14);
    expect(effectiveRetentionDays({ insertedDraftRetentionDays: null }, {})).toBeNull();
  });
});

describe('sweepIfDue', () => {
  async function setUp(lastSweep: unknown, policyDays?: number) {
    const db = freshDb();
    await db.drafts.bulkPut([
      draft('inserted-20-days-ago', { insertedAt: NOW - 20 * DAY, updatedAt: NOW - 20 * DAY }),
      draft('inserted-60-days-ago', { insertedAt: NOW - 60 * DAY, updatedAt: NOW - 60 * DAY }),
    ]);
    const state = { lastSweep, writes: [] as number[] };
    const deps: RetentionSweepDeps = {
      db,
      loadSettings: async () => ({ insertedDraftRetentionDays: 30 }),
      loadPolicy: async () => ({ insertedDraftRetentionDays: policyDays }),
      readLastSweep: async () => state.lastSweep,
      writeLastSweep: async (at) => {
        state.writes.push(at);
      },
      now: () => NOW,
    };
    return { db, deps, state };
  }

  it('does nothing within six hours of the last sweep', async () => {
    const { db, deps, state } = await setUp(NOW - SWEEP_INTERVAL_MS + 1000);
    expect(await sweepIfDue(deps)).toBeNull();
    expect(state.writes).toEqual([]);
    expect(await remainingTickets(db)).toHaveLength(2);
  });

  it('sweeps and records the time once six hours have passed', async () => {
    const { db, deps, state } = await setUp(NOW - SWEEP_INTERVAL_MS);
    expect(await sweepIfDue(deps)).toBe(1);
    expect(state.writes).toEqual([NOW]);
    expect(await remainingTickets(db)).toEqual(['inserted-20-days-ago']);
  });

  it.each([[undefined], ['yesterday'], [NOW + DAY]])('counts a last sweep of %j (never, damaged, in the future) as due', async (last) => {
    const { deps } = await setUp(last);
    expect(await sweepIfDue(deps)).toBe(1);
  });

  it('sweeps on start-up even when the last sweep was recent', async () => {
    const { deps, state } = await setUp(NOW - 1000);
    expect(await sweepIfDue(deps, { force: true })).toBe(1);
    expect(state.writes).toEqual([NOW]);
  });

  it.each([[false], [true]])('removes nothing and records no sweep when the settings cannot be read (force %s)', async (force) => {
    const { db, deps, state } = await setUp(undefined);
    deps.loadSettings = () => Promise.reject(new Error('storage.sync unavailable'));
    expect(await sweepIfDue(deps, { force })).toBeNull();
    expect(state.writes).toEqual([]);
    expect(await remainingTickets(db)).toHaveLength(2);
  });

  it('removes nothing when the policy cannot be read', async () => {
    const { db, deps, state } = await setUp(undefined);
    deps.loadPolicy = () => Promise.reject(new Error('storage.local unavailable'));
    expect(await sweepIfDue(deps)).toBeNull();
    expect(state.writes).toEqual([]);
    expect(await remainingTickets(db)).toHaveLength(2);
  });

  it('sweeps on the next wake once the settings can be read again', async () => {
    const { db, deps, state } = await setUp(undefined);
    const loadSettings = deps.loadSettings;
    deps.loadSettings = () => Promise.reject(new Error('storage.sync unavailable'));
    expect(await sweepIfDue(deps)).toBeNull();
    deps.loadSettings = loadSettings;
    expect(await sweepIfDue(deps)).toBe(1);
    expect(state.writes).toEqual([NOW]);
    expect(await remainingTickets(db)).toEqual(['inserted-20-days-ago']);
  });

  it("follows the organisation's retention over the agent's", async () => {
    const { db, deps } = await setUp(undefined, 10);
    expect(await sweepIfDue(deps)).toBe(2);
    expect(await remainingTickets(db)).toEqual([]);
  });
});
