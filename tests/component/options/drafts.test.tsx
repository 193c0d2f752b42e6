// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftsCard, type DraftsDeps, type RetentionState } from '@/components/options/drafts/DraftsCard';
import { downloadTextFile } from '@/components/options/download';
import type { Draft } from '@/lib/draft';
import type { DeleteResult, ListedDraft } from '@/lib/storage/draftQueries';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  performance.clearMarks('baton:drafts-listed');
});

const NOW = new Date(2025, 5, 10, 12, 0).getTime();
const HOUR = 3600_000;
const DAY = 24 * HOUR;

function draft(ticketId: string, overrides: Partial<Draft> = {}): Draft {
  const helpdesk = overrides.helpdesk ?? 'zendesk';
  const host = overrides.host ?? 'acme.zendesk.com';
  return {
    schemaVersion: 1,
    key: `${helpdesk}/${host}/${ticketId}`,
    helpdesk,
    host,
    ticketId,
    templateId: 'standard',
    answers: { hypothesis: `hypothesis for ${ticketId}` },
    updatedAt: NOW - HOUR,
    ...overrides,
  };
}

/** `count` drafts, newest first by one minute each; every other subject mentions a printer. */
function manyDrafts(count: number): Draft[] {
  return Array.from({ length: count }, (_, i) =>
    draft(String(1000 + i), {
      subject: i % 2 === 0 ? `Printer jam ${i}` : `Login loop ${i}`,
      updatedAt: NOW - (i + 1) * 60_000,
      insertedAt: i % 3 === 0 ? NOW - (i + 1) * 60_000 : undefined,
    }),
  );
}

function fakeDeps(initial: Draft[], options: { retention?: RetentionState; failList?: boolean } = {}) {
  const state = {
    drafts: [...initial],
    /** What each delete asked for: the keys, with the version the list showed. */
    deleted: [] as ListedDraft[][],
    downloads: [] as { fileName: string; text: string }[],
    savedRetention: [] as (number | null)[],
    failDelete: false,
    failList: options.failList ?? false,
  };
  const deps: DraftsDeps = {
    listSummaries: async () => {
      if (state.failList) throw new Error('IndexedDB is unavailable');
      return state.drafts.map(({ answers: _answers, ...summary }) => summary);
    },
    // Like the real store: a draft whose stored updatedAt moved on since it was listed is kept.
    deleteMany: async (listed) => {
      if (state.failDelete) throw new Error('the transaction was aborted');
      state.deleted.push([...listed]);
      const result: DeleteResult = { deleted: [], changed: [] };
      for (const { key, updatedAt } of listed) {
        const stored = state.drafts.find((d) => d.key === key);
        (stored && stored.updatedAt !== updatedAt ? result.changed : result.deleted).push(key);
      }
      state.drafts = state.drafts.filter((d) => !result.deleted.includes(d.key));
      return result;
    },
    readForExport: async (keys) => keys.map((key) => state.drafts.find((d) => d.key === key)!).filter(Boolean),
    templateNames: async () => new Map([['standard', 'Standard escalation']]),
    download: (fileName, text) => {
      state.downloads.push({ fileName, text });
    },
    loadRetention: async () => options.retention ?? { days: 30, setByPolicy: false },
    saveRetention: async (days) => {
      state.savedRetention.push(days);
    },
    now: () => NOW,
  };
  return { deps, state };
}

async function renderLoaded(deps: DraftsDeps) {
  render(<DraftsCard deps={deps} />);
  return screen.findByRole('table');
}

/** Body rows of the drafts table, as their ticket cell's text. */
function ticketColumn(): string[] {
  const table = screen.getByRole('table');
  const bodyRows = within(table).getAllByRole('row').slice(1);
  return bodyRows.map((row) => within(row).getAllByRole('cell')[2].textContent!.replace('Open ticket ', ''));
}

/** Keys of what each delete asked for. */
function deletedKeys(deleted: ListedDraft[][]): string[][] {
  return deleted.map((call) => call.map((d) => d.key));
}

/**
 * The page's live regions of one role, taken before an action: a message must then appear in
 * one of these same elements, because a region created together with its text is often not
 * announced.
 */
function liveRegions(role: 'status' | 'alert'): HTMLElement[] {
  return screen.getAllByRole(role);
}

function countText(): string {
  return screen.getByText(/^Showing|^No drafts match/u).textContent!;
}

describe('drafts manager: the list', () => {
  it('shows each draft with its helpdesk, ticket link, subject, template and dates', async () => {
    const mark = vi.spyOn(performance, 'mark');
    const { deps } = fakeDeps([
      draft('4211', { subject: 'Printer on fire', url: 'https://acme.zendesk.com/agent/tickets/4211', updatedAt: NOW - 2 * HOUR, insertedAt: NOW - 3 * HOUR }),
      draft('SUP-7', { helpdesk: 'jira', host: 'initech.atlassian.net', templateId: 'retired', updatedAt: NOW - 3 * DAY }),
    ]);
    const table = await renderLoaded(deps);

    expect(within(table).getByText(/^Saved drafts, sorted by last edit, newest first$/u).tagName).toBe('CAPTION');
    const [, first, second] = within(table).getAllByRole('row');
    const firstCells = within(first).getAllByRole('cell');
    expect(firstCells[1].textContent).toBe('Zendeskacme.zendesk.com');
    const link = within(first).getByRole('link', { name: 'Open ticket #4211' });
    expect(link.getAttribute('href')).toBe('https://acme.zendesk.com/agent/tickets/4211');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(firstCells[3].textContent).toBe('Printer on fire');
    expect(firstCells[4].textContent).toBe('Standard escalation');
    expect(firstCells[5].textContent).toBe('2 hours ago');
    expect(firstCells[5].querySelector('time')!.getAttribute('title')).toMatch(/2025/u);
    expect(firstCells[6].querySelector('time')).not.toBeNull();

    const secondCells = within(second).getAllByRole('cell');
    expect(secondCells[1].textContent).toBe('Jira Service Managementinitech.atlassian.net');
    expect(within(second).getByRole('link', { name: 'Open ticket #SUP-7' }).getAttribute('href')).toBe('https://initech.atlassian.net/browse/SUP-7');
    expect(secondCells[3].textContent).toBe('No subject');
    expect(secondCells[4].textContent).toBe('Removed template (retired)');
    expect(secondCells[5].textContent).toBe('3 days ago');
    expect(secondCells[6].textContent).toBe('Not inserted');

    expect(countText()).toBe('Showing 1–2 of 2 drafts');
    await waitFor(() => expect(mark).toHaveBeenCalledWith('baton:drafts-listed', { detail: 2 }));
    expect(mark.mock.calls.filter(([name]) => name === 'baton:drafts-listed')).toHaveLength(1);
  });

  it('shows a hostile subject as text and never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const { deps } = fakeDeps([draft('1', { subject: hostile })]);
    const table = await renderLoaded(deps);
    expect(within(table).getByText(hostile)).toBeTruthy();
    expect(table.querySelector('img')).toBeNull();
    expect(table.querySelector('b')).toBeNull();
  });

  it('shows the template id, not "Removed", when template names cannot be read', async () => {
    const { deps } = fakeDeps([draft('1', { templateId: 'billing' })]);
    deps.templateNames = async () => {
      throw new Error('storage.local unavailable');
    };
    const table = await renderLoaded(deps);
    expect(within(table).getAllByRole('row')[1].querySelectorAll('td')[4].textContent).toBe('billing');
  });

  it('never links a stored javascript: address', async () => {
    const { deps } = fakeDeps([draft('1', { url: 'javascript:alert(1)' })]);
    await renderLoaded(deps);
    expect(screen.getByRole('link', { name: 'Open ticket #1' }).getAttribute('href')).toBe('https://acme.zendesk.com/agent/tickets/1');
  });

  it('says how drafts come to be when there are none', async () => {
    const mark = vi.spyOn(performance, 'mark');
    const { deps } = fakeDeps([]);
    render(<DraftsCard deps={deps} />);
    expect(await screen.findByText('No drafts yet. Baton saves one as soon as you type in the Handoff panel on a ticket.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(mark).toHaveBeenCalledWith('baton:drafts-listed', { detail: 0 });
  });

  it('shows loading, then an alert when storage cannot be read, and tries again', async () => {
    const { deps, state } = fakeDeps([draft('1')], { failList: true });
    render(<DraftsCard deps={deps} />);
    const loading = screen.getByText('Loading drafts…');
    expect(liveRegions('status')).toContain(loading);
    const alerts = liveRegions('alert');
    const alert = await screen.findByText('Could not read your drafts: IndexedDB is unavailable. They are still stored; nothing was deleted.');
    expect(alerts).toContain(alert);
    expect(screen.queryByRole('button', { name: 'Refresh' })).toBeNull();
    state.failList = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table')).toBeTruthy();
    expect(alert.isConnected).toBe(true);
    expect(alert.textContent).toBe('');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    // The same status region that said "Loading" now counts the list.
    expect(loading.textContent).toBe('Showing 1–1 of 1 draft');
  });
});

describe('drafts manager: search, sort and pages', () => {
  it('filters as the agent types, says when nothing matches, and clears', async () => {
    const { deps } = fakeDeps([
      draft('4211', { subject: 'Printer on fire' }),
      draft('5100', { helpdesk: 'freshdesk', host: 'support.globex.example', subject: 'Refund' }),
      draft('SUP-7', { helpdesk: 'jira', host: 'initech.atlassian.net' }),
    ]);
    await renderLoaded(deps);
    const search = screen.getByLabelText('Search drafts');

    await userEvent.type(search, 'PRINTER');
    expect(ticketColumn()).toEqual(['#4211']);
    expect(countText()).toBe('Showing 1–1 of 1 matching draft (3 in all)');

    await userEvent.clear(search);
    await userEvent.type(search, 'globex');
    expect(ticketColumn()).toEqual(['#5100']);

    await userEvent.clear(search);
    await userEvent.type(search, 'jira');
    expect(ticketColumn()).toEqual(['#SUP-7']);

    await userEvent.clear(search);
    await userEvent.type(search, 'standard escalation 5100');
    expect(ticketColumn()).toEqual(['#5100']);

    await userEvent.type(search, 'zzz');
    expect(countText()).toBe('No drafts match “standard escalation 5100zzz”.');
    expect(screen.queryByRole('table')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(ticketColumn()).toHaveLength(3);
    expect(document.activeElement).toBe(screen.getByLabelText('Search drafts'));
  });

  it('sorts by a column header, toggling the direction, and says so with aria-sort', async () => {
    const { deps } = fakeDeps([
      draft('10', { subject: 'banana', updatedAt: NOW - 3 * HOUR }),
      draft('9', { subject: 'Apple', updatedAt: NOW - 1 * HOUR }),
      draft('100', { subject: 'cherry', updatedAt: NOW - 2 * HOUR }),
    ]);
    await renderLoaded(deps);
    const header = (name: string) => screen.getByRole('button', { name }).closest('th')!;

    expect(ticketColumn()).toEqual(['#9', '#100', '#10']);
    expect(header('Last edit').getAttribute('aria-sort')).toBe('descending');

    await userEvent.click(screen.getByRole('button', { name: 'Ticket' }));
    expect(ticketColumn()).toEqual(['#9', '#10', '#100']);
    expect(header('Ticket').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Last edit').hasAttribute('aria-sort')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Ticket' }));
    expect(ticketColumn()).toEqual(['#100', '#10', '#9']);
    expect(header('Ticket').getAttribute('aria-sort')).toBe('descending');

    await userEvent.click(screen.getByRole('button', { name: 'Subject' }));
    expect(ticketColumn()).toEqual(['#9', '#10', '#100']);
    expect(screen.getByRole('table', { name: 'Saved drafts, sorted by subject, A to Z' })).toBeTruthy();
  });

  it('shows 50 drafts a page with Previous and Next', async () => {
    const { deps } = fakeDeps(manyDrafts(120));
    await renderLoaded(deps);
    expect(countText()).toBe('Showing 1–50 of 120 drafts');
    expect(ticketColumn()).toHaveLength(50);
    expect(ticketColumn()[0]).toBe('#1000');
    const previous = screen.getByRole('button', { name: 'Previous' }) as HTMLButtonElement;
    const next = screen.getByRole('button', { name: 'Next' }) as HTMLButtonElement;
    expect(previous.disabled).toBe(true);

    await userEvent.click(next);
    expect(countText()).toBe('Showing 51–100 of 120 drafts');
    expect(ticketColumn()[0]).toBe('#1050');
    await userEvent.click(next);
    expect(countText()).toBe('Showing 101–120 of 120 drafts');
    expect(ticketColumn()).toHaveLength(20);
    expect(screen.getByText('Page 3 of 3')).toBeTruthy();
    expect(next.disabled).toBe(true);
    await userEvent.click(previous);
    expect(countText()).toBe('Showing 51–100 of 120 drafts');

    // A new search starts again from the first page.
    await userEvent.type(screen.getByLabelText('Search drafts'), 'printer');
    expect(countText()).toBe('Showing 1–50 of 60 matching drafts (120 in all)');
  });
});

describe('drafts manager: selecting and deleting', () => {
  it('asks before deleting, cancels back to the button, then deletes and moves focus to the result', async () => {
    const mark = vi.spyOn(performance, 'mark');
    const { deps, state } = fakeDeps([
      draft('1', { insertedAt: NOW - DAY, updatedAt: NOW - DAY }),
      draft('2', { insertedAt: NOW - 2 * DAY, updatedAt: NOW - 2 * DAY }),
      draft('3'),
    ]);
    await renderLoaded(deps);
    const deleteButton = screen.getByRole('button', { name: 'Delete selected' }) as HTMLButtonElement;
    expect(deleteButton.disabled).toBe(true);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Select ticket #1 on acme.zendesk.com' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select ticket #2 on acme.zendesk.com' }));
    expect(screen.getByText('2 drafts selected')).toBeTruthy();
    await userEvent.click(deleteButton);
    const confirm = screen.getByRole('group', { name: 'Delete 2 drafts? This cannot be undone.' });
    expect(within(confirm).queryByText(/never inserted/u)).toBeNull();
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));

    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(deleteButton);
    expect(state.deleted).toEqual([]);

    await userEvent.click(deleteButton);
    const statuses = liveRegions('status');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    const done = await screen.findByText('Deleted 2 drafts.');
    expect(statuses).toContain(done);
    // Each key goes with the version the list showed, so a newer edit is never deleted unseen.
    expect(state.deleted).toEqual([
      [
        { key: 'zendesk/acme.zendesk.com/1', updatedAt: NOW - DAY },
        { key: 'zendesk/acme.zendesk.com/2', updatedAt: NOW - 2 * DAY },
      ],
    ]);
    expect(ticketColumn()).toEqual(['#3']);
    expect(document.activeElement).toBe(done);
    // Marked once per load: a delete updates the list without counting as another load.
    expect(mark.mock.calls.filter(([name]) => name === 'baton:drafts-listed')).toEqual([['baton:drafts-listed', { detail: 3 }]]);
  });

  it('closes the confirmation with Escape', async () => {
    const { deps, state } = fakeDeps([draft('1')]);
    await renderLoaded(deps);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select ticket #1 on acme.zendesk.com' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group')).toBeNull();
    expect(state.deleted).toEqual([]);
  });

  it('warns when a selected draft was never inserted', async () => {
    const { deps } = fakeDeps([draft('1', { insertedAt: NOW - DAY }), draft('2'), draft('3')]);
    await renderLoaded(deps);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    const confirm = screen.getByRole('group', { name: 'Delete 3 drafts? This cannot be undone.' });
    expect(within(confirm).getByText('2 of them were never inserted into a ticket: those notes exist only here.')).toBeTruthy();
  });

  it('keeps every draft and says so when deleting fails', async () => {
    const { deps, state } = fakeDeps([draft('1'), draft('2')]);
    state.failDelete = true;
    await renderLoaded(deps);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select ticket #1 on acme.zendesk.com' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    const alerts = liveRegions('alert');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    const alert = await screen.findByText('Could not delete: the transaction was aborted. Nothing was deleted.');
    expect(alerts).toContain(alert);
    expect(document.activeElement).toBe(alert);
    expect(ticketColumn()).toEqual(['#1', '#2']);
  });

  it('selects the page, then every matching draft across pages, and deletes only those', async () => {
    const { deps, state } = fakeDeps(manyDrafts(120));
    await renderLoaded(deps);
    await userEvent.type(screen.getByLabelText('Search drafts'), 'printer');

    const pageBox = screen.getByRole('checkbox', { name: 'Select all on this page' }) as HTMLInputElement;
    await userEvent.click(pageBox);
    expect(screen.getByText('50 drafts selected')).toBeTruthy();
    expect(pageBox.checked).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Select all 60 matching' }));
    expect(screen.getByText('60 drafts selected')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    expect(screen.getByRole('group', { name: 'Delete 60 drafts? This cannot be undone.' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await screen.findByText('Deleted 60 drafts.');

    expect(deletedKeys(state.deleted)).toHaveLength(1);
    expect(deletedKeys(state.deleted)[0]).toHaveLength(60);
    expect(state.drafts).toHaveLength(60);
    expect(state.drafts.every((d) => d.subject!.startsWith('Login loop'))).toBe(true);
  });

  it('drops a selection the search no longer shows', async () => {
    const { deps, state } = fakeDeps([draft('1', { subject: 'printer' }), draft('2', { subject: 'vpn' })]);
    await renderLoaded(deps);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    expect(screen.getByText('2 drafts selected')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Search drafts'), 'vpn');
    expect(screen.getByText('1 draft selected')).toBeTruthy();
    await userEvent.clear(screen.getByLabelText('Search drafts'));
    expect(screen.getByText('1 draft selected')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await screen.findByText('Deleted 1 draft.');
    expect(deletedKeys(state.deleted)).toEqual([['zendesk/acme.zendesk.com/2']]);
  });
});

describe('drafts manager: a list loaded a while ago', () => {
  /** The panel saves ticket 42 again after the options page read the list. */
  function editInPanel(state: { drafts: Draft[] }, ticketId: string) {
    state.drafts = state.drafts.map((d) => (d.ticketId === ticketId ? { ...d, answers: { hypothesis: 'newer text' }, updatedAt: NOW - 60_000 } : d));
  }

  it('keeps a draft edited in the panel since the list was loaded, says so, and shows the list as stored now', async () => {
    const { deps, state } = fakeDeps([draft('42', { insertedAt: NOW - DAY, updatedAt: NOW - DAY }), draft('7', { updatedAt: NOW - 2 * DAY })]);
    await renderLoaded(deps);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select ticket #42 on acme.zendesk.com' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    editInPanel(state, '42');
    const statuses = liveRegions('status');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));

    const notice = await screen.findByText('1 draft changed since this list was loaded and was kept; the list has been refreshed.');
    expect(statuses).toContain(notice);
    expect(document.activeElement).toBe(notice);
    expect(state.drafts.find((d) => d.ticketId === '42')!.answers).toEqual({ hypothesis: 'newer text' });
    // The row now shows the newer edit, and nothing stays selected.
    expect(ticketColumn()).toEqual(['#42', '#7']);
    expect(within(screen.getAllByRole('row')[1]).getAllByRole('cell')[5].textContent).toBe('1 minute ago');
    expect(screen.getByText('None selected')).toBeTruthy();
  });

  it('deletes the unchanged ones and counts both', async () => {
    const { deps, state } = fakeDeps([draft('42', { updatedAt: NOW - DAY }), draft('7', { updatedAt: NOW - 2 * DAY }), draft('8', { updatedAt: NOW - 3 * DAY })]);
    await renderLoaded(deps);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    editInPanel(state, '42');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Deleted 2 drafts. 1 draft changed since this list was loaded and was kept; the list has been refreshed.')).toBeTruthy();
    expect(ticketColumn()).toEqual(['#42']);
  });

  it('says the list may be out of date when it cannot be read again after such a delete', async () => {
    const { deps, state } = fakeDeps([draft('42', { updatedAt: NOW - DAY }), draft('7', { updatedAt: NOW - 2 * DAY })]);
    await renderLoaded(deps);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    editInPanel(state, '42');
    state.failList = true;
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(
      await screen.findByText('Deleted 1 draft. 1 draft changed since this list was loaded and was kept; the list could not be refreshed and may be out of date.'),
    ).toBeTruthy();
    expect(ticketColumn()).toEqual(['#42']);
  });

  it('reloads the list with Refresh, even when it was empty', async () => {
    const { deps, state } = fakeDeps([]);
    render(<DraftsCard deps={deps} />);
    await screen.findByText('No drafts yet. Baton saves one as soon as you type in the Handoff panel on a ticket.');
    state.drafts = [draft('1')];
    const statuses = liveRegions('status');
    const refresh = screen.getByRole('button', { name: 'Refresh' });
    await userEvent.click(refresh);

    expect(await screen.findByRole('table')).toBeTruthy();
    expect(ticketColumn()).toEqual(['#1']);
    expect(statuses).toContain(screen.getByText('List refreshed.'));
    expect(statuses).toContain(screen.getByText('Showing 1–1 of 1 draft'));
    expect(document.activeElement).toBe(refresh);
  });

  it('keeps the list shown and alerts when Refresh cannot read it', async () => {
    const { deps, state } = fakeDeps([draft('1')]);
    await renderLoaded(deps);
    state.failList = true;
    const alerts = liveRegions('alert');
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(alerts).toContain(await screen.findByText('Could not refresh the list: IndexedDB is unavailable. The list shown may be out of date.'));
    expect(ticketColumn()).toEqual(['#1']);
  });
});

describe('drafts manager: export', () => {
  it('exports the selected drafts, answers included, as a dated JSON file', async () => {
    const { deps, state } = fakeDeps([draft('1'), draft('2', { subject: 'Refund' })]);
    await renderLoaded(deps);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select ticket #2 on acme.zendesk.com' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export selected' }));
    expect(await screen.findByText('Exported 1 draft to baton-drafts-2025-06-10.json.')).toBeTruthy();
    expect(state.downloads).toHaveLength(1);
    const file = JSON.parse(state.downloads[0].text);
    expect(state.downloads[0].fileName).toBe('baton-drafts-2025-06-10.json');
    expect(file.kind).toBe('baton-drafts');
    expect(file.exportedAt).toBe(new Date(NOW).toISOString());
    expect(file.drafts).toEqual([draft('2', { subject: 'Refund' })]);
  });

  it('exports every draft, whatever the search', async () => {
    const { deps, state } = fakeDeps(manyDrafts(70));
    await renderLoaded(deps);
    await userEvent.type(screen.getByLabelText('Search drafts'), 'printer');
    await userEvent.click(screen.getByRole('button', { name: 'Export all' }));
    await screen.findByText('Exported 70 drafts to baton-drafts-2025-06-10.json.');
    expect(JSON.parse(state.downloads[0].text).drafts).toHaveLength(70);
  });
});

describe('drafts manager: retention', () => {
  it("saves the agent's choice, Never included", async () => {
    const { deps, state } = fakeDeps([]);
    render(<DraftsCard deps={deps} />);
    const select = (await screen.findByLabelText('Remove inserted drafts after')) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe('30'));
    expect([...select.options].map((o) => o.textContent)).toEqual(['7 days', '14 days', '30 days', '90 days', '365 days', 'Never']);
    expect(screen.getByText(/never inserted into a ticket are never removed automatically/u)).toBeTruthy();

    const statuses = liveRegions('status');
    await userEvent.selectOptions(select, '90 days');
    await waitFor(() => expect(state.savedRetention).toEqual([90]));
    expect(statuses).toContain(await screen.findByText('Saved: inserted drafts are removed after 90 days.'));
    await userEvent.selectOptions(select, 'Never');
    await waitFor(() => expect(state.savedRetention).toEqual([90, null]));
    expect(select.value).toBe('never');
  });

  it('alerts in a region that was already there when the setting cannot be read', async () => {
    const { deps } = fakeDeps([]);
    deps.loadRetention = async () => {
      throw new Error('storage.sync unavailable');
    };
    render(<DraftsCard deps={deps} />);
    const alerts = liveRegions('alert');
    expect(alerts).toContain(await screen.findByText('Could not read this setting; the default (30 days) is shown.'));
  });

  it('shows the organisation’s setting locked, including a value not among the choices', async () => {
    const { deps, state } = fakeDeps([], { retention: { days: 60, setByPolicy: true } });
    render(<DraftsCard deps={deps} />);
    const select = (await screen.findByLabelText('Remove inserted drafts after')) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe('60'));
    expect(select.disabled).toBe(true);
    expect(screen.getByText('Set by your organisation')).toBeTruthy();
    expect(select.getAttribute('aria-describedby')).toContain(screen.getByText('Set by your organisation').id);
    expect(state.savedRetention).toEqual([]);
  });

  it('puts the old value back and alerts when saving fails', async () => {
    const { deps } = fakeDeps([]);
    deps.saveRetention = async () => {
      throw new Error('sync quota exceeded');
    };
    render(<DraftsCard deps={deps} />);
    const select = (await screen.findByLabelText('Remove inserted drafts after')) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe('30'));
    const alerts = liveRegions('alert');
    await userEvent.selectOptions(select, '7 days');
    expect(alerts).toContain(await screen.findByText('Could not save this setting: sync quota exceeded'));
    expect(select.value).toBe('30');
  });
});

describe('downloadTextFile', () => {
  const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
  afterEach(() => {
    Object.assign(URL, original);
  });

  /** Stands in for the browser's object URLs and link clicks, recording both. */
  function fakeBrowser() {
    const blobs: Blob[] = [];
    const revoked = vi.fn();
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return `blob:baton/${blobs.length}`;
      },
      revokeObjectURL: revoked,
    });
    const clicks: { attached: boolean; href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ attached: this.isConnected, href: this.href, download: this.download });
    });
    return { blobs, revoked, clicks };
  }

  function readBlob(blob: Blob): Promise<string> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(blob);
    });
  }

  it('clicks a link attached to the page, removes it, and frees the file a tick later', async () => {
    const browser = fakeBrowser();
    downloadTextFile('baton-drafts-2025-06-10.json', '{"kind":"baton-drafts"}');
    // Not during the click: that can cancel the download.
    expect(browser.revoked).not.toHaveBeenCalled();

    expect(browser.clicks).toEqual([{ attached: true, href: 'blob:baton/1', download: 'baton-drafts-2025-06-10.json' }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(browser.blobs[0].type).toBe('application/json');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(browser.revoked).toHaveBeenCalledWith('blob:baton/1');
    expect(await readBlob(browser.blobs[0])).toBe('{"kind":"baton-drafts"}');
  });

  it('takes another type', () => {
    const browser = fakeBrowser();
    downloadTextFile('notes.txt', 'text', 'text/plain');
    expect(browser.blobs[0].type).toBe('text/plain');
  });
});
