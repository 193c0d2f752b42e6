// The options page's drafts manager with 10,000 drafts in the background's IndexedDB: the cold
// list after a reload, then a search.
import type { BrowserContext, Page } from 'playwright-core';
import { type Draft, DraftSchema, draftKey } from '../../lib/draft';
import { type BenchGroup, median } from './common';

const SEEDED_DRAFTS = 10_000;
const DRAFTS_SEARCH = 'printer';

/**
 * Drafts as agents leave them: three helpdesks across many tenants, edits spread over three
 * months, the standard template's sections written in a few sentences, about half inserted.
 * Deterministic, and each one checked against DraftSchema so the manager lists them all.
 */
function seededDrafts(count: number, now: number): Draft[] {
  const subjects = [
    'Printer offline after the firmware update',
    'Cannot log in: SSO redirect loop',
    'Invoice shows the wrong VAT rate',
    'VPN drops every ten minutes',
    'CSV export times out for large accounts',
    'Password reset e-mail never arrives',
    'Mobile app crashes on launch (Android 15)',
    'Webhook deliveries failing with 502',
  ];
  const helpdesks = [
    { helpdesk: 'zendesk', host: (t: number) => `tenant${t}.zendesk.com`, id: (n: number) => String(n), path: '/agent/tickets/' },
    { helpdesk: 'freshdesk', host: (t: number) => `tenant${t}.freshdesk.com`, id: (n: number) => String(n), path: '/a/tickets/' },
    { helpdesk: 'jira', host: (t: number) => `tenant${t}.atlassian.net`, id: (n: number) => `SUP-${n}`, path: '/browse/' },
  ] as const;
  return Array.from({ length: count }, (_, i) => {
    const desk = helpdesks[i % helpdesks.length];
    const host = desk.host(i % 50);
    const ticketId = desk.id(10_000 + i);
    const updatedAt = now - ((i * 7_919) % (90 * 24 * 60)) * 60_000;
    const inserted = i % 2 === 0;
    return DraftSchema.parse({
      schemaVersion: 1,
      key: draftKey(desk.helpdesk, host, ticketId),
      helpdesk: desk.helpdesk,
      host,
      ticketId,
      subject: i % 17 === 0 ? undefined : `${subjects[i % subjects.length]} (#${i})`,
      url: `https://${host}${desk.path}${ticketId}`,
      templateId: i % 9 === 0 ? 'retired-template' : 'default',
      answers: {
        happening: `Customer reports: ${subjects[i % subjects.length].toLowerCase()}. Started after their change window on Tuesday; affects ${1 + (i % 40)} users.`,
        tried: 'Cleared cache and cookies, reproduced in a private window, checked the status page (all green), asked for a HAR file.',
        hypothesis: 'Looks like a configuration issue on their side rather than a defect; the error appears only for users in one group.',
        'verify-first': 'Check the audit log for changes to the group policy around the time it started.',
      },
      updatedAt,
      insertedAt: inserted ? updatedAt : undefined,
    });
  });
}

/** Replaces the drafts store's rows in the options page's own context (same origin as the background's Dexie). */
async function seedDrafts(page: Page, drafts: Draft[]): Promise<void> {
  const chunk = 2_000;
  for (let start = 0; start < drafts.length; start += chunk) {
    await page.evaluate(
      ({ rows, clear }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('baton');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('drafts', 'readwrite');
            const store = tx.objectStore('drafts');
            if (clear) store.clear();
            for (const row of rows) store.put(row);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { rows: drafts.slice(start, start + chunk), clear: start === 0 },
    );
  }
}

/** ms from navigation start to the drafts manager's 'baton:drafts-listed' mark, and the count it listed. */
async function draftsListedAfterLoad(page: Page): Promise<{ ms: number; count: number }> {
  await page.waitForFunction(() => performance.getEntriesByName('baton:drafts-listed').length > 0, null, { timeout: 60_000 });
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('baton:drafts-listed')[0] as PerformanceMark;
    return { ms: mark.startTime, count: mark.detail as number };
  });
}

/**
 * Puts `query` into the search box as one input event (as a paste or a keystroke would) and
 * times it in the page: until the count line changes (React has committed the filtered table)
 * and until the frame after it (laid out and painted).
 */
async function timeDraftsSearch(page: Page, query: string): Promise<{ updated: number; painted: number; status: string }> {
  const search = await page.getByLabel('Search drafts').elementHandle();
  return page.evaluate(
    ([input, text]) =>
      new Promise<{ updated: number; painted: number; status: string }>((resolve) => {
        const field = input as HTMLInputElement;
        const status = document.getElementById(field.getAttribute('aria-describedby')!)!;
        const before = status.textContent;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        // No named inner functions: tsx would wrap them in a helper the page does not have.
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (status.textContent === before) return;
          observer.disconnect();
          const updated = performance.now() - started;
          requestAnimationFrame(() =>
            setTimeout(() => resolve({ updated, painted: performance.now() - started, status: status.textContent ?? '' }), 0),
          );
        });
        observer.observe(status, { childList: true, subtree: true, characterData: true });
        setValue.call(field, text);
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    [search, query] as const,
  );
}

interface DraftsBench {
  listed: number[];
  searchUpdated: number[];
  searchPainted: number[];
  listedCount: number;
  searchStatus: string;
}

/** The options page's drafts manager with SEEDED_DRAFTS drafts: cold list after a reload, then a search. */
async function benchDraftsManager(context: BrowserContext, extensionId: string, runs: number): Promise<DraftsBench> {
  const page = await context.newPage();
  const result: DraftsBench = { listed: [], searchUpdated: [], searchPainted: [], listedCount: 0, searchStatus: '' };
  try {
    // The first load creates the database (Dexie, in the manager) before rows go in.
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await draftsListedAfterLoad(page);
    await seedDrafts(page, seededDrafts(SEEDED_DRAFTS, Date.now()));
    for (let run = 0; run < runs; run++) {
      await page.reload();
      const { ms, count } = await draftsListedAfterLoad(page);
      result.listed.push(ms);
      result.listedCount = count;
      const { updated, painted, status } = await timeDraftsSearch(page, DRAFTS_SEARCH);
      result.searchUpdated.push(updated);
      result.searchPainted.push(painted);
      result.searchStatus = status;
    }
  } finally {
    await page.close();
  }
  return result;
}

export const draftsGroup: BenchGroup = {
  name: 'drafts',
  description: 'options page: drafts manager listing and searching 10,000 drafts',
  async run(env) {
    const browser = await env.extension();
    const drafts = await benchDraftsManager(browser.context, browser.extensionId, env.runs);
    return {
      rows: [
        {
          metric: `Options page opened → drafts manager lists ${drafts.listedCount.toLocaleString('en')} drafts`,
          value: median(drafts.listed),
          unit: 'ms',
        },
        {
          metric: `Drafts manager: search "${DRAFTS_SEARCH}" → table updated and painted (${drafts.searchStatus})`,
          value: median(drafts.searchPainted),
          unit: 'ms',
        },
      ],
      raw: drafts,
    };
  },
};
