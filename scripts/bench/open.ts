// Ticket opened → the panel shows its context: a typical ticket (Zendesk #4211, then an SPA
// switch to #666) and a 1,000-comment ticket on each helpdesk (generated, see
// tests/fixtures/generated/bigTickets.ts), with what the adapter actually read of it.
import type { Page } from 'playwright-core';
import { panelFrame } from '../../tests/e2e/panelDriver';
import { BIG_COMMENT_COUNT, FRESHDESK_BIG_ID, JIRA_BIG_KEY, ZENDESK_BIG_ID } from '../../tests/fixtures/generated/bigTickets';
import { MAX_COMMENT_PAGES as ZENDESK_MAX_PAGES } from '../../lib/adapters/zendesk/api';
import { CONVERSATIONS_PER_PAGE, MAX_CONVERSATION_PAGES } from '../../lib/adapters/freshdesk/api';
import { COMMENT_PAGE_SIZE as JIRA_PAGE_SIZE, MAX_COMMENT_PAGES as JIRA_MAX_PAGES } from '../../lib/adapters/jira/api';
import {
  type BenchEnv,
  type BenchGroup,
  type HelpdeskName,
  type Row,
  contextShownAt,
  domContentLoaded,
  fmt,
  median,
  navigationStart,
  targetRow,
} from './common';

const BIG_TICKETS: Record<HelpdeskName, { label: string; url: string; id: string; commentsPath: RegExp; paging: string }> = {
  zendesk: {
    label: `Zendesk #${ZENDESK_BIG_ID}`,
    url: `https://acme.zendesk.com/agent/tickets/${ZENDESK_BIG_ID}`,
    id: ZENDESK_BIG_ID,
    commentsPath: new RegExp(`^/api/v2/tickets/${ZENDESK_BIG_ID}/comments\\.json`),
    paging: `follows next_page (100 a page), at most ${ZENDESK_MAX_PAGES} pages`,
  },
  freshdesk: {
    label: `Freshdesk #${FRESHDESK_BIG_ID}`,
    url: `https://acme.freshdesk.com/a/tickets/${FRESHDESK_BIG_ID}`,
    id: FRESHDESK_BIG_ID,
    commentsPath: new RegExp(`^/api/(?:_|v2)/tickets/${FRESHDESK_BIG_ID}/conversations`),
    paging: `per_page=${CONVERSATIONS_PER_PAGE}, at most ${MAX_CONVERSATION_PAGES} pages`,
  },
  jira: {
    label: `Jira ${JIRA_BIG_KEY}`,
    url: `https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/${JIRA_BIG_KEY}`,
    id: JIRA_BIG_KEY,
    commentsPath: new RegExp(`^/rest/(?:servicedeskapi/request|api/3/issue)/${JIRA_BIG_KEY}/comment`),
    paging: `limit=${JIRA_PAGE_SIZE}, at most ${JIRA_MAX_PAGES} pages`,
  },
};

/** "Conversation · 500 entries, 166 internal" in the panel → 500. */
async function timelineEntries(page: Page, extensionId: string): Promise<number | undefined> {
  const panel = await panelFrame(page, extensionId);
  const text = await panel.evaluate(() => document.body.innerText);
  const m = /([\d,]+) entries/.exec(text);
  return m ? Number(m[1]!.replace(/,/g, '')) : undefined;
}

async function typicalOpen(env: BenchEnv) {
  const browser = await env.extension();
  const open: number[] = [];
  const pageReady: number[] = [];
  const switches: number[] = [];
  for (let run = 0; run < env.runs; run++) {
    const page = await browser.context.newPage();
    try {
      await page.goto('https://acme.zendesk.com/agent/tickets/4211');
      const panel = await panelFrame(page, browser.extensionId);
      const shown = await contextShownAt(panel, '4211');
      open.push(shown - (await navigationStart(page)));
      // The page's own readiness, for scale: Baton's content script shares its main thread.
      pageReady.push(await domContentLoaded(page));
      const clickedAt = await page.evaluate(() => {
        (document.querySelector('a[data-test-id="header-tab"][data-entity-id="666"]') as HTMLElement).click();
        return Date.now();
      });
      switches.push((await contextShownAt(panel, '666')) - clickedAt);
    } finally {
      await page.close();
    }
  }
  return { open, pageReady, switches };
}

async function bigOpen(env: BenchEnv, helpdesk: HelpdeskName) {
  const browser = await env.extension();
  const ticket = BIG_TICKETS[helpdesk];
  const open: number[] = [];
  const pageReady: number[] = [];
  const commentRequests: number[] = [];
  const entries: (number | undefined)[] = [];
  for (let run = 0; run < env.runs; run++) {
    const page = await browser.context.newPage();
    try {
      env.server.resetRecords();
      await page.goto(ticket.url);
      const panel = await panelFrame(page, browser.extensionId);
      const shown = await contextShownAt(panel, ticket.id, 60_000);
      open.push(shown - (await navigationStart(page)));
      pageReady.push(await domContentLoaded(page));
      commentRequests.push(env.server.requests.filter((r) => ticket.commentsPath.test(r.path)).length);
      entries.push(await timelineEntries(page, browser.extensionId));
    } finally {
      await page.close();
    }
  }
  return { open, pageReady, commentRequests, entries };
}

export const openGroup: BenchGroup = {
  name: 'open',
  description: 'ticket opened → panel shows context (typical ticket, SPA switch, 1,000-comment tickets)',
  async run(env) {
    const typical = await typicalOpen(env);
    const rows: Row[] = [
      targetRow('Ticket page opened → panel shows context (Zendesk #4211, 6 comments)', median(typical.open), 'ms', '< 300 ms', (v) => v < 300),
      { metric: "For scale: that page's own DOMContentLoaded", value: median(typical.pageReady), unit: 'ms' },
      { metric: 'SPA ticket switch → panel shows context (Zendesk #4211 → #666)', value: median(typical.switches), unit: 'ms' },
    ];
    const big: Record<string, Awaited<ReturnType<typeof bigOpen>>> = {};
    for (const helpdesk of ['zendesk', 'freshdesk', 'jira'] as const) {
      const result = (big[helpdesk] = await bigOpen(env, helpdesk));
      const ticket = BIG_TICKETS[helpdesk];
      const requests = median(result.commentRequests);
      const shownEntries = result.entries.find((n) => n !== undefined);
      rows.push(
        targetRow(
          `1,000-comment ticket opened → panel shows context (${ticket.label}; the API read ${fmt(requests)} comment page(s) — ${ticket.paging} — so the panel's timeline holds ${shownEntries === undefined ? '?' : fmt(shownEntries)} entries; the ticket has ${fmt(BIG_COMMENT_COUNT)} comments${helpdesk === 'zendesk' ? '' : ' + its description'})`,
          median(result.open),
          'ms',
          '< 600 ms',
          (v) => v < 600,
        ),
        { metric: `For scale: that page's own DOMContentLoaded (${ticket.label}, ${fmt(BIG_COMMENT_COUNT)} comments rendered)`, value: median(result.pageReady), unit: 'ms' },
      );
    }
    return { rows, raw: { typical, big } };
  },
};
