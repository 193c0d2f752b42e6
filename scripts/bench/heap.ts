// The panel's JavaScript heap across 20 tickets opened in a row in one tab: the generated
// Zendesk tickets #7001–#7020 (copies of the recorded #4211) as tabs of one Agent Workspace
// page, switched like an agent does (SPA navigation; the panel stays the same document).
// Sampled on the panel frame's own DevTools target (an out-of-process extension iframe):
// HeapProfiler.collectGarbage twice, then Runtime.getHeapUsage's usedSize. That heap is the
// extension renderer's main-thread isolate, which holds only this panel while the bench runs
// (the service worker has an isolate of its own).
import type { CDPSession } from 'playwright-core';
import { panelFrame } from '../../tests/e2e/panelDriver';
import { ZENDESK_TYPICAL_IDS } from '../../tests/fixtures/generated/bigTickets';
import { type BenchGroup, type Row, contextShownAt, fmt, median, targetRow } from './common';

const SETTLE_MS = 300;
/** "No growth", allowing for what a forced GC leaves from one sample to the next. */
const NO_GROWTH_KB_PER_TICKET = 1;

async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}

export const heapGroup: BenchGroup = {
  name: 'heap',
  description: "the panel's JS heap after ticket 1 and ticket 20 opened in one tab (forced GC)",
  async run(env) {
    const browser = await env.extension();
    const ids = ZENDESK_TYPICAL_IDS;
    const first: number[] = [];
    const last: number[] = [];
    const perTicket: number[] = [];
    const secondPass: number[] = [];
    for (let run = 0; run < env.runs; run++) {
      const page = await browser.context.newPage();
      try {
        await page.goto(`https://acme.zendesk.com/agent/tickets/${ids[0]}`);
        const panel = await panelFrame(page, browser.extensionId);
        await contextShownAt(panel, ids[0]!);
        const session = await browser.context.newCDPSession(panel);
        await page.waitForTimeout(SETTLE_MS);
        const h1 = await heapAfterGc(session);
        for (const id of ids.slice(1)) {
          await page.evaluate((ticketId) => (document.querySelector(`a[data-test-id="header-tab"][data-entity-id="${ticketId}"]`) as HTMLElement).click(), id);
          await contextShownAt(panel, id);
        }
        await page.waitForTimeout(SETTLE_MS);
        const h20 = await heapAfterGc(session);
        // For reading the growth: the same 20 tickets once more (nothing new to learn or compile).
        for (const id of ids) {
          await page.evaluate((ticketId) => (document.querySelector(`a[data-test-id="header-tab"][data-entity-id="${ticketId}"]`) as HTMLElement).click(), id);
          await contextShownAt(panel, id);
        }
        await page.waitForTimeout(SETTLE_MS);
        const h40 = await heapAfterGc(session);
        await session.detach();
        first.push(h1);
        last.push(h20);
        perTicket.push((h20 - h1) / (ids.length - 1));
        secondPass.push((h40 - h20) / ids.length);
      } finally {
        await page.close();
      }
    }
    const kb = (bytes: number) => bytes / 1024;
    const rows: Row[] = [
      { metric: `Panel JS heap after ticket 1 (Zendesk #${ids[0]}; forced GC)`, value: kb(median(first)), unit: 'KB' },
      { metric: `Panel JS heap after ticket ${ids.length} in the same tab (SPA switches #${ids[1]}–#${ids[ids.length - 1]}; forced GC)`, value: kb(median(last)), unit: 'KB' },
      targetRow(
        `Panel JS heap growth per ticket ((ticket ${ids.length} − ticket 1) / ${ids.length - 1}; "no growth" read as ≤ ${fmt(NO_GROWTH_KB_PER_TICKET)} KB/ticket)`,
        kb(median(perTicket)),
        'KB/ticket',
        'no growth',
        (v) => v <= NO_GROWTH_KB_PER_TICKET,
      ),
      {
        metric: `For reading the growth: heap growth per ticket on a second pass over the same ${ids.length} tickets in that tab (no ticket new to the panel, no code path run for the first time)`,
        value: kb(median(secondPass)),
        unit: 'KB/ticket',
      },
    ];
    return { rows, raw: { first, last, perTicket, secondPass } };
  },
};
