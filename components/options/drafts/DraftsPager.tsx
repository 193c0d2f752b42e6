interface DraftsPagerProps {
  /** Zero-based. */
  page: number;
  pageCount: number;
  onPage(page: number): void;
}

/** Previous / Next under the table; nothing when everything fits on one page. */
export function DraftsPager({ page, pageCount, onPage }: DraftsPagerProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="drafts-pages" aria-label="Draft pages">
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <span>
        Page {(page + 1).toLocaleString('en')} of {pageCount.toLocaleString('en')}
      </span>
      <button type="button" disabled={page >= pageCount - 1} onClick={() => onPage(page + 1)}>
        Next
      </button>
    </nav>
  );
}
