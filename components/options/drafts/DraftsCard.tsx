import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  buildDraftsExport,
  createDraftFilter,
  type DeleteResult,
  type DraftSort,
  type DraftSortKey,
  defaultDirection,
  sortSummaries,
} from '@/lib/storage/draftQueries';
import { describeStorageError } from '@/lib/storage/draftRepo';
import type { DraftsDeps } from './deps';
import { DeleteConfirm } from './DeleteConfirm';
import { DraftsPager } from './DraftsPager';
import { DraftsTable } from './DraftsTable';
import { formatCount } from './format';
import { describeKept, describeList } from './listText';
import { LiveMessage, type Message } from '../LiveMessage';
import { RetentionSetting } from './RetentionSetting';
import { readDraftList, useDraftList, withoutKeys } from './useDraftList';
import './drafts.css';

export type { DraftsDeps, RetentionState } from './deps';

/** Rows per page: the table renders one page only, so 10,000 drafts cost what 50 do. */
export const PAGE_SIZE = 50;

/** The drafts manager: find, open, export and delete saved handoff drafts, and set how long inserted ones are kept. */
export function DraftsCard({ deps }: { deps: DraftsDeps }) {
  const id = useId();
  const now = () => deps.now?.() ?? Date.now();
  const { list: loaded, setList: setLoaded, loadError, retry } = useDraftList(deps);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<DraftSort>({ key: 'updatedAt', direction: 'descending' });
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const deleteButtonRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const focusAfterRender = useRef<'message' | 'delete' | 'search' | null>(null);

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
    // Each draft with the version the agent saw: one edited in the panel since is kept.
    const listed = selectedMatching.map(({ key, updatedAt }) => ({ key, updatedAt }));
    setBusy(true);
    let result: DeleteResult;
    try {
      result = await deps.deleteMany(listed);
    } catch (error) {
      setBusy(false);
      return show({ kind: 'error', text: `Could not delete: ${describeStorageError(error)}. Nothing was deleted.` }, 'message');
    }
    setSelected(new Set());
    setConfirming(false);
    if (result.changed.length === 0) {
      setLoaded((previous) => withoutKeys(previous, result.deleted));
      setBusy(false);
      // The rows and the buttons the agent was on are gone: focus goes to what happened.
      return show({ kind: 'ok', text: `Deleted ${formatCount(result.deleted.length, 'draft')}.` }, 'message');
    }
    // This list is out of date: show the drafts as they are stored now, newer text included.
    let refreshed = true;
    try {
      setLoaded(await readDraftList(deps));
    } catch {
      refreshed = false;
      setLoaded((previous) => withoutKeys(previous, result.deleted));
    }
    setBusy(false);
    show({ kind: 'warning', text: describeKept(result, refreshed) }, 'message');
  }

  async function refresh() {
    if (busy) return;
    setBusy(true);
    try {
      setLoaded(await readDraftList(deps));
      // The selection was made from the old list; nothing stays chosen that the agent has not seen since.
      setSelected(new Set());
      setConfirming(false);
      show({ kind: 'ok', text: 'List refreshed.' });
    } catch (error) {
      show({ kind: 'error', text: `Could not refresh the list: ${describeStorageError(error)}. The list shown may be out of date.` });
    } finally {
      setBusy(false);
    }
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
  const listStatus = describeList({ loadError, total: loaded ? rows.length : null, matching: matching.length, firstIndex, onPage: pageRows.length, query });

  return (
    <section aria-labelledby={`${id}-title`} className="card drafts-card">
      <h2 id={`${id}-title`}>Saved drafts</h2>
      <div className="drafts-intro">
        <p className="muted">Baton keeps a draft for each ticket you write a handoff on, in this browser only.</p>
        {loaded && (
          // Not disabled while busy: a disabled button would drop the keyboard focus.
          <button type="button" aria-disabled={busy || undefined} onClick={() => void refresh()}>
            Refresh
          </button>
        )}
      </div>

      <p role="alert" className="drafts-live error">
        {loadError === null ? '' : `Could not read your drafts: ${loadError}. They are still stored; nothing was deleted.`}
      </p>
      {loadError !== null && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}

      {rows.length > 0 && (
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
        </>
      )}

      <p id={`${id}-count`} className="drafts-live drafts-count" role="status">
        {listStatus}
      </p>

      {loaded && rows.length > 0 &&
        (matching.length === 0 ? (
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
            <DraftsPager page={currentPage} pageCount={pageCount} onPage={setPage} />
          </>
        ))}

      <LiveMessage message={message} className="drafts-message" focusRef={messageRef} />

      <h3 className="drafts-subtitle">Clean-up</h3>
      <RetentionSetting deps={deps} />
    </section>
  );
}
