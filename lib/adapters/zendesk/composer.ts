import { INTERNAL_NOTE_LABEL, ZENDESK_SELECTORS as S } from './selectors';
import { firstShown, isShown, waitFor } from '../pageReading';
import { visibleWorkspace } from './workspace';

/** The switcher menu is rendered by React after the click; wait this long at most. */
const MENU_WAIT_MS = 1000;
const CONFIRM_WAIT_MS = 500;
/** How far above the channel switcher the composer area may start (toolbar → composer wrapper). */
const COMPOSER_AREA_DEPTH = 6;

/**
 * An editable close to the channel switcher: the composer when its editor markup changed. Only
 * inside the composer's own area: never climbs to an element that also holds the conversation or
 * the ticket's fields (a ticket field is not a composer, and a note must never land in one).
 */
function editableNearSwitcher(ws: Element): HTMLElement | null {
  const switcher = firstShown(ws, S.channelSwitcher);
  let area = switcher?.parentElement ?? null;
  for (let depth = 0; area && area !== ws && depth < COMPOSER_AREA_DEPTH; depth += 1) {
    if (area.querySelector(S.beyondComposerArea)) return null;
    const editable = firstShown(area, S.anyEditable);
    if (editable) return editable;
    area = area.parentElement;
  }
  return null;
}

/** The reply / note editor of the visible ticket workspace. */
export function findComposer(doc: Document): HTMLElement | null {
  const ws = visibleWorkspace(doc);
  if (!ws) return null;
  return firstShown(ws, S.composerEditor) ?? firstShown(ws, S.composerPlainEditor) ?? editableNearSwitcher(ws);
}

function channelSwitcher(doc: Document): HTMLElement | null {
  const ws = visibleWorkspace(doc);
  return ws ? firstShown(ws, S.channelSwitcher) : null;
}

function isInternal(button: Element): boolean {
  return (
    button.getAttribute(S.channelAttribute) === S.internalChannel ||
    INTERNAL_NOTE_LABEL.test(button.getAttribute('aria-label') ?? '')
  );
}

function internalNoteItem(doc: Document): HTMLElement | null {
  const byId = firstShown(doc, S.internalNoteMenuItem);
  if (byId) return byId;
  for (const item of doc.querySelectorAll<HTMLElement>(S.menuItem)) {
    if (INTERNAL_NOTE_LABEL.test(item.textContent ?? '') && isShown(item)) return item;
  }
  return null;
}

/**
 * Switches the visible ticket's composer to an internal note through Zendesk's own channel
 * switcher (so Zendesk's state, not just the DOM, changes). Resolves false instead of throwing
 * when the switcher or its menu item can't be found in time.
 */
export async function switchToInternalNote(doc: Document): Promise<boolean> {
  try {
    const button = channelSwitcher(doc);
    if (!button) return false;
    if (isInternal(button)) return true;
    button.click();
    const item = await waitFor(() => internalNoteItem(doc), MENU_WAIT_MS);
    if (!item) return false;
    item.click();
    // React may re-render the switcher as a new element: look it up again each time.
    const confirmed = await waitFor(() => {
      const current = channelSwitcher(doc);
      return current && isInternal(current) ? current : null;
    }, CONFIRM_WAIT_MS);
    return confirmed !== null;
  } catch {
    return false;
  }
}
