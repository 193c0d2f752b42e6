import type { DeleteResult } from '@/lib/storage/draftQueries';
import { formatCount } from './format';

// What the drafts card says about its list, in the status regions screen readers announce.

export interface ListState {
  loadError: string | null;
  /** Null until the first read of the list has finished. */
  total: number | null;
  matching: number;
  /** Zero-based index of the first row on the page, and how many rows the page shows. */
  firstIndex: number;
  onPage: number;
  query: string;
}

/** "Loading drafts…", "Showing 1–50 of 120 drafts", …; empty while a load error is shown instead. */
export function describeList({ loadError, total, matching, firstIndex, onPage, query }: ListState): string {
  if (loadError !== null) return '';
  if (total === null) return 'Loading drafts…';
  if (total === 0) return 'No drafts yet. Baton saves one as soon as you type in the Handoff panel on a ticket.';
  const trimmed = query.trim();
  if (matching === 0) return `No drafts match “${trimmed}”.`;
  const range = `${(firstIndex + 1).toLocaleString('en')}–${(firstIndex + onPage).toLocaleString('en')}`;
  return trimmed === ''
    ? `Showing ${range} of ${formatCount(matching, 'draft')}`
    : `Showing ${range} of ${formatCount(matching, 'matching draft')} (${total.toLocaleString('en')} in all)`;
}

/** After a delete in which some drafts had been edited since the list was read, and were kept. */
export function describeKept({ deleted, changed }: DeleteResult, refreshed: boolean): string {
  return (
    (deleted.length > 0 ? `Deleted ${formatCount(deleted.length, 'draft')}. ` : '') +
    `${formatCount(changed.length, 'draft')} changed since this list was loaded and ${changed.length === 1 ? 'was' : 'were'} kept; ` +
    (refreshed ? 'the list has been refreshed.' : 'the list could not be refreshed and may be out of date.')
  );
}
