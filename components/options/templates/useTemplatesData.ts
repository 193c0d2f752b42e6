import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { EditResult } from '@/lib/templates/editing';
import type { TemplateLibrary } from '@/lib/templates/library';
import type { ManagedPolicy } from '@/lib/templates/managedPolicy';
import type { StoredLibrary } from '@/lib/templates/store';
import type { TemplatesDeps } from './deps';
import { errorText } from './labels';
import { useLatestRequest } from './useLatestRequest';

export interface TemplatesData {
  library: TemplateLibrary;
  /** The stored library could not be read; the standard one stands in until the lead saves. */
  damaged: boolean;
  policy: ManagedPolicy;
}

/** An edit of the library that may be refused; what it returns besides the library is passed on. */
export type LibraryEdit<T extends { library: TemplateLibrary }> = (library: TemplateLibrary) => EditResult<T>;

export interface TemplatesSource {
  data: TemplatesData | null;
  loadError: string | null;
  /**
   * What storage holds now, when templates changed elsewhere while the lead had unsaved edits:
   * it is not shown yet, so the edits stay. `null` when what is shown is the newest.
   */
  pending: TemplatesData | null;
  /** Loads again and shows the result (the caller drops its working copy first). */
  reload(): void;
  /**
   * Applies `edit` to the stored library, read afresh, and saves the result. Edits run one
   * after another, each on the result of the one before, so two quick changes cannot overwrite
   * each other, and an edit made after a change elsewhere builds on that change instead of
   * writing over it. An edit that returns the library it was given is not written.
   */
  commit<T extends { library: TemplateLibrary }>(edit: LibraryEdit<T>): Promise<EditResult<T>>;
}

function same(a: TemplatesData | null, b: TemplatesData): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The team's library and the organisation's policy, kept in step with storage. A change
 * made elsewhere (an import, another window) is shown at once unless `dirtyRef` says the
 * lead is editing: then it is only held in `pending`, so no unsaved work is lost.
 */
export function useTemplatesData(deps: TemplatesDeps, dirtyRef: RefObject<boolean>): TemplatesSource {
  const [data, setData] = useState<TemplatesData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [pending, setPending] = useState<TemplatesData | null>(null);
  // The newest data, shown or not; read by the change listener, which outlives any render.
  const latest = useRef<TemplatesData | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const requests = useLatestRequest();

  const show = useCallback(
    (next: TemplatesData) => {
      // Whatever is shown now is newer than any load still under way.
      requests.supersede();
      latest.current = next;
      setData(next);
      setPending(null);
      setLoadError(null);
    },
    [requests],
  );

  /** Reads storage and hands the result on, unless a later load or save came first. */
  const load = useCallback(
    (apply: (next: TemplatesData) => void, fail: (error: unknown) => void) => {
      const isLatest = requests.begin();
      Promise.all([deps.loadLibrary(), deps.loadPolicy()]).then(
        ([stored, policy]) => isLatest() && apply({ library: stored.library, damaged: stored.damaged, policy }),
        (error: unknown) => isLatest() && fail(error),
      );
    },
    [deps, requests],
  );

  const showLoadError = useCallback((error: unknown) => setLoadError(errorText(error)), []);
  const reload = useCallback(() => load(show, showLoadError), [load, show, showLoadError]);

  useEffect(() => {
    load(show, showLoadError);
    const unsubscribe = deps.onChanged(() =>
      load(
        (next) => {
          // Our own saves come back through here too; they change nothing on screen.
          if (same(latest.current, next)) return;
          if (!dirtyRef.current) return show(next);
          latest.current = next;
          setPending(next);
        },
        // A failed background refresh leaves the page as it is, and the next change tries
        // again; but if it overtook the first load, nothing is shown yet: say so.
        (error) => latest.current === null && showLoadError(error),
      ),
    );
    return () => {
      requests.supersede();
      unsubscribe();
    };
  }, [deps, load, show, showLoadError, dirtyRef, requests]);

  const commit = useCallback(
    <T extends { library: TemplateLibrary }>(edit: LibraryEdit<T>): Promise<EditResult<T>> => {
      const run = async (): Promise<EditResult<T>> => {
        const base = latest.current;
        if (!base) return { ok: false, error: 'The templates are not loaded yet.' };
        // Read afresh: a change elsewhere may be stored without its event having reached us yet.
        let stored: StoredLibrary;
        try {
          stored = await deps.loadLibrary();
        } catch (error) {
          return { ok: false, error: `Could not read your templates: ${errorText(error)}.` };
        }
        const result = edit(stored.library);
        if (!result.ok) return result;
        const changed = result.value.library !== stored.library;
        if (changed) {
          try {
            await deps.saveLibrary(result.value.library);
          } catch (error) {
            return { ok: false, error: `Could not save your templates: ${errorText(error)}.` };
          }
        }
        show({ ...(latest.current ?? base), library: result.value.library, damaged: changed ? false : stored.damaged });
        return result;
      };
      const next = queue.current.then(run, run);
      queue.current = next;
      return next;
    },
    [deps, show],
  );

  return { data, loadError, pending, reload, commit };
}
