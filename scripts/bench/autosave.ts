// Autosave, in the extension as the agent uses it (drafts live in the background's IndexedDB,
// reached by runtime messages):
// - one draft write: the panel's 'draft.put' message round trip for a typical draft (the
//   background validates it and Dexie puts it; answered once the transaction is done);
// - last keystroke → durable: the agent types in the panel; the service worker polls its own
//   IndexedDB every few ms until the typed text is in the stored draft. The delay includes the
//   panel's debounce (autosaveDelayMs, 250 ms by default), which is what the agent waits for.
import type { Frame } from 'playwright-core';
import { field, panelFrame } from '../../tests/e2e/panelDriver';
import { type Draft, DraftSchema, draftKey } from '../../lib/draft';
import { type BenchGroup, type Row, TYPICAL_TICKETS, contextShownAt, median } from './common';

const WRITES_PER_RUN = 20;

/** A draft as the standard template leaves it: four sections of a few sentences each. */
function typicalDraft(n: number): Draft {
  const host = 'bench.zendesk.com';
  const ticketId = String(900_000 + n);
  return DraftSchema.parse({
    schemaVersion: 1,
    key: draftKey('zendesk', host, ticketId),
    helpdesk: 'zendesk',
    host,
    ticketId,
    subject: `Bench draft ${n}: CSV export times out for large accounts`,
    url: `https://${host}/agent/tickets/${ticketId}`,
    templateId: 'default',
    answers: {
      happening: 'Customer reports: CSV export times out for large accounts. Started after their change window on Tuesday; affects 14 users.',
      tried: 'Cleared cache and cookies → same.\nReproduced in a private window → same.\nChecked the status page → all green.',
      hypothesis: 'Looks like the export worker hits its time limit for tenants above two million rows; only this tenant is that large.',
      'verify-first': 'Check the export worker logs for tenant 4471 around 09:00 UTC and the job duration histogram.',
    },
    updatedAt: Date.now(),
  });
}

/** ms per 'draft.put' round trip, measured in the panel (an extension page, as the real sender). */
function timeDraftPuts(panel: Frame, drafts: Draft[]): Promise<number[]> {
  return panel.evaluate(async (rows) => {
    const times: number[] = [];
    for (const draft of rows) {
      const started = performance.now();
      const reply = await (globalThis as any).chrome.runtime.sendMessage({ type: 'draft.put', draft });
      times.push(performance.now() - started);
      if (!reply?.ok) throw new Error(`draft.put refused: ${JSON.stringify(reply)}`);
    }
    return times;
  }, drafts);
}

export const autosaveGroup: BenchGroup = {
  name: 'autosave',
  description: 'one draft write (message round trip) and last keystroke → draft durable in IndexedDB',
  async run(env) {
    const browser = await env.extension();
    const ticket = TYPICAL_TICKETS.zendesk;
    const key = draftKey('zendesk', new URL(ticket.url).host, ticket.id);
    const writes: number[][] = [];
    const durable: number[] = [];
    const page = await browser.context.newPage();
    try {
      await page.goto(ticket.url);
      const panel = await panelFrame(page, browser.extensionId);
      await contextShownAt(panel, ticket.id);
      // Warm-up: the first message wakes the background's Dexie.
      await timeDraftPuts(panel, [typicalDraft(-1)]);
      for (let run = 0; run < env.runs; run++) {
        writes.push(await timeDraftPuts(panel, Array.from({ length: WRITES_PER_RUN }, (_, i) => typicalDraft(run * WRITES_PER_RUN + i))));
      }

      const hypothesis = field(panel, /Current hypothesis/);
      await hypothesis.waitFor();
      await panel.waitForFunction(() => !document.querySelector('textarea:disabled'));
      await panel.evaluate(() => {
        document.addEventListener('input', (event) => ((globalThis as any).__benchLastInput = performance.timeOrigin + event.timeStamp), true);
      });
      for (let run = 0; run < env.runs; run++) {
        const text = `Autosave bench ${run} ${Date.now()}: the signer cache kept the old key`;
        await hypothesis.fill('');
        await page.waitForTimeout(400); // the clearing's own save goes first
        // Polls the background's IndexedDB from the service worker itself, every 5 ms.
        const storedAt = browser.serviceWorker.evaluate(
          async ({ draftKey: k, expected }) => {
            const db = await new Promise<IDBDatabase>((resolve, reject) => {
              const open = indexedDB.open('baton');
              open.onsuccess = () => resolve(open.result);
              open.onerror = () => reject(open.error);
            });
            try {
              const deadline = Date.now() + 15_000;
              while (Date.now() < deadline) {
                const row = await new Promise<any>((resolve) => {
                  const request = db.transaction('drafts', 'readonly').objectStore('drafts').get(k);
                  request.onsuccess = () => resolve(request.result);
                  request.onerror = () => resolve(undefined);
                });
                if (row?.answers?.hypothesis === expected) return performance.timeOrigin + performance.now();
                await new Promise((resolve) => setTimeout(resolve, 5));
              }
              return null;
            } finally {
              db.close();
            }
          },
          { draftKey: key, expected: text },
        );
        await hypothesis.pressSequentially(text);
        const at = await storedAt;
        const lastInput = await panel.evaluate(() => (globalThis as any).__benchLastInput as number);
        if (at === null) throw new Error('The typed draft never reached IndexedDB within 15 s');
        durable.push(at - lastInput);
      }
    } finally {
      await page.close();
    }
    const perRun = writes.map(median);
    const rows: Row[] = [
      {
        metric: `One draft write: panel → background 'draft.put' round trip, validated and put by Dexie (typical 4-section draft; median of ${WRITES_PER_RUN} writes per run)`,
        value: median(perRun),
        unit: 'ms',
      },
      {
        metric: 'Last keystroke in the panel → draft durable in the background\'s IndexedDB (includes the 250 ms autosave debounce)',
        value: median(durable),
        unit: 'ms',
      },
    ];
    return { rows, raw: { writes, durable } };
  },
};
