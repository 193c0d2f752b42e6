// Main-thread time Baton adds to a helpdesk page's load. The same ticket page is loaded in two
// Chromiums of the same run, one with the extension and one without (a second launch without
// --load-extension), samples interleaved so both see the same machine load. Each sample is a
// fresh tab with the DevTools Protocol's Performance domain enabled before navigation; its
// counters are read once the page has loaded and settled:
// - without Baton: load event + QUIET_MS;
// - with Baton: load event and the panel showing the ticket's context, + QUIET_MS.
// TaskDuration is the page's main-thread task time (wall time of every task: parsing, the
// page's scripts, Baton's content script, style, layout). ThreadTime is the main thread's CPU
// time over the same window, less inflated by other processes taking the CPU. The panel itself
// is an extension-origin iframe in its own process: not the page's main thread, not counted.
import type { BrowserContext } from 'playwright-core';
import { panelFrame } from '../../tests/e2e/panelDriver';
import { type BenchGroup, HELPDESKS, type HelpdeskName, type Row, TYPICAL_TICKETS, contextShownAt, fmt, median, targetRow } from './common';

const QUIET_MS = 1_000;

const signed = (ms: number) => `${ms >= 0 ? '+' : '−'}${fmt(Math.abs(Math.round(ms)))}`;

interface Sample {
  taskMs: number;
  scriptMs: number;
  threadMs: number;
}

async function sample(context: BrowserContext, helpdesk: HelpdeskName, extensionId: string | undefined): Promise<Sample> {
  const ticket = TYPICAL_TICKETS[helpdesk];
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(ticket.url, { waitUntil: 'load' });
    if (extensionId) await contextShownAt(await panelFrame(page, extensionId), ticket.id);
    await page.waitForTimeout(QUIET_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const seconds = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    await cdp.detach();
    return { taskMs: seconds('TaskDuration') * 1000, scriptMs: seconds('ScriptDuration') * 1000, threadMs: seconds('ThreadTime') * 1000 };
  } finally {
    await page.close();
  }
}

export const pageCostGroup: BenchGroup = {
  name: 'pagecost',
  description: "main-thread time of a helpdesk page's load with / without the extension (CDP Performance.getMetrics)",
  async run(env) {
    const withExtension = await env.extension();
    const without = await env.plain();
    const rows: Row[] = [];
    const raw: Record<string, { with: Sample[]; without: Sample[] }> = {};
    for (const helpdesk of HELPDESKS) {
      // One discarded load each: the first load of a browser is not the one an agent repeats all day.
      await sample(without.context, helpdesk, undefined);
      await sample(withExtension.context, helpdesk, withExtension.extensionId);
      const samples = (raw[helpdesk] = { with: [] as Sample[], without: [] as Sample[] });
      for (let run = 0; run < env.runs; run++) {
        samples.without.push(await sample(without.context, helpdesk, undefined));
        samples.with.push(await sample(withExtension.context, helpdesk, withExtension.extensionId));
      }
      const m = (list: Sample[], key: keyof Sample) => median(list.map((s) => s[key]));
      const label = TYPICAL_TICKETS[helpdesk].label;
      const task = { with: m(samples.with, 'taskMs'), without: m(samples.without, 'taskMs') };
      const thread = { with: m(samples.with, 'threadMs'), without: m(samples.without, 'threadMs') };
      const script = { with: m(samples.with, 'scriptMs'), without: m(samples.without, 'scriptMs') };
      rows.push(
        {
          metric: `Page load + settle, main-thread task time without Baton (${label}; of which script ${fmt(Math.round(script.without))} ms)`,
          value: task.without,
          unit: 'ms',
        },
        {
          metric: `Page load + settle, main-thread task time with Baton (${label}; of which script ${fmt(Math.round(script.with))} ms; ${signed(task.with - task.without)} ms)`,
          value: task.with,
          unit: 'ms',
        },
        targetRow(`Main-thread task time with / without Baton (${label}; ratio of the medians)`, task.with / task.without, 'ratio', '≤ 1.05', (v) => v <= 1.05),
        targetRow(
          `Main-thread CPU time (ThreadTime) with / without Baton (${label}; ${fmt(Math.round(thread.with))} / ${fmt(Math.round(thread.without))} ms, ${signed(thread.with - thread.without)} ms; CPU time, so less inflated by other processes on the cores)`,
          thread.with / thread.without,
          'ratio',
          '≤ 1.05',
          (v) => v <= 1.05,
        ),
      );
    }
    return { rows, raw: { quietMs: QUIET_MS, samples: raw } };
  },
};
