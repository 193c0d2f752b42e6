// Insert click → note verified in the helpdesk's editor, one row per editor engine: CKEditor 5
// (Zendesk), Froala (Freshdesk), ProseMirror (Jira). The time is the panel's own
// 'baton:insert' measure (from the request to the page until the content script has verified
// the note in the editor); afterwards the bench checks the editor's model itself.
import type { Page } from 'playwright-core';
import { fillAgentSections, panelFrame } from '../../tests/e2e/panelDriver';
import { type BenchGroup, HELPDESKS, type HelpdeskName, type Row, TYPICAL_TICKETS, contextShownAt, median } from './common';

const ENGINES: Record<HelpdeskName, { engine: string; editorText(page: Page, id: string): Promise<string> }> = {
  zendesk: {
    engine: 'CKEditor 5',
    editorText: (page, id) => page.evaluate((ticketId) => (window as any).__editors[ticketId].getData() as string, id),
  },
  freshdesk: {
    engine: 'Froala',
    editorText: (page, id) => page.evaluate((ticketId) => (window as any).__editors[ticketId].html.get() as string, id),
  },
  jira: {
    engine: 'ProseMirror',
    editorText: (page, id) => page.evaluate((key) => (window as any).__editors[key].state.doc.textContent as string, id),
  },
};

interface InsertSample {
  ms: number;
  strategy: string;
  /** The note's hypothesis is in the editor's model exactly once. */
  verified: boolean;
}

export const insertGroup: BenchGroup = {
  name: 'insert',
  description: 'insert click → note verified in CKEditor 5, Froala and ProseMirror',
  async run(env) {
    const browser = await env.extension();
    const rows: Row[] = [];
    const raw: Record<string, InsertSample[]> = {};
    for (const helpdesk of HELPDESKS) {
      const ticket = TYPICAL_TICKETS[helpdesk];
      const { engine, editorText } = ENGINES[helpdesk];
      const samples: InsertSample[] = (raw[helpdesk] = []);
      for (let run = 0; run < env.runs; run++) {
        const page = await browser.context.newPage();
        try {
          await page.goto(ticket.url);
          const panel = await panelFrame(page, browser.extensionId);
          await contextShownAt(panel, ticket.id);
          // Zendesk's composer is there from the start; Froala's and ProseMirror's open when Baton asks.
          if (helpdesk === 'zendesk') await page.waitForFunction((id) => Boolean((window as any).__editors?.[id]), ticket.id);
          const hypothesis = `bench hypothesis ${helpdesk} ${run} ${Date.now()}`;
          await fillAgentSections(panel, hypothesis, `bench verify ${run}`);
          await panel.getByRole('button', { name: /^Insert/ }).click();
          // A new panel per page: its first measure is this insert's.
          await panel.waitForFunction(() => performance.getEntriesByName('baton:insert').length > 0, null, { timeout: 30_000 });
          const measure = await panel.evaluate(() => {
            const entry = performance.getEntriesByName('baton:insert')[0] as PerformanceMeasure;
            return { ms: entry.duration, strategy: String(entry.detail) };
          });
          const text = await editorText(page, ticket.id).catch(() => '');
          samples.push({ ...measure, verified: text.split(hypothesis).length - 1 === 1 });
        } finally {
          await page.close();
        }
      }
      const verified = samples.filter((s) => s.verified).length;
      const strategies = [...new Set(samples.map((s) => s.strategy))].join(', ');
      rows.push({
        metric: `Insert click → note verified in ${engine} (${ticket.label}; 'baton:insert' measure; strategy ${strategies}; in the editor's model ${verified}/${samples.length} runs)`,
        value: median(samples.map((s) => s.ms)),
        unit: 'ms',
      });
    }
    return { rows, raw };
  },
};
