import { isShown } from '../pageReading';
import { ZENDESK_SELECTORS as S } from './selectors';

/**
 * A workspace the agent is looking at. `aria-hidden` counts only on the workspace itself:
 * Garden modals set aria-hidden on the whole app behind them, which must not blank the read.
 */
function isActiveWorkspace(ws: Element): boolean {
  return !ws.matches(S.cachedWorkspace) && ws.getAttribute('aria-hidden') !== 'true' && isShown(ws);
}

function workspaceOf(el: Element): Element {
  return el.closest(S.workspace) ?? el.closest(S.workspaceFallback) ?? el;
}

/** The visible workspace showing ticket `ticketId`, or null when that ticket is not on screen. */
export function ticketWorkspace(doc: Document, ticketId: string): Element | null {
  if (!/^\d+$/.test(ticketId)) return null;
  for (const marker of doc.querySelectorAll(S.ticketIdMarker(ticketId))) {
    const trusted =
      marker.hasAttribute(S.conversationAnchorAttribute) || marker.querySelector(S.conversationLog) !== null;
    if (!trusted) continue;
    const ws = workspaceOf(marker);
    if (isActiveWorkspace(ws) && isShown(marker)) return ws;
  }
  return null;
}

/**
 * The visible ticket workspace, for callers that don't know the ticket id (the composer).
 * When the page has no recognisable workspaces the whole body is searched, still visible-only.
 */
export function visibleWorkspace(doc: Document): Element | null {
  const workspaces = doc.querySelectorAll(S.workspace);
  if (workspaces.length === 0) return doc.body;
  for (const ws of workspaces) if (isActiveWorkspace(ws)) return ws;
  return null;
}
