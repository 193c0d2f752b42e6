import {
  CONTEXT_FIELDS,
  type ContextField,
  type ReadProblem,
  type Source,
  type TicketContext,
} from '../context';
import type { ContextValues, HelpdeskAdapter, PartialRead, TicketRef } from './types';

/**
 * True when a reader read this field. `undefined` means "could not read"; an empty list
 * from a reader means "read, and there is none" (a ticket without tags), which is not missing.
 */
function hasValue(values: ContextValues, field: ContextField): boolean {
  const value = values[field];
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

export interface ReadEnv {
  fetch: typeof fetch;
  signal: AbortSignal;
  document: Document;
}

/**
 * Reads a ticket API-first, then fills every field the API could not supply from the DOM.
 * Never throws for helpdesk problems: what neither source could read is listed in
 * `missing` with the API's reason, so the panel can say "couldn't read X" instead of failing.
 * Throws only when `signal` aborts (the agent moved on to another ticket).
 */
export async function readTicket(adapter: HelpdeskAdapter, ref: TicketRef, env: ReadEnv): Promise<TicketContext> {
  let api: PartialRead;
  try {
    api = await adapter.readApi(ref, env);
  } catch (error) {
    if (env.signal.aborted) throw error;
    api = { values: {}, problems: [{ field: 'subject', reason: 'helpdesk API could not be read' }] };
  }
  const needsDom = CONTEXT_FIELDS.some((field) => !hasValue(api.values, field));
  const dom = needsDom ? await readDomWhenRendered(adapter, ref, env) : { values: {}, problems: [] };
  return mergeReads(ref, api, dom);
}

const DOM_RETRY_MS = 200;
const DOM_PATIENCE_MS = 3000;

function safeReadDom(adapter: HelpdeskAdapter, ref: TicketRef, doc: Document): PartialRead {
  try {
    return adapter.readDom(ref, doc);
  } catch {
    return { values: {}, problems: [] };
  }
}

/**
 * Helpdesks are SPAs: the ticket's DOM can appear well after the document has loaded (and
 * the content script starts before that). Wait for the document, then retry for a bounded
 * time until the ticket's subject or conversation is on the page.
 */
async function readDomWhenRendered(adapter: HelpdeskAdapter, ref: TicketRef, env: ReadEnv): Promise<PartialRead> {
  const doc = env.document;
  if (doc.readyState === 'loading') {
    await new Promise<void>((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true, signal: env.signal }));
  }
  const deadline = Date.now() + DOM_PATIENCE_MS;
  let read = safeReadDom(adapter, ref, doc);
  while (!hasValue(read.values, 'subject') && !hasValue(read.values, 'timeline') && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, DOM_RETRY_MS));
    if (env.signal.aborted) throw env.signal.reason;
    read = safeReadDom(adapter, ref, doc);
  }
  return read;
}

/** Combines an API read and a DOM read: API wins, DOM fills gaps, the rest is reported. */
export function mergeReads(ref: TicketRef, api: PartialRead, dom: PartialRead): TicketContext {
  const values: ContextValues = {};
  const sources: Partial<Record<ContextField, Source>> = {};
  const missing: ReadProblem[] = [];
  const apiReason = (field: ContextField) =>
    api.problems.find((p) => p.field === field)?.reason ?? api.problems[0]?.reason;
  for (const field of CONTEXT_FIELDS) {
    if (hasValue(api.values, field)) {
      Object.assign(values, { [field]: api.values[field] });
      sources[field] = 'api';
    } else if (hasValue(dom.values, field)) {
      Object.assign(values, { [field]: dom.values[field] });
      sources[field] = 'dom';
    } else {
      const reason = apiReason(field) ?? dom.problems.find((p) => p.field === field)?.reason ?? 'not found on the ticket';
      missing.push({ field, reason });
    }
  }
  // Built, not parsed: every value already passed its adapter's schema or is the DOM reader's
  // own typed output, and the panel validates the whole message when it arrives. Parsing it
  // again here cost the helpdesk page's main thread a few ms per ticket (more for long ones).
  return {
    helpdesk: ref.helpdesk,
    ticketId: ref.ticketId,
    url: ref.url,
    requester: {},
    organization: { fields: [] },
    tags: [],
    customFields: [],
    timeline: [],
    ...values,
    sources,
    missing,
  };
}
