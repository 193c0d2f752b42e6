import type { HelpdeskId, ReadProblem, TicketContext } from '../context';

/** Identifies one ticket on one helpdesk, as parsed from a page URL. */
export interface TicketRef {
  helpdesk: HelpdeskId;
  ticketId: string;
  /** Origin of the helpdesk page, e.g. https://acme.zendesk.com. API calls go here. */
  origin: string;
  url: string;
}

/** The fields a reader can supply; the shared merger adds sources and missing. */
export type ContextValues = Partial<
  Pick<
    TicketContext,
    | 'subject'
    | 'status'
    | 'priority'
    | 'requester'
    | 'organization'
    | 'tags'
    | 'customFields'
    | 'timeline'
  >
>;

/** What one reader (API or DOM) managed to read, plus what it could not. */
export interface PartialRead {
  values: ContextValues;
  problems: ReadProblem[];
}

export interface ApiReadEnv {
  /** The content script's fetch: same-origin, carries the agent's session cookie. */
  fetch: typeof fetch;
  signal: AbortSignal;
}

/** The format an editor renders well: rich HTML, or plain text with blank lines. */
export type NoteFormat = 'html' | 'text';

/**
 * One helpdesk. Adding a helpdesk = one folder under lib/adapters implementing this,
 * plus one line in registry.ts, plus fixtures and tests.
 */
export interface HelpdeskAdapter {
  id: HelpdeskId;
  /** Human name shown in the panel ("Zendesk"). */
  label: string;
  /** Manifest match patterns for the content script and host permissions. */
  matches: string[];
  /** True for the helpdesk's own cloud hosts (acme.zendesk.com). Custom domains come from settings. */
  isHelpdeskHost(hostname: string): boolean;
  /**
   * The ticket id shown at `url` (path, query), or null when it is not a ticket page. The
   * registry has already accepted the host and scheme, so custom domains work unchanged.
   */
  ticketIdFromUrl(url: URL): string | null;
  /** Reads from the helpdesk's same-origin REST API with the agent's session. */
  readApi(ref: TicketRef, env: ApiReadEnv): Promise<PartialRead>;
  /** Reads what the page shows, scoped to the visible ticket; the fallback for the API. */
  readDom(ref: TicketRef, doc: Document): PartialRead;
  /** The reply / note editor of the visible ticket, if any. */
  findComposer(doc: Document): HTMLElement | null;
  /**
   * Switches the visible ticket's composer to an internal note.
   * Resolves true when the composer is (now) in internal-note mode.
   */
  switchToInternalNote(doc: Document): Promise<boolean>;
  noteFormat: NoteFormat;
}
