import { firstShown, isShown, waitFor } from '../pageReading';
import { currentIssueView } from './issueView';
import { CUSTOMER_REPLY_LABEL, INTERNAL_NOTE_LABEL, JIRA_SELECTORS as S } from './selectors';

/** Jira loads the comment editor's code on first open; give it this long to appear. */
const OPEN_WAIT_MS = 4000;

/** The add-comment area of the issue in the page's URL (the modal's, over a board). */
function composerArea(doc: Document): HTMLElement | null {
  const view = currentIssueView(doc);
  return view ? firstShown<HTMLElement>(view, S.composerArea) : null;
}

function openEditor(area: Element | null): HTMLElement | null {
  return area ? firstShown<HTMLElement>(area, S.editor) : null;
}

/**
 * The open comment editor of the visible issue, or null while it is collapsed: Jira renders
 * only buttons until the agent picks a mode, and switchToInternalNote is what opens it.
 */
export function findComposer(doc: Document): HTMLElement | null {
  return openEditor(composerArea(doc));
}

function label(el: Element): string {
  return `${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
}

/** "Add internal note", and never anything that mentions the customer. */
function isInternalControl(el: Element): boolean {
  const text = label(el);
  return INTERNAL_NOTE_LABEL.test(text) && !CUSTOMER_REPLY_LABEL.test(text);
}

function isSelected(el: Element): boolean {
  return el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-pressed') === 'true';
}

function internalControl(area: Element, selector: string): HTMLElement | null {
  for (const el of area.querySelectorAll<HTMLElement>(selector)) {
    if (isShown(el) && isInternalControl(el)) return el;
  }
  return null;
}

/** Internal-note mode confirmed: its tab is selected and the editor is open. */
function internalNoteOpen(doc: Document): HTMLElement | null {
  const area = composerArea(doc);
  const tab = area ? internalControl(area, S.composerTab) : null;
  return tab && isSelected(tab) ? openEditor(area) : null;
}

/**
 * A service project's composer whose controls we did not recognise: customers can be written
 * to from here, so nothing is guessed. Judged from the controls, never from what the agent typed.
 */
function isServiceComposer(doc: Document, area: Element): boolean {
  if (doc.location.pathname.includes('/servicedesk/')) return true;
  const controls = [...area.querySelectorAll('button, [role="tab"], [role="radio"], label')].filter((el) => !el.closest(S.editor));
  return controls.some((el) => CUSTOMER_REPLY_LABEL.test(label(el)) || INTERNAL_NOTE_LABEL.test(label(el)));
}

/**
 * Puts the visible issue's composer into internal-note mode through Jira's own controls, so
 * Jira's state (not just the DOM) changes:
 * - Service Management, editor open: selects the "Add internal note" tab;
 * - Service Management, collapsed: clicks "Add internal note" (never "Reply to customer");
 * - Jira Software / Work Management: opens the comment editor. Those projects have no customer
 *   channel: a comment is seen only by the site's users, which is what an internal note is.
 * Resolves true once the internal-note editor is open; false (never throws) otherwise.
 */
export async function switchToInternalNote(doc: Document): Promise<boolean> {
  try {
    const area = composerArea(doc);
    if (!area) return false;
    const tab = internalControl(area, S.composerTab);
    const button = tab ?? internalControl(area, S.composerButton);
    if (button) {
      if (!isSelected(button)) button.click();
      return (await waitFor(() => internalNoteOpen(doc), OPEN_WAIT_MS)) !== null;
    }
    if (isServiceComposer(doc, area)) return false;
    if (!openEditor(area)) firstShown<HTMLElement>(area, S.commentPlaceholder)?.click();
    return (await waitFor(() => openEditor(composerArea(doc)), OPEN_WAIT_MS)) !== null;
  } catch {
    return false;
  }
}
