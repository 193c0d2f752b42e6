import { useEffect, useId, useRef } from 'react';
import { HELPDESK_LABELS } from '@/lib/context';
import { type DraftSort, type DraftSortKey, type DraftSummary, templateLabel, type TemplateNames } from '@/lib/storage/draftQueries';
import { ticketUrl } from '@/lib/ticketUrl';
import { formatDateTime, formatDay, formatRelative, isoDate } from './format';

const SORT_LABELS: Record<DraftSortKey, string> = {
  helpdesk: 'Helpdesk',
  ticket: 'Ticket',
  subject: 'Subject',
  updatedAt: 'Last edit',
  insertedAt: 'Inserted',
};

function describeSort(sort: DraftSort): string {
  const dates = sort.key === 'updatedAt' || sort.key === 'insertedAt';
  const order = dates ? (sort.direction === 'descending' ? 'newest first' : 'oldest first') : sort.direction === 'ascending' ? 'A to Z' : 'Z to A';
  return `sorted by ${SORT_LABELS[sort.key].toLowerCase()}, ${order}`;
}

interface DraftsTableProps {
  /** Only the rows of the current page: the table never holds more than a page. */
  rows: readonly DraftSummary[];
  names: TemplateNames | null;
  sort: DraftSort;
  onSort(key: DraftSortKey): void;
  selected: ReadonlySet<string>;
  onSelect(keys: readonly string[], selected: boolean): void;
  now: number;
}

export function DraftsTable({ rows, names, sort, onSort, selected, onSelect, now }: DraftsTableProps) {
  const id = useId();
  const selectAll = useRef<HTMLInputElement>(null);
  const selectedOnPage = rows.filter((row) => selected.has(row.key)).length;
  const allOnPage = rows.length > 0 && selectedOnPage === rows.length;

  useEffect(() => {
    // "Some of this page" has no HTML attribute; the DOM property is the only way to show it.
    if (selectAll.current) selectAll.current.indeterminate = selectedOnPage > 0 && !allOnPage;
  }, [selectedOnPage, allOnPage]);

  function header(key: DraftSortKey) {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? sort.direction : undefined}>
        <button type="button" className="drafts-sort" onClick={() => onSort(key)}>
          {SORT_LABELS[key]}
          <span aria-hidden="true" className="drafts-sort-arrow">
            {active ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
          </span>
        </button>
      </th>
    );
  }

  return (
    // Scrolls sideways on its own in a narrow window, so the page itself never does; focusable so
    // keyboard users can scroll it too.
    <div className="drafts-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="drafts-table">
        <caption id={`${id}-caption`} className="drafts-caption">
          Saved drafts, {describeSort(sort)}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="drafts-check">
              <input
                ref={selectAll}
                type="checkbox"
                aria-label="Select all on this page"
                checked={allOnPage}
                onChange={(event) => onSelect(rows.map((row) => row.key), event.target.checked)}
              />
            </th>
            {header('helpdesk')}
            {header('ticket')}
            {header('subject')}
            <th scope="col">Template</th>
            {header('updatedAt')}
            {header('insertedAt')}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <DraftRow key={row.key} row={row} names={names} selected={selected.has(row.key)} onSelect={onSelect} now={now} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface DraftRowProps {
  row: DraftSummary;
  names: TemplateNames | null;
  selected: boolean;
  onSelect(keys: readonly string[], selected: boolean): void;
  now: number;
}

function DraftRow({ row, names, selected, onSelect, now }: DraftRowProps) {
  const href = ticketUrl(row);
  // Subjects are written by customers: rendered as text nodes only, never as markup.
  return (
    <tr className={selected ? 'drafts-selected' : undefined}>
      <td className="drafts-check">
        <input
          type="checkbox"
          aria-label={`Select ticket #${row.ticketId} on ${row.host}`}
          checked={selected}
          onChange={(event) => onSelect([row.key], event.target.checked)}
        />
      </td>
      <td className="drafts-helpdesk">
        {HELPDESK_LABELS[row.helpdesk]}
        <span className="drafts-host">{row.host}</span>
      </td>
      <td>
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            <span className="drafts-visually-hidden">Open ticket </span>#{row.ticketId}
          </a>
        ) : (
          `#${row.ticketId}`
        )}
      </td>
      <td className="drafts-subject">{row.subject?.trim() ? row.subject : <span className="muted">No subject</span>}</td>
      <td>{templateLabel(row.templateId, names)}</td>
      <td>
        <time dateTime={isoDate(row.updatedAt)} title={formatDateTime(row.updatedAt)}>
          {formatRelative(row.updatedAt, now)}
        </time>
      </td>
      <td>
        {row.insertedAt === undefined ? (
          <span className="muted">Not inserted</span>
        ) : (
          <time dateTime={isoDate(row.insertedAt)} title={formatDateTime(row.insertedAt)}>
            {formatDay(row.insertedAt)}
          </time>
        )}
      </td>
    </tr>
  );
}
