import { describe, expect, it } from 'vitest';
import { type Draft, DraftSchema } from '@/lib/draft';
import {
  buildDraftsExport,
  createDraftFilter,
  deleteDrafts,
  type DraftSortKey,
  type DraftSummary,
  draftsExportFileName,
  listDraftSummaries,
  readDraftsForExport,
  sortSummaries,
  templateLabel,
} from '@/lib/storage/draftQueries';
import { useFreshDb } from '../../support/freshDb';

const freshDb = useFreshDb();

function draft(overrides: Partial<Draft> & Pick<Draft, 'ticketId'>): Draft {
  const helpdesk = overrides.helpdesk ?? 'zendesk';
  const host = overrides.host ?? 'acme.zendesk.com';
  return {
    schemaVersion: 1,
    key: `${helpdesk}/${host}/${overrides.ticketId}`,
    helpdesk,
    host,
    templateId: 'standard',
    answers: { hypothesis: `answer for ${overrides.ticketId}` },
    updatedAt: 1_000,
    ...overrides,
  };
}

function summary(overrides: Partial<DraftSummary> & Pick<DraftSummary, 'ticketId'>): DraftSummary {
  const { answers: _answers, ...rest } = draft(overrides);
  return rest;
}

const names = new Map([
  ['standard', 'Standard escalation'],
  ['billing', 'Billing dispute'],
]);

describe('listDraftSummaries', () => {
  it('lists every readable draft without its answers, newest edit first, skipping damaged rows', async () => {
    const db = freshDb();
    await db.drafts.bulkPut([
      draft({ ticketId: '1', updatedAt: 100, subject: 'Printer on fire' }),
      draft({ ticketId: '2', updatedAt: 300, insertedAt: 300 }),
      draft({ ticketId: '3', updatedAt: 200 }),
    ]);
    // Rows written by an older or broken build: skipped, never thrown.
    await db.drafts.bulkPut([
      { key: 'zendesk/acme.zendesk.com/broken', helpdesk: 'zendesk', updatedAt: 500 } as unknown as Draft,
      { ...draft({ ticketId: 'bad-helpdesk', updatedAt: 400 }), helpdesk: 'kayako' } as unknown as Draft,
    ]);

    const rows = await listDraftSummaries(db);
    expect(rows.map((r) => r.ticketId)).toEqual(['2', '3', '1']);
    expect(rows.every((r) => !('answers' in r))).toBe(true);
    expect(rows[2]).toEqual({
      schemaVersion: 1,
      key: 'zendesk/acme.zendesk.com/1',
      helpdesk: 'zendesk',
      host: 'acme.zendesk.com',
      ticketId: '1',
      subject: 'Printer on fire',
      templateId: 'standard',
      updatedAt: 100,
    });
    expect(rows[0].insertedAt).toBe(300);
  });

  it('returns an empty list for an empty database', async () => {
    expect(await listDraftSummaries(freshDb())).toEqual([]);
  });
});

describe('deleteDrafts', () => {
  const listed = (d: Pick<Draft, 'key' | 'updatedAt'>) => ({ key: d.key, updatedAt: d.updatedAt });

  it('removes exactly the listed drafts; one already gone counts as deleted', async () => {
    const db = freshDb();
    const [one, two, three] = [draft({ ticketId: '1' }), draft({ ticketId: '2' }), draft({ ticketId: '3' })];
    await db.drafts.bulkPut([one, two, three]);
    const result = await deleteDrafts(db, [listed(one), listed(three), { key: 'zendesk/acme.zendesk.com/missing', updatedAt: 1_000 }]);
    expect(result).toEqual({ deleted: [one.key, three.key, 'zendesk/acme.zendesk.com/missing'], changed: [] });
    expect((await db.drafts.toArray()).map((d) => d.ticketId)).toEqual(['2']);
  });

  it('keeps a draft edited in the panel since the list was read, and says which', async () => {
    const db = freshDb();
    // Ticket 42 was inserted, then listed; the agent kept writing in the panel afterwards.
    const inserted = draft({ ticketId: '42', updatedAt: 5_000, insertedAt: 5_000 });
    const other = draft({ ticketId: '43', updatedAt: 4_000, insertedAt: 4_000 });
    await db.drafts.bulkPut([inserted, other]);
    const list = await listDraftSummaries(db);
    const edited = { ...inserted, answers: { hypothesis: 'newer text' }, updatedAt: 9_000 };
    await db.drafts.put(edited);

    const result = await deleteDrafts(db, list.map(listed));
    expect(result).toEqual({ deleted: [other.key], changed: [inserted.key] });
    expect(await db.drafts.toArray()).toEqual([edited]);
  });

  it('does nothing for no drafts', async () => {
    const db = freshDb();
    await db.drafts.put(draft({ ticketId: '1' }));
    expect(await deleteDrafts(db, [])).toEqual({ deleted: [], changed: [] });
    expect(await db.drafts.count()).toBe(1);
  });
});

describe('readDraftsForExport', () => {
  it('reads whole drafts, answers included, in the order asked; missing and damaged rows are left out', async () => {
    const db = freshDb();
    await db.drafts.bulkPut([draft({ ticketId: '1' }), draft({ ticketId: '2' })]);
    await db.drafts.put({ key: 'zendesk/acme.zendesk.com/broken', helpdesk: 'zendesk' } as unknown as Draft);
    const drafts = await readDraftsForExport(db, [
      'zendesk/acme.zendesk.com/2',
      'zendesk/acme.zendesk.com/missing',
      'zendesk/acme.zendesk.com/broken',
      'zendesk/acme.zendesk.com/1',
    ]);
    expect(drafts.map((d) => d.ticketId)).toEqual(['2', '1']);
    expect(drafts[0].answers).toEqual({ hypothesis: 'answer for 2' });
  });
});

describe('drafts export file', () => {
  it('is pretty JSON of kind baton-drafts, named after the local day', () => {
    const at = new Date(2025, 0, 5, 9, 30);
    const drafts = [draft({ ticketId: '1', subject: '<img src=x onerror=alert(1)>' })];
    const { fileName, text } = buildDraftsExport(drafts, at);
    expect(fileName).toBe('baton-drafts-2025-01-05.json');
    expect(text).toContain('\n  "kind": "baton-drafts"');
    const parsed = JSON.parse(text);
    expect(parsed).toEqual({ kind: 'baton-drafts', exportedAt: at.toISOString(), drafts });
    expect(DraftSchema.safeParse(parsed.drafts[0]).success).toBe(true);
  });

  it('pads month and day', () => {
    expect(draftsExportFileName(new Date(2025, 10, 23))).toBe('baton-drafts-2025-11-23.json');
    expect(draftsExportFileName(new Date(2026, 8, 1))).toBe('baton-drafts-2026-09-01.json');
  });
});

describe('templateLabel', () => {
  it('names the template, says when it was removed, and shows the id when names are unknown', () => {
    expect(templateLabel('billing', names)).toBe('Billing dispute');
    expect(templateLabel('old-one', names)).toBe('Removed template (old-one)');
    expect(templateLabel('old-one', null)).toBe('old-one');
  });
});

describe('filtering summaries', () => {
  const rows = [
    summary({ ticketId: '4211', subject: 'Printer ON FIRE', updatedAt: 5 }),
    summary({ ticketId: '5100', helpdesk: 'freshdesk', host: 'support.globex.example', templateId: 'billing', updatedAt: 4 }),
    summary({ ticketId: 'SUP-12', helpdesk: 'jira', host: 'initech.atlassian.net', subject: 'VPN drops', templateId: 'gone', updatedAt: 3 }),
  ];
  const filter = createDraftFilter(rows, names);
  const ids = (query: string) => filter(query).map((r) => r.ticketId);

  it.each([
    ['4211', ['4211']],
    ['printer on', ['4211']],
    ['pRiNtEr', ['4211']],
    ['globex', ['5100']],
    ['FRESHDESK', ['5100']],
    ['jira', ['SUP-12']],
    ['service management', ['SUP-12']],
    ['sup-1', ['SUP-12']],
    ['billing dispute', ['5100']],
    ['removed template', ['SUP-12']],
    ['gone', ['SUP-12']],
    ['standard', ['4211']],
    ['zendesk fire', ['4211']],
    ['zendesk vpn', []],
    ['nothing like this', []],
  ])('%j matches %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('returns every row, in order, for an empty or blank query', () => {
    expect(ids('')).toEqual(['4211', '5100', 'SUP-12']);
    expect(ids('   ')).toEqual(['4211', '5100', 'SUP-12']);
  });

  it('searches template ids when template names are unknown', () => {
    const withoutNames = createDraftFilter(rows, null);
    expect(withoutNames('billing').map((r) => r.ticketId)).toEqual(['5100']);
    expect(withoutNames('removed')).toEqual([]);
  });

  it('keeps the order it was given', () => {
    const filter = createDraftFilter([...rows].reverse(), names);
    expect(filter('a').map((r) => r.ticketId)).toEqual(['SUP-12', '5100', '4211']);
  });
});

describe('sorting summaries', () => {
  const rows = [
    summary({ ticketId: '10', subject: 'banana', helpdesk: 'zendesk', updatedAt: 300, insertedAt: 50 }),
    summary({ ticketId: '9', subject: 'Apple', helpdesk: 'jira', host: 'a.atlassian.net', updatedAt: 100 }),
    summary({ ticketId: '100', helpdesk: 'freshdesk', host: 'a.freshdesk.com', updatedAt: 200, insertedAt: 150 }),
    summary({ ticketId: '2', subject: 'cherry', helpdesk: 'zendesk', host: 'b.zendesk.com', updatedAt: 400 }),
  ];
  const order = (key: DraftSortKey, direction: 'ascending' | 'descending') => sortSummaries(rows, { key, direction }).map((r) => r.ticketId);

  it('sorts by last edit', () => {
    expect(order('updatedAt', 'descending')).toEqual(['2', '10', '100', '9']);
    expect(order('updatedAt', 'ascending')).toEqual(['9', '100', '10', '2']);
  });

  it('sorts ticket ids as numbers, not as text', () => {
    expect(order('ticket', 'ascending')).toEqual(['2', '9', '10', '100']);
    expect(order('ticket', 'descending')).toEqual(['100', '10', '9', '2']);
    const jira = ['SUP-10', 'SUP-9', 'ABC-1'].map((ticketId) => summary({ ticketId, helpdesk: 'jira' }));
    expect(sortSummaries(jira, { key: 'ticket', direction: 'ascending' }).map((r) => r.ticketId)).toEqual(['ABC-1', 'SUP-9', 'SUP-10']);
  });

  it('sorts subjects ignoring case, with drafts that have none last either way', () => {
    expect(order('subject', 'ascending')).toEqual(['9', '10', '2', '100']);
    expect(order('subject', 'descending')).toEqual(['2', '10', '9', '100']);
  });

  it('sorts by helpdesk name, newest edit first within one helpdesk', () => {
    expect(order('helpdesk', 'ascending')).toEqual(['100', '9', '2', '10']);
    expect(order('helpdesk', 'descending')).toEqual(['2', '10', '9', '100']);
  });

  it('sorts by insert date, never-inserted drafts last either way', () => {
    expect(order('insertedAt', 'descending')).toEqual(['100', '10', '2', '9']);
    expect(order('insertedAt', 'ascending')).toEqual(['10', '100', '2', '9']);
  });

  it('returns a copy and leaves its input alone', () => {
    const before = rows.map((r) => r.ticketId);
    const sorted = sortSummaries(rows, { key: 'ticket', direction: 'ascending' });
    expect(sorted).not.toBe(rows);
    expect(rows.map((r) => r.ticketId)).toEqual(before);
  });
});

describe('10,000 drafts', () => {
  const many: DraftSummary[] = Array.from({ length: 10_000 }, (_, i) =>
    summary({
      ticketId: String(100_000 + ((i * 7919) % 10_000)),
      subject: `Customer ${i} reports ${['login loop', 'printer fire', 'VPN drops', 'billing error'][i % 4]}`,
      helpdesk: (['zendesk', 'freshdesk', 'jira'] as const)[i % 3],
      host: `tenant${i % 40}.example.com`,
      templateId: i % 5 === 0 ? 'gone' : 'standard',
      updatedAt: 1_700_000_000_000 - i * 60_000,
      insertedAt: i % 2 ? 1_700_000_000_000 - i * 60_000 : undefined,
    }),
  );

  // Generous bounds: they catch an accidental quadratic step, not a slow machine.
  it('sorts in well under a second', () => {
    for (const key of ['updatedAt', 'ticket', 'subject', 'helpdesk', 'insertedAt'] as const) {
      const started = performance.now();
      const sorted = sortSummaries(many, { key, direction: 'ascending' });
      expect(performance.now() - started, key).toBeLessThan(1000);
      expect(sorted).toHaveLength(10_000);
    }
  });

  it('filters each keystroke in well under 100 ms once built', () => {
    const filter = createDraftFilter(many, names);
    const started = performance.now();
    const matches = filter('printer');
    const printer = filter('printer fire tenant3');
    expect(performance.now() - started).toBeLessThan(100);
    expect(matches).toHaveLength(2_500);
    expect(printer.length).toBeGreaterThan(0);
    expect(printer.every((r) => r.host.startsWith('tenant3') && r.subject!.includes('printer fire'))).toBe(true);
  });
});
