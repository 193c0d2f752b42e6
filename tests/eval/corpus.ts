import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mergeReads } from '../../lib/adapters/readTicket';
import { adapters } from '../../lib/adapters/registry';
import { ticketRefFor } from '../../lib/adapters/ticketRef';
import { resetFreshdeskFieldCache } from '../../lib/adapters/freshdesk/api';
import { resetZendeskFieldCache } from '../../lib/adapters/zendesk/api';
import type { TicketContext } from '../../lib/context';
import { CHECKLIST_ITEM_IDS } from '../../lib/quality/checklistItems';
import { ENVIRONMENT_KINDS, IDENTIFIER_KINDS } from '../../lib/quality/types';
import { z } from '../../lib/zod';

// The labelled corpus behind `npm run eval`. Each case is one ticket as the helpdesk's own REST
// API returns it (keyed by request path), plus what a person expects Baton to find in it.
// Cases go through the real adapters, so the engine is measured on what it sees in the panel.

export const CORPUS_DIR = resolve(import.meta.dirname, 'tickets');
const FIXTURES = resolve(import.meta.dirname, '../fixtures');

const Text = z.string().check(z.trim(), z.minLength(1));
/**
 * A timeline entry's id as the adapter maps it: the comment/conversation id, `description-<id>`
 * (Freshdesk) or `description` (Jira); or `field:<label>` for a ticket or organization field.
 */
const EntryId = Text;

export const CaseSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/u)),
  helpdesk: z.enum(['zendesk', 'freshdesk', 'jira']),
  /** Zendesk/Freshdesk number or Jira key. */
  ticketId: Text,
  /** Why this ticket is in the corpus: what makes it easy or hard. */
  about: Text,
  /** Response bodies by request path: `/api/v2/tickets/9101.json`, `/rest/api/3/issue/SUP-9101`… */
  api: z.record(z.string().check(z.regex(/^\//u)), z.unknown()),
  labels: z.object({
    tried: z.array(z.object({ action: Text, result: z.nullable(Text), entry: EntryId })),
    environment: z.array(z.object({ kind: z.enum(ENVIRONMENT_KINDS), value: Text, entry: EntryId })),
    identifiers: z.array(z.object({ kind: z.enum(IDENTIFIER_KINDS), value: Text, entry: EntryId })),
    /** Checklist items the ticket itself (conversation and fields) already provides. */
    present: z.array(z.enum(CHECKLIST_ITEM_IDS)),
  }),
  /** A handoff a senior L2 engineer would accept as it is, keyed by the default template's section ids. */
  goodNote: z.object({
    happening: Text,
    tried: Text,
    hypothesis: Text,
    customer: Text,
    'verify-first': Text,
  }),
  /** Optional: a lazy handoff for the same ticket, with the lint rules a reviewer expects to fire per section. */
  vagueNote: z.optional(
    z.object({
      answers: z.record(z.string(), z.string()),
      expected: z.array(z.object({ section: Text, rule: Text })),
    }),
  ),
});
export type CorpusCase = z.infer<typeof CaseSchema>;

const PAGE_URL = {
  zendesk: (id: string) => `https://acme.zendesk.com/agent/tickets/${id}`,
  freshdesk: (id: string) => `https://acme.freshdesk.com/a/tickets/${id}`,
  jira: (id: string) => `https://acme.atlassian.net/browse/${id}`,
} as const;

/** Field definitions every case may rely on without repeating them. */
const SHARED_FIELDS: Record<string, string> = {
  '/api/v2/ticket_fields.json': join(FIXTURES, 'zendesk/api/ticket_fields.json'),
  '/api/_/ticket_fields': join(FIXTURES, 'freshdesk/api/ticket_fields.json'),
  '/api/v2/ticket_fields': join(FIXTURES, 'freshdesk/api/ticket_fields.json'),
};

function fakeFetch(bodies: Record<string, unknown>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const path = decodeURIComponent(url.pathname);
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    if (path in bodies) return json(bodies[path]);
    const shared = SHARED_FIELDS[path];
    if (shared) return json(JSON.parse(readFileSync(shared, 'utf8')));
    return json({ error: 'not in this case' }, 404);
  }) as typeof fetch;
}

/** The ticket as the panel would get it from the API (no page to fall back to). */
export async function contextOf(testCase: CorpusCase): Promise<TicketContext> {
  const url = PAGE_URL[testCase.helpdesk](testCase.ticketId);
  const adapter = adapters.find((candidate) => candidate.id === testCase.helpdesk)!;
  const ref = ticketRefFor(adapter, url);
  if (!ref) throw new Error(`${testCase.id}: ${url} is not a ticket page`);
  resetZendeskFieldCache();
  resetFreshdeskFieldCache();
  const api = await adapter.readApi(ref, { fetch: fakeFetch(testCase.api), signal: new AbortController().signal });
  return mergeReads(ref, api, { values: {}, problems: [] });
}

/**
 * Half the corpus is held out: the extractors may be improved by studying the other half's
 * misses, never these. Even-numbered cases of every prefix (zd-02, fd-04, jira-06…) are held
 * out, so both people who labelled the corpus and all three helpdesks are in each half.
 */
export function isHeldOut(id: string): boolean {
  const number = Number(/-(\d+)-/u.exec(id)?.[1]);
  return Number.isInteger(number) && number % 2 === 0;
}

/** Every case file, validated; a broken file stops the run with its path and the problem. */
export function loadCorpus(dir = CORPUS_DIR): CorpusCase[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed = CaseSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      if (!parsed.success) {
        throw new Error(`${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      }
      return parsed.data;
    });
}

/** Problems that make a case useless for measuring: labels pointing at entries the ticket lacks. */
export function caseProblems(testCase: CorpusCase, context: TicketContext): string[] {
  const problems: string[] = [];
  const ids = new Set(context.timeline.map((entry) => entry.id));
  if (context.timeline.length === 0) problems.push('the adapter read no timeline: check the api paths and shapes');
  const { tried, environment, identifiers } = testCase.labels;
  const fields = new Set([...context.customFields, ...context.organization.fields].map((field) => `field:${field.label}`));
  for (const label of [...tried, ...environment, ...identifiers]) {
    if (!ids.has(label.entry) && !fields.has(label.entry)) {
      problems.push(`label entry "${label.entry}" is neither a timeline entry (${[...ids].join(', ')}) nor a field (${[...fields].join(', ')})`);
    }
  }
  for (const problem of context.missing) problems.push(`adapter could not read ${problem.field}: ${problem.reason}`);
  return problems;
}
