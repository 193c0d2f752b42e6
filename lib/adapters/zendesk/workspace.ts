import { ZENDESK_SELECTORS as S } from './selectors';

type Visibility = { checkVisibility?: (options?: object) => boolean };

function hiddenItself(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !!style && (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse');
}

/**
 * True when the element is rendered. Walks ancestors for `hidden` / display / visibility
 * (what jsdom can answer), then asks the browser's own `checkVisibility` where it exists.
 */
export function isShown(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (hiddenItself(node)) return false;
  }
  const check = (el as Element & Visibility).checkVisibility;
  return check ? check.call(el, { visibilityProperty: true, opacityProperty: true }) : true;
}

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

/** First element matching `selector` inside `root` that is shown. */
export function firstShown<E extends Element = HTMLElement>(root: ParentNode, selector: string): E | null {
  for (const el of root.querySelectorAll<E>(selector)) if (isShown(el)) return el;
  return null;
}
