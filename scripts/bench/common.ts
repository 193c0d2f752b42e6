// Shared by the bench groups (scripts/bench/*.ts) and the entry (scripts/bench.ts): the row
// type, medians, the browsers a group may ask for, and the panel's performance marks.
import type { Frame, Page } from 'playwright-core';
import type { LaunchedBrowser, LaunchedExtension } from '../../tests/support/browser';
import type { FixtureServer } from '../../tests/support/fixtureServer';

export type Unit = 'ms' | 'B' | 'ratio' | 'KB' | 'KB/ticket';

export interface Row {
  metric: string;
  value: number;
  unit: Unit;
  /** The target as written in the brief ("< 300 ms"); no target, no verdict. */
  target?: string;
  met?: boolean;
}

/** What a group gets: the run count, the fixture server and the browsers, started on first use. */
export interface BenchEnv {
  runs: number;
  server: FixtureServer;
  /** Chromium with the built extension; the panel has been opened once (the choice is remembered). */
  extension(): Promise<LaunchedExtension>;
  /** The same Chromium without the extension (a second launch): the baseline. */
  plain(): Promise<LaunchedBrowser>;
}

export interface GroupResult {
  rows: Row[];
  /** Every sample behind the rows, for bench.json. */
  raw: unknown;
}

export interface BenchGroup {
  /** For --only=name[,name]. */
  name: string;
  description: string;
  run(env: BenchEnv): Promise<GroupResult>;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A row with a target: `met` is computed here, from the measured value only. */
export function targetRow(metric: string, value: number, unit: Unit, target: string, met: (value: number) => boolean): Row {
  return { metric, value, unit, target, met: Number.isFinite(value) && met(value) };
}

export const fmt = (n: number) => n.toLocaleString('en');

/** Absolute time (ms since epoch) of the latest context-shown mark for `ticketId` in the panel. */
export async function contextShownAt(panel: Frame, ticketId: string, timeout = 30_000): Promise<number> {
  await panel.waitForFunction(
    (id) => performance.getEntriesByName('baton:context-shown').some((e) => (e as PerformanceMark).detail === id),
    ticketId,
    { timeout },
  );
  return panel.evaluate((id) => {
    const marks = performance.getEntriesByName('baton:context-shown').filter((e) => (e as PerformanceMark).detail === id);
    return performance.timeOrigin + marks[marks.length - 1]!.startTime;
  }, ticketId);
}

/** The page's navigation start (ms since epoch), for "since the ticket was opened". */
export function navigationStart(page: Page): Promise<number> {
  return page.evaluate(() => performance.timeOrigin);
}

/** The page's own DOMContentLoaded end (ms since navigation start), for scale. */
export function domContentLoaded(page: Page): Promise<number> {
  return page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
}

/** The fixture helpdesks' ticket URLs, by helpdesk, and the id the panel marks them with. */
export const TYPICAL_TICKETS = {
  zendesk: { label: 'Zendesk #4211', url: 'https://acme.zendesk.com/agent/tickets/4211', id: '4211' },
  freshdesk: { label: 'Freshdesk #5100', url: 'https://acme.freshdesk.com/a/tickets/5100', id: '5100' },
  jira: { label: 'Jira SUP-4211', url: 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-4211', id: 'SUP-4211' },
} as const;

export type HelpdeskName = keyof typeof TYPICAL_TICKETS;
export const HELPDESKS: HelpdeskName[] = ['zendesk', 'freshdesk', 'jira'];
