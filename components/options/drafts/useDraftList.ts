import { useEffect, useRef, useState } from 'react';
import type { DraftSummary, TemplateNames } from '@/lib/storage/draftQueries';
import { describeStorageError } from '@/lib/storage/draftRepo';
import type { DraftsDeps } from './deps';

export interface DraftList {
  rows: DraftSummary[];
  names: TemplateNames | null;
}

/** The drafts and the template names. Without names the table shows template ids, so a failure there does not fail the list. */
export async function readDraftList(deps: Pick<DraftsDeps, 'listSummaries' | 'templateNames'>): Promise<DraftList> {
  const [rows, names] = await Promise.all([deps.listSummaries(), deps.templateNames().catch(() => null)]);
  return { rows, names };
}

/** The list without the given drafts, as after deleting them. */
export function withoutKeys(list: DraftList | null, keys: readonly string[]): DraftList | null {
  const gone = new Set(keys);
  return list && { ...list, rows: list.rows.filter((row) => !gone.has(row.key)) };
}

/**
 * The list as first read when the page opens, and again on "Try again" after a failed read.
 * `setList` replaces it after a delete or a refresh without going back to "Loading".
 */
export function useDraftList(deps: DraftsDeps) {
  const [list, setList] = useState<DraftList | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const marked = useRef(false);

  useEffect(() => {
    let live = true;
    setList(null);
    setLoadError(null);
    marked.current = false;
    readDraftList(deps).then(
      (next) => live && setList(next),
      (error: unknown) => live && setLoadError(describeStorageError(error)),
    );
    return () => {
      live = false;
    };
  }, [deps, attempt]);

  // Read by `npm run bench`: navigation start → the list on screen, once per load.
  useEffect(() => {
    if (!list || marked.current) return;
    marked.current = true;
    performance.mark('baton:drafts-listed', { detail: list.rows.length });
  }, [list]);

  return { list, setList, loadError, retry: () => setAttempt((n) => n + 1) };
}
