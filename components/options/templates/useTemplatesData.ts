import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { EditResult } from '@/lib/templates/editing';
import type { TemplateLibrary } from '@/lib/templates/library';
import type { ManagedPolicy } from '@/lib/templates/managedPolicy';
import type { TemplatesDeps } from './deps';
import { errorText } from './labels';

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
  /** Templates changed in storage while the lead had unsaved edits; they are not shown yet. */
  changedElsewhere: boolean;
  /** Loads again and shows the result (the caller drops its working copy first). */
  reload(): void;
  /**
   * Applies `edit` to the newest library and saves it. Edits run one after another, each on
   * the result of the one before, so two quick changes cannot overwrite each other, and an
   * edit made after a change elsewhere builds on that change instead of writing over it.
   */
  commit<T extends { library: TemplateLibrary }>(edit: LibraryEdit<T>): Promise<EditResult<T>>;
}

function same(a: TemplatesData | null, b: TemplatesData): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The team's library and the organisation's policy, kept in step with storage. A change
 * made elsewhere (an import, another window) is shown at once unless `dirtyRef` says the
 * lead is editing: then it only raises `changedElsewhere`, so no unsaved work is lost.
 */
export function useTemplatesData(deps: TemplatesDeps, dirtyRef: RefObject<boolean>): TemplatesSource {
  const [data, setData] = useState<TemplatesData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  // The newest data, shown or not; read by the change listener, which outlives any render.
  const latest = useRef<TemplatesData | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const show = useCallback((next: TemplatesData) => {
    latest.current = next;
    setData(next);
    setLoadError(null);
    setChangedElsewhere(false);
  }, []);

  const fetchAll = useCallback(async (): Promise<TemplatesData> => {
    const [stored, policy] = await Promise.all([deps.loadLibrary(), deps.loadPolicy()]);
    return { library: stored.library, damaged: stored.damaged, policy };
  }, [deps]);

  const reload = useCallback(() => {
    fetchAll().then(show, (error: unknown) => setLoadError(errorText(error)));
  }, [fetchAll, show]);

  useEffect(() => {
    let live = true;
    fetchAll().then(
      (next) => live && show(next),
      (error: unknown) => live && setLoadError(errorText(error)),
    );
    const unsubscribe = deps.onChanged(() => {
      fetchAll().then(
        (next) => {
          // Our own saves come back through here too; they change nothing on screen.
          if (!live || same(latest.current, next)) return;
          if (!dirtyRef.current) return show(next);
          latest.current = next;
          setChangedElsewhere(true);
        },
        // A failed background refresh leaves the page as it is; the next change tries again.
        () => undefined,
      );
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [deps, fetchAll, show, dirtyRef]);

  const commit = useCallback(
    <T extends { library: TemplateLibrary }>(edit: LibraryEdit<T>): Promise<EditResult<T>> => {
      const run = async (): Promise<EditResult<T>> => {
        const base = latest.current;
        if (!base) return { ok: false, error: 'The templates are not loaded yet.' };
        const result = edit(base.library);
        if (!result.ok) return result;
        try {
          await deps.saveLibrary(result.value.library);
        } catch (error) {
          return { ok: false, error: `Could not save your templates: ${errorText(error)}.` };
        }
        show({ ...(latest.current ?? base), library: result.value.library, damaged: false });
        return result;
      };
      const next = queue.current.then(run, run);
      queue.current = next;
      return next;
    },
    [deps, show],
  );

  return { data, loadError, changedElsewhere, reload, commit };
}
