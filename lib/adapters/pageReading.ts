import { CONTEXT_FIELDS } from '../context';
import type { ContextValues, PartialRead } from './types';

// What every adapter's DOM reader and composer needs from a helpdesk page, written once.

type Visibility = { checkVisibility?: (options?: object) => boolean };

function hiddenItself(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !!style && (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse');
}

/**
 * True when the element is rendered. Walks ancestors for `hidden` / display / visibility
 * (what jsdom can answer), then asks the browser's own `checkVisibility` where it exists:
 * helpdesks hide cached tabs with visibility or opacity, not only display.
 */
export function isShown(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (hiddenItself(node)) return false;
  }
  const check = (el as Element & Visibility).checkVisibility;
  return check ? check.call(el, { visibilityProperty: true, opacityProperty: true }) : true;
}

/** First element matching `selector` inside `root` that is shown. */
export function firstShown<E extends Element = HTMLElement>(root: ParentNode, selector: string): E | null {
  for (const el of root.querySelectorAll<E>(selector)) if (isShown(el)) return el;
  return null;
}

/** Single-line text of a small UI element (a name, a badge, a choice), or undefined when empty. */
export function inlineText(el: Element | null | undefined): string | undefined {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

const POLL_MS = 50;

/**
 * Polls `probe` until it finds something or `timeoutMs` passes: helpdesk SPAs render menus
 * and editors after a click, asynchronously. Resolves null on time-out, never throws.
 */
export async function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs: number): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found) return found;
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export const NOT_ON_PAGE = 'not found on the page';

/** A DOM read as a PartialRead: every field left undefined becomes a "not found" problem. */
export function toPartialRead(read: ContextValues, reason = NOT_ON_PAGE): PartialRead {
  const values: ContextValues = {};
  const problems: PartialRead['problems'] = [];
  for (const field of CONTEXT_FIELDS) {
    if (read[field] === undefined) problems.push({ field, reason });
    else Object.assign(values, { [field]: read[field] });
  }
  return { values, problems };
}
