import { HELPDESK_LABELS } from '../context';
import { type Draft, DraftSchema } from '../draft';
import { z } from '../zod';
import type { BatonDb } from './db';

// What the drafts manager on the options page reads and removes. The options page is an
// extension page on the background's origin, so it opens the same IndexedDB directly.

/** A draft without its answers: all the manager's table shows. */
export type DraftSummary = Omit<Draft, 'answers'>;

/**
 * Checks everything the table shows and nothing it does not: validating each draft's
 * answers too cost about a third of listing 10,000 drafts. (Object schemas drop unknown
 * keys, so the answers do not come along.)
 */
const DraftSummarySchema = z.omit(DraftSchema, { answers: true });

/** Every draft that still parses, newest edit first. A damaged row is skipped, never thrown at the agent. */
export async function listDraftSummaries(db: BatonDb): Promise<DraftSummary[]> {
  // The whole table in one getAll, sorted here: a reverse walk of the updatedAt index is a
  // cursor step per row, measurably slower at 10,000 drafts.
  const rows = await db.drafts.toArray();
  const summaries: DraftSummary[] = [];
  for (const row of rows) {
    const parsed = DraftSummarySchema.safeParse(row);
    if (parsed.success) summaries.push(parsed.data);
  }
  return summaries.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** A draft as the agent saw it in the list: deleting it is only meant for that version. */
export interface ListedDraft {
  key: string;
  updatedAt: number;
}

export interface DeleteResult {
  /** No longer stored: removed now, or already gone. */
  deleted: string[];
  /** Edited since the list was read (the panel saved or inserted it meanwhile), so kept. */
  changed: string[];
}

/**
 * Deletes the listed drafts that are still as listed. The options page may have been open for
 * hours while the agent kept writing in the panel; a bulk delete by key would throw that newer
 * text away. Every save and insert moves updatedAt, so an unchanged updatedAt means the stored
 * draft is the one the agent chose. Read and delete share one read-write transaction: a save
 * cannot slip in between, and a failure leaves every draft in place.
 */
export async function deleteDrafts(db: BatonDb, listed: readonly ListedDraft[]): Promise<DeleteResult> {
  if (listed.length === 0) return { deleted: [], changed: [] };
  return db.transaction('rw', db.drafts, async () => {
    const stored = await db.drafts.bulkGet(listed.map((draft) => draft.key));
    const result: DeleteResult = { deleted: [], changed: [] };
    listed.forEach((draft, index) => {
      const row = stored[index];
      if (row === undefined || row.updatedAt === draft.updatedAt) result.deleted.push(draft.key);
      else result.changed.push(draft.key);
    });
    await db.drafts.bulkDelete(result.deleted);
    return result;
  });
}

/** Full drafts for an export file, in the order asked; missing or damaged rows are left out. */
export async function readDraftsForExport(db: BatonDb, keys: readonly string[]): Promise<Draft[]> {
  const rows = await db.drafts.bulkGet([...keys]);
  const drafts: Draft[] = [];
  for (const row of rows) {
    const parsed = DraftSchema.safeParse(row);
    if (parsed.success) drafts.push(parsed.data);
  }
  return drafts;
}

export interface DraftsExport {
  kind: 'baton-drafts';
  exportedAt: string;
  drafts: Draft[];
}

/** `baton-drafts-YYYY-MM-DD.json`, on the agent's own calendar day. */
export function draftsExportFileName(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `baton-drafts-${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}.json`;
}

export function buildDraftsExport(drafts: readonly Draft[], at: Date): { fileName: string; text: string } {
  const file: DraftsExport = { kind: 'baton-drafts', exportedAt: at.toISOString(), drafts: [...drafts] };
  return { fileName: draftsExportFileName(at), text: `${JSON.stringify(file, null, 2)}\n` };
}

/** Template id → name; a draft whose template is gone shows its id instead. */
export type TemplateNames = ReadonlyMap<string, string>;

export function templateLabel(templateId: string, names: TemplateNames | null): string {
  if (names === null) return templateId;
  return names.get(templateId) ?? `Removed template (${templateId})`;
}

/**
 * A filter over a fixed list of summaries. Each row's searchable text is lower-cased once here,
 * so each keystroke is one substring test per row (10,000 rows: about a millisecond).
 * Every word of the query must appear somewhere in the row, in any field.
 */
export function createDraftFilter(rows: readonly DraftSummary[], names: TemplateNames | null): (query: string) => readonly DraftSummary[] {
  const haystacks = rows.map((row) =>
    [row.ticketId, row.subject ?? '', row.host, HELPDESK_LABELS[row.helpdesk], templateLabel(row.templateId, names)].join('\n').toLowerCase(),
  );
  return (query) => {
    const words = query.toLowerCase().split(/\s+/u).filter(Boolean);
    if (words.length === 0) return rows;
    return rows.filter((_row, index) => words.every((word) => haystacks[index].includes(word)));
  };
}

export type DraftSortKey = 'updatedAt' | 'ticket' | 'subject' | 'helpdesk' | 'insertedAt';
export type SortDirection = 'ascending' | 'descending';
export interface DraftSort {
  key: DraftSortKey;
  direction: SortDirection;
}

/** What a column starts with when first clicked: newest first for dates, A→Z for text. */
export function defaultDirection(key: DraftSortKey): SortDirection {
  return key === 'updatedAt' || key === 'insertedAt' ? 'descending' : 'ascending';
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A sort value per row, or null for "has none" (no subject, never inserted): those go last in either direction. */
type SortValue = string | number | null;

function sortValue(row: DraftSummary, key: DraftSortKey): SortValue {
  switch (key) {
    case 'updatedAt':
      return row.updatedAt;
    case 'insertedAt':
      return row.insertedAt ?? null;
    case 'ticket':
      return row.ticketId;
    case 'subject':
      return row.subject?.trim() || null;
    case 'helpdesk':
      return HELPDESK_LABELS[row.helpdesk];
  }
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * A sorted copy. Values are read once per row rather than per comparison, and ties fall back
 * to the newest edit, then the key, so the order is stable from one render to the next.
 */
export function sortSummaries(rows: readonly DraftSummary[], sort: DraftSort): DraftSummary[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const decorated = rows.map((row) => ({ row, value: sortValue(row, sort.key) }));
  decorated.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else {
      const byValue = compareValues(a.value, b.value);
      if (byValue !== 0) return sign * byValue;
    }
    return b.row.updatedAt - a.row.updatedAt || (a.row.key < b.row.key ? -1 : a.row.key > b.row.key ? 1 : 0);
  });
  return decorated.map((entry) => entry.row);
}
