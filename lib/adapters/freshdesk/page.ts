import { isShown } from '../pageReading';
import { FRESHDESK_SELECTORS as S } from './selectors';

function displayedId(page: Element): string | undefined {
  return /\d+/.exec(page.querySelector(S.displayId)?.textContent ?? '')?.[0];
}

/**
 * The shown ticket view of ticket `ticketId`, or null when that ticket is not on screen.
 * Ember keeps the previous ticket's view around during a transition (and the fixture keeps
 * visited tickets hidden), so both the display id and visibility must match.
 */
export function ticketPage(doc: Document, ticketId: string): Element | null {
  if (!/^\d+$/.test(ticketId)) return null;
  for (const page of doc.querySelectorAll(S.ticketPage)) {
    if (displayedId(page) === ticketId && isShown(page)) return page;
  }
  return null;
}

/**
 * The shown ticket view, for callers that don't know the ticket id (the composer). When the
 * page has no recognisable ticket views the whole body is searched, still visible-only.
 */
export function visibleTicketPage(doc: Document): Element | null {
  const pages = doc.querySelectorAll(S.ticketPage);
  if (pages.length === 0) return doc.body;
  for (const page of pages) if (isShown(page)) return page;
  return null;
}
