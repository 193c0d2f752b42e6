import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { buildDraftsExport, createDraftFilter, type DraftSort, type DraftSortKey, type DraftSummary, defaultDirection, sortSummaries, type TemplateNames } from '@/lib/storage/draftQueries';
import { describeStorageError } from '@/lib/storage/draftRepo';
import type { DraftsDeps } from './deps';
import { DeleteConfirm } from './DeleteConfirm';
import { DraftsTable } from './DraftsTable';
import { formatCount } from './format';
import { RetentionSetting } from './RetentionSetting';
import './drafts.css';

export type { DraftsDeps, RetentionState } from './deps';

/** Rows per page: the table renders one page only, so 10,000 drafts cost what 50 do. */
export const PAGE_SIZE = 50;

type Message = { kind: 'ok' | 'error'; text: string } | null;
type Loaded = { rows: DraftSummary[]; names: TemplateNames | null };

/** The drafts manager: find, open, export and delete saved handoff drafts, and set how long inserted ones are kept. */
export function DraftsCard({ deps }: { deps: DraftsDeps }) {
  const id = useId();
  const now = () => deps.now?.() ?? Date.now();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loadAttempt, setLoadAttempt] = useState(0);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<DraftSort>({ key: 'updatedAt', direction: 'descending' });
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const deleteButtonRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const focusAfterRender = useRef<'message' | 'delete' | 'search' | null>(null);
  const listedMarked = useRef(false);

  useEffect(() => {
    let live = true;
    setLoaded(null);
    setLoadError(null);
    listedMarked.current = false;
    Promise.all([deps.listSummaries(), deps.templateNames().catch(() => null)]).then(
      ([rows, names]) => live && setLoaded({ rows, names }),
      (error: unknown) => live && setLoadError(describeStorageError(error)),
    );
    return () => {
      live = false;
    };
  }, [deps, loadAttempt]);

  // Read by `npm run bench`: navigation start → the list on screen, once per load.
  useEffect(() => {
    if (!loaded || listedMarked.current) return;
    listedMarked.current = true;
    performance.mark('baton:drafts-listed', { detail: loaded.rows.length });
  }, [loaded]);

  useEffect(() => {
    const target = focusAfterRender.current;
    focusAfterRender.current = null;
    if (target === 'message') messageRef.current?.focus();
    if (target === 'delete') deleteButtonRef.current?.focus();
    if (target === 'search') searchRef.current?.focus();
  });

  // Sorted once per sort change; the filter keeps that order, so a keystroke only filters.
  const sorted = useMemo(() => (loaded ? sortSummaries(loaded.rows, sort) : []), [loaded, sort]);
  const filter = useMemo(() => createDraftFilter(sorted, loaded?.names ?? null), [sorted, loaded]);
  const matching = useMemo(() => filter(query), [filter, query]);
  const selectedMatching = useMemo(() => (selected.size === 0 ? [] : matching.filter((row) => selected.has(row.key))), [matching, selected]);

  // Selection never reaches past the search: a draft that no longer matches is unselected,
  // so "Delete selected" only ever acts on rows the agent can page through.
  useEffect(() => {
    setSelected((previous) => {
      if (previous.size === 0) return previous;
      const matchingKeys = new Set(matching.map((row) => row.key));
      const kept = [...previous].filter((key) => matchingKeys.has(key));
      return kept.length === previous.size ? previous : new Set(kept);
    });
  }, [matching]);

  const pageCount = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const currentPage = Math.min(page, pageCount - 1);
  const firstIndex = currentPage * PAGE_SIZE;
  const pageRows = matching.slice(firstIndex, firstIndex + PAGE_SIZE);

  function select(keys: readonly string[], on: boolean) {
    setSelected((previous) => {
      const next = new Set(previous);
      for (const key of keys) {
        if (on) next.add(key);
        else next.delete(key);
      }
      return next;
    });
  }

  function changeSort(key: DraftSortKey) {
    setSort((previous) =>
      previous.key === key
        ? { key, direction: previous.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: defaultDirection(key) },
    );
    setPage(0);
  }

  function show(next: Message, focus: 'message' | null = null) {
    setMessage(next);
    focusAfterRender.current = focus;
  }

  async function deleteSelected() {
    const keys = selectedMatching.map((row) => row.key);
    setBusy(true);
    try {
      await deps.deleteMany(keys);
    } catch (error) {
      setBusy(false);
      return show({ kind: 'error', text: `Could not delete: ${describeStorageError(error)}. Nothing was deleted.` }, 'message');
    }
    const gone = new Set(keys);
    setLoaded((previous) => previous && { ...previous, rows: previous.rows.filter((row) => !gone.has(row.key)) });
    setSelected(new Set());
    setConfirming(false);
    setBusy(false);
    // The rows and the buttons the agent was on are gone: focus goes to what happened.
    show({ kind: 'ok', text: `Deleted ${formatCount(keys.length, 'draft')}.` }, 'message');
  }

  async function exportDrafts(keys: readonly string[]) {
    setBusy(true);
    try {
      const drafts = await deps.readForExport(keys);
      const { fileName, text } = buildDraftsExport(drafts, new Date(now()));
      await deps.download(fileName, text);
      show({ kind: 'ok', text: `Exported ${formatCount(drafts.length, 'draft')} to ${fileName}.` });
    } catch (error) {
      show({ kind: 'error', text: `Could not export: ${describeStorageError(error)}. Your drafts are unchanged.` }, 'message');
    } finally {
      setBusy(false);
    }
  }

  const rows = loaded?.rows ?? [];
  const hasQuery = query.trim() !== '';

  return (
    <section aria-labelledby={`${id}-title`} className="card drafts-card">
      <h2 id={`${id}-title`}>Saved drafts</h2>
      <p className="muted">Baton keeps a draft for each ticket you write a handoff on, in this browser only.</p>

      {loadError !== null ? (
        <div role="alert" className="error">
          <p>Could not read your drafts: {loadError}. They are still stored; nothing was deleted.</p>
          <button type="button" onClick={() => setLoadAttempt((n) => n + 1)}>
            Try again
          </button>
        </div>
      ) : !loaded ? (
        <p role="status">Loading drafts…</p>
      ) : rows.length === 0 ? (
        <p className="drafts-empty">No drafts yet. Baton saves one as soon as you type in the Handoff panel on a ticket.</p>
      ) : (
        <>
          <div className="drafts-toolbar">
            <div className="field drafts-search">
              <label htmlFor={`${id}-search`}>Search drafts</label>
              <input
                ref={searchRef}
                id={`${id}-search`}
                type="search"
                value={query}
                placeholder="Ticket, subject, host, helpdesk or template"
                aria-describedby={`${id}-count`}
                onChange={(event) => {
                  setQuery(event.target.value);
                  setPage(0);
                }}
              />
            </div>
            <div className="drafts-actions">
              <button
                ref={deleteButtonRef}
                type="button"
                disabled={selectedMatching.length === 0 || busy}
                aria-expanded={confirming}
                onClick={() => setConfirming(true)}
              >
                Delete selected
              </button>
              <button type="button" disabled={selectedMatching.length === 0 || busy} onClick={() => void exportDrafts(selectedMatching.map((row) => row.key))}>
                Export selected
              </button>
              <button type="button" disabled={busy} onClick={() => void exportDrafts(rows.map((row) => row.key))}>
                Export all
              </button>
            </div>
          </div>

          {confirming && selectedMatching.length > 0 && (
            <DeleteConfirm
              drafts={selectedMatching}
              busy={busy}
              onConfirm={() => void deleteSelected()}
              onCancel={() => {
                setConfirming(false);
                focusAfterRender.current = 'delete';
              }}
            />
          )}

          <p id={`${id}-count`} className="drafts-count" role="status">
            {matching.length === 0
              ? `No drafts match “${query.trim()}”.`
              : `Showing ${(firstIndex + 1).toLocaleString('en')}–${(firstIndex + pageRows.length).toLocaleString('en')} of ${formatCount(matching.length, hasQuery ? 'matching draft' : 'draft')}` +
                (hasQuery ? ` (${rows.length.toLocaleString('en')} in all)` : '')}
          </p>

          {matching.length === 0 ? (
            <button
              type="button"
              onClick={() => {
                setQuery('');
                setPage(0);
                focusAfterRender.current = 'search';
              }}
            >
              Clear search
            </button>
          ) : (
            <>
              <div className="drafts-selection">
                <span>{selectedMatching.length > 0 ? `${formatCount(selectedMatching.length, 'draft')} selected` : 'None selected'}</span>
                {selectedMatching.length < matching.length && (
                  <button type="button" onClick={() => select(matching.map((row) => row.key), true)}>
                    Select all {matching.length.toLocaleString('en')} matching
                  </button>
                )}
                {selectedMatching.length > 0 && (
                  <button type="button" onClick={() => setSelected(new Set())}>
                    Clear selection
                  </button>
                )}
              </div>
              <DraftsTable rows={pageRows} names={loaded.names} sort={sort} onSort={changeSort} selected={selected} onSelect={select} now={now()} />
              {pageCount > 1 && (
                <nav className="drafts-pages" aria-label="Draft pages">
                  <button type="button" disabled={currentPage === 0} onClick={() => setPage(currentPage - 1)}>
                    Previous
                  </button>
                  <span>
                    Page {(currentPage + 1).toLocaleString('en')} of {pageCount.toLocaleString('en')}
                  </span>
                  <button type="button" disabled={currentPage >= pageCount - 1} onClick={() => setPage(currentPage + 1)}>
                    Next
                  </button>
                </nav>
              )}
            </>
          )}
        </>
      )}

      {message && (
        <p ref={messageRef} tabIndex={-1} role={message.kind === 'error' ? 'alert' : 'status'} className={`drafts-message ${message.kind}`}>
          {message.text}
        </p>
      )}

      <h3 className="drafts-subtitle">Clean-up</h3>
      <RetentionSetting deps={deps} />
    </section>
  );
}
