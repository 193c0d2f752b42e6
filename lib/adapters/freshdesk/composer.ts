import { firstShown, isShown, waitFor } from '../pageReading';
import { visibleTicketPage } from './page';
import { FRESHDESK_SELECTORS as S, NOTE_ACTION_LABEL } from './selectors';

/** Opening the note editor mounts Froala (Ember renders, then Froala initialises): allow time. */
const NOTE_EDITOR_WAIT_MS = 2000;

/** The shown editor panel's Froala editable, preferring a panel in note mode. */
function openEditable(scope: Element): HTMLElement | null {
  const panels = [...scope.querySelectorAll(S.editorPanel)].filter(isShown);
  const ordered = [...panels.filter(isNotePanel), ...panels.filter((p) => !isNotePanel(p))];
  for (const panel of ordered) {
    const editable = firstShown(panel, S.froalaEditable);
    if (editable) return editable;
  }
  return firstShown(scope, S.froalaEditable);
}

/**
 * The reply / note editor of the shown ticket. Freshdesk mounts its Froala editor only once the
 * agent picks Reply or Add note; until then the composer is the collapsed reply bar, which is
 * returned instead so the caller asks switchToInternalNote to open the note editor (and then
 * looks the composer up again, getting the Froala editable).
 */
export function findComposer(doc: Document): HTMLElement | null {
  const scope = visibleTicketPage(doc);
  if (!scope) return null;
  return openEditable(scope) ?? firstShown(scope, S.collapsedComposer);
}

function isNotePanel(panel: Element): boolean {
  if (panel.getAttribute(S.editorTypeAttribute) === S.noteType) return true;
  return [...panel.querySelectorAll(S.noteAction)].some((tab) => tab.matches(S.selectedTab));
}

/** True when the shown ticket has its note (private) editor open, shown and editable. */
export function isNoteEditorOpen(doc: Document): boolean {
  const scope = visibleTicketPage(doc);
  if (!scope) return false;
  return [...scope.querySelectorAll(S.editorPanel)].some(
    (panel) => isShown(panel) && isNotePanel(panel) && firstShown(panel, S.froalaEditable) !== null,
  );
}

/** The shown "Add note" button or Note tab; never Reply or Forward. */
function noteAction(scope: Element): HTMLElement | null {
  const byId = firstShown(scope, S.noteAction);
  if (byId) return byId;
  for (const button of scope.querySelectorAll<HTMLElement>(S.actionButton)) {
    if (NOTE_ACTION_LABEL.test(button.textContent ?? '') && isShown(button)) return button;
  }
  return null;
}

/**
 * Opens the shown ticket's private note editor through Freshdesk's own "Add note" action (so
 * Freshdesk's state, not just the DOM, changes). Resolves true only when the note editor is
 * open and shown; false instead of throwing when the action or the editor can't be found.
 */
export async function switchToInternalNote(doc: Document): Promise<boolean> {
  try {
    if (isNoteEditorOpen(doc)) return true;
    const scope = visibleTicketPage(doc);
    const action = scope ? noteAction(scope) : null;
    if (!action) return false;
    action.click();
    return (await waitFor(() => isNoteEditorOpen(doc), NOTE_EDITOR_WAIT_MS)) !== null;
  } catch {
    return false;
  }
}
