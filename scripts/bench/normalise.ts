// Reading a 1,000-comment ticket without the network in the way:
// - the API normalisers, called directly in Node on the generated API JSON (all ten pages of
//   100, although the adapters stop after five in the browser): zod schemas + mapping to the
//   context, as the adapters run them; JSON.parse is done before the clock starts;
// - the DOM readers (the API's fallback) on the generated page, in jsdom and in Chromium (the
//   adapters' dom.ts bundled with esbuild and evaluated in the page, no extension loaded).
// Each figure: one untimed warm-up call, then the median of --runs calls.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import type { PartialRead, TicketRef } from '../../lib/adapters/types';
import * as zendeskSchemas from '../../lib/adapters/zendesk/apiSchemas';
import * as zendeskMapping from '../../lib/adapters/zendesk/apiMapping';
import * as freshdeskSchemas from '../../lib/adapters/freshdesk/apiSchemas';
import * as freshdeskMapping from '../../lib/adapters/freshdesk/apiMapping';
import * as jiraSchemas from '../../lib/adapters/jira/apiSchemas';
import * as jiraMapping from '../../lib/adapters/jira/apiMapping';
import { readZendeskDom } from '../../lib/adapters/zendesk/dom';
import { readFreshdeskDom } from '../../lib/adapters/freshdesk/dom';
import { readJiraDom } from '../../lib/adapters/jira/dom';
import type { ReadProblem } from '../../lib/context';
import { repoRoot } from '../../tests/support/browser';
import {
  BIG_COMMENT_COUNT,
  FRESHDESK_BIG_ID,
  JIRA_BIG_KEY,
  ZENDESK_BIG_ID,
  freshdeskBigBundle,
  freshdeskBigTicket,
  freshdeskConversationsPage,
  jiraBigBundle,
  jiraBigIssue,
  jiraRequestCommentsPage,
  zendeskBigBundle,
  zendeskBigTicket,
  zendeskCommentsPage,
} from '../../tests/fixtures/generated/bigTickets';
import { renderZendeskPage } from '../../tests/fixtures/zendesk/renderPage';
import { renderFreshdeskPage } from '../../tests/fixtures/freshdesk/renderPage';
import { renderJiraPage } from '../../tests/fixtures/jira/renderPage';
import { type BenchGroup, HELPDESKS, type HelpdeskName, type Row, fmt, median } from './common';

const PAGES = BIG_COMMENT_COUNT / 100;

// jsdom (a dev dependency, used by the unit tests through vitest) ships no type declarations.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { url: string }) => { window: { document: Document; close(): void } };
};

interface ApiCase {
  /** The API answers as JSON text (parsed fresh, untimed, for every call). */
  json: string;
  /** The adapter's own normalisation of the parsed answers; returns the timeline's length. */
  normalise(answers: unknown): number;
}

function apiCases(): Record<HelpdeskName, ApiCase> {
  const zendesk = zendeskBigTicket();
  const freshdesk = freshdeskBigTicket();
  const jira = jiraBigIssue();
  const pages = (url: (page: number) => string, page: (url: URL) => object) => Array.from({ length: PAGES }, (_, i) => page(new URL(url(i + 1))));
  return {
    zendesk: {
      json: JSON.stringify({
        ticket: zendesk.ticket,
        fields: { ticket_fields: zendesk.fields ?? [] },
        pages: pages((n) => `https://acme.zendesk.com/api/v2/tickets/${ZENDESK_BIG_ID}/comments.json?include=users&page=${n}`, (url) => zendeskCommentsPage(zendesk, url)),
      }),
      normalise(answers) {
        const { ticket, fields, pages } = answers as { ticket: unknown; fields: unknown; pages: unknown[] };
        const S = zendeskSchemas;
        const problems: ReadProblem[] = [];
        const parsedFields = S.TicketFieldsSchema.parse(fields);
        const values = zendeskMapping.mapTicket(S.TicketResponseSchema.parse(ticket), { ok: true, data: parsedFields.ticket_fields.items }, problems);
        const comments = [];
        const users = [];
        for (const page of pages) {
          const parsed = S.CommentsPageSchema.parse(page);
          comments.push(...parsed.comments.items);
          users.push(...(parsed.users?.items ?? []));
        }
        values.timeline = zendeskMapping.mapTimeline(comments, users);
        return values.timeline.length;
      },
    },
    freshdesk: {
      json: JSON.stringify({
        ticket: freshdesk.ticket,
        fields: freshdesk.fields,
        pages: pages((n) => `https://acme.freshdesk.com/api/_/tickets/${FRESHDESK_BIG_ID}/conversations?include=requester&per_page=100&page=${n}`, (url) => freshdeskConversationsPage(freshdesk, 'private', url)),
      }),
      normalise(answers) {
        const { ticket, fields, pages } = answers as { ticket: unknown; fields: unknown; pages: unknown[] };
        const S = freshdeskSchemas;
        const problems: ReadProblem[] = [];
        const parsedTicket = S.TicketResponseSchema.parse(ticket);
        const values = freshdeskMapping.mapTicket(parsedTicket, { ok: true, data: S.TicketFieldsSchema.parse(fields).items }, problems);
        const conversations = [];
        for (const page of pages) conversations.push(...S.ConversationsPageSchema.parse(page).items);
        values.timeline = freshdeskMapping.mapTimeline(parsedTicket, conversations);
        return values.timeline.length;
      },
    },
    jira: {
      json: JSON.stringify({
        issue: jira.issue,
        pages: Array.from({ length: PAGES }, (_, i) =>
          jiraRequestCommentsPage(jira, new URL(`https://acme.atlassian.net/rest/servicedeskapi/request/${JIRA_BIG_KEY}/comment?start=${i * 100}&limit=100`)),
        ),
      }),
      normalise(answers) {
        const { issue, pages } = answers as { issue: unknown; pages: unknown[] };
        const S = jiraSchemas;
        const problems: ReadProblem[] = [];
        const parsedIssue = S.IssueResponseSchema.parse(issue);
        const { values, description } = jiraMapping.mapIssue(parsedIssue, problems);
        const comments = [];
        for (const page of pages) comments.push(...S.RequestCommentsPageSchema.parse(page).values.items);
        const entries = jiraMapping.mapRequestComments(comments, jiraMapping.authorRoles(parsedIssue));
        values.timeline = description ? [description, ...entries] : entries;
        return values.timeline.length;
      },
    },
  };
}

function timeApi(c: ApiCase, runs: number): { times: number[]; entries: number } {
  let entries = c.normalise(JSON.parse(c.json));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const answers = JSON.parse(c.json);
    const started = performance.now();
    entries = c.normalise(answers);
    times.push(performance.now() - started);
  }
  return { times, entries };
}

/** The generated 1,000-comment page of each helpdesk, its URL and the ticket reference the readers get. */
function bigPages(): Record<HelpdeskName, { html: string; ref: TicketRef }> {
  const ref = (helpdesk: HelpdeskName, ticketId: string, url: string): TicketRef => ({ helpdesk, ticketId, origin: new URL(url).origin, url });
  return {
    zendesk: {
      html: renderZendeskPage([zendeskBigBundle()], ZENDESK_BIG_ID),
      ref: ref('zendesk', ZENDESK_BIG_ID, `https://acme.zendesk.com/agent/tickets/${ZENDESK_BIG_ID}`),
    },
    freshdesk: {
      html: renderFreshdeskPage([freshdeskBigBundle()], FRESHDESK_BIG_ID),
      ref: ref('freshdesk', FRESHDESK_BIG_ID, `https://acme.freshdesk.com/a/tickets/${FRESHDESK_BIG_ID}`),
    },
    jira: {
      html: renderJiraPage([jiraBigBundle()], JIRA_BIG_KEY, 'issue'),
      ref: ref('jira', JIRA_BIG_KEY, `https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/${JIRA_BIG_KEY}`),
    },
  };
}

const domReaders: Record<HelpdeskName, (ref: TicketRef, doc: Document) => PartialRead> = {
  zendesk: readZendeskDom,
  freshdesk: readFreshdeskDom,
  jira: readJiraDom,
};

function timeJsdom(helpdesk: HelpdeskName, page: { html: string; ref: TicketRef }, runs: number): { times: number[]; entries: number } {
  const dom = new JSDOM(page.html, { url: page.ref.url });
  try {
    const read = () => domReaders[helpdesk](page.ref, dom.window.document);
    let entries = read().values.timeline?.length ?? 0;
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      entries = read().values.timeline?.length ?? 0;
      times.push(performance.now() - started);
    }
    return { times, entries };
  } finally {
    dom.window.close();
  }
}

/** lib/adapters/*\/dom.ts as one script defining globalThis.__batonBenchReaders. */
async function readersBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: [
        "import { readZendeskDom } from './lib/adapters/zendesk/dom';",
        "import { readFreshdeskDom } from './lib/adapters/freshdesk/dom';",
        "import { readJiraDom } from './lib/adapters/jira/dom';",
        '(globalThis as any).__batonBenchReaders = { zendesk: readZendeskDom, freshdesk: readFreshdeskDom, jira: readJiraDom };',
      ].join('\n'),
      resolveDir: repoRoot,
      loader: 'ts',
      sourcefile: 'bench-dom-readers.ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export const normaliseGroup: BenchGroup = {
  name: 'normalise',
  description: 'normalise a 1,000-comment API answer (Node) and read the 1,000-comment page (DOM fallback: jsdom, Chromium)',
  async run(env) {
    const rows: Row[] = [];
    const raw: Record<string, unknown> = {};
    const cases = apiCases();
    for (const helpdesk of HELPDESKS) {
      const result = timeApi(cases[helpdesk], env.runs);
      raw[`api:${helpdesk}`] = result;
      rows.push({
        metric: `Normalise a 1,000-comment API answer in Node (${helpdesk}: zod + mapping of the ticket and ${PAGES} comment pages of 100 → ${fmt(result.entries)} timeline entries; JSON.parse excluded)`,
        value: median(result.times),
        unit: 'ms',
      });
    }

    const pages = bigPages();
    for (const helpdesk of HELPDESKS) {
      const result = timeJsdom(helpdesk, pages[helpdesk], env.runs);
      raw[`jsdom:${helpdesk}`] = result;
      rows.push({
        metric: `DOM fallback: read the 1,000-comment page in jsdom (${helpdesk}'s readDom → ${fmt(result.entries)} timeline entries)`,
        value: median(result.times),
        unit: 'ms',
      });
    }

    const browser = await env.plain();
    const bundle = await readersBundle();
    for (const helpdesk of HELPDESKS) {
      const page = await browser.context.newPage();
      try {
        await page.goto(pages[helpdesk].ref.url, { waitUntil: 'load' });
        await page.evaluate(bundle);
        const result = await page.evaluate(
          ({ name, ref, runs }) => {
            const read = (globalThis as any).__batonBenchReaders[name];
            let entries = read(ref, document).values.timeline?.length ?? 0;
            const times: number[] = [];
            for (let run = 0; run < runs; run++) {
              const started = performance.now();
              entries = read(ref, document).values.timeline?.length ?? 0;
              times.push(performance.now() - started);
            }
            return { times, entries: entries as number };
          },
          { name: helpdesk, ref: pages[helpdesk].ref, runs: env.runs },
        );
        raw[`chromium:${helpdesk}`] = result;
        rows.push({
          metric: `DOM fallback: read the 1,000-comment page in Chromium (${helpdesk}'s readDom in the served page → ${fmt(result.entries)} timeline entries)`,
          value: median(result.times),
          unit: 'ms',
        });
      } finally {
        await page.close();
      }
    }
    return { rows, raw };
  },
};
