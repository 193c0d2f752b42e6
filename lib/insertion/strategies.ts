export interface NotePayload {
  html: string;
  text: string;
  /** What the target editor renders well; decides html vs text for strategies that must choose. */
  format: 'html' | 'text';
}

/** One way of putting the note into an editor. Resolves true when it believes it inserted. */
export interface InsertionStrategy {
  name: string;
  applies(target: HTMLElement): boolean;
  run(target: HTMLElement, note: NotePayload): Promise<boolean> | boolean;
}

export function isTextField(target: HTMLElement): target is HTMLTextAreaElement | HTMLInputElement {
  return target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement;
}

/** Puts the caret at the end of a contenteditable unless the agent's selection is already inside it. */
export function placeCaret(target: HTMLElement): void {
  target.focus();
  const selection = target.ownerDocument.getSelection();
  if (!selection) return;
  if (selection.rangeCount > 0 && target.contains(selection.getRangeAt(0).commonAncestorContainer)) return;
  const range = target.ownerDocument.createRange();
  range.selectNodeContents(target);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * A synthetic paste carrying text/html and text/plain. Rich editors (CKEditor 5, Froala,
 * ProseMirror) run it through their own clipboard pipeline, which is what keeps the note
 * in their model; setting innerHTML would be overwritten on their next render.
 */
export const syntheticPaste: InsertionStrategy = {
  name: 'paste',
  applies: (target) => target.isContentEditable,
  run(target, note) {
    placeCaret(target);
    const data = new DataTransfer();
    if (note.format === 'html') data.setData('text/html', note.html);
    data.setData('text/plain', note.text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    target.dispatchEvent(event);
    // An editor that handled the paste cancels the default; a synthetic paste has no default
    // action anyway, so an unhandled one inserted nothing.
    return event.defaultPrevented;
  },
};

/** execCommand: deprecated but still the path many simpler contenteditable editors listen to. */
export const execCommandInsert: InsertionStrategy = {
  name: 'execCommand',
  applies: (target) => target.isContentEditable,
  run(target, note) {
    placeCaret(target);
    const doc = target.ownerDocument;
    return note.format === 'html' ? doc.execCommand('insertHTML', false, note.html) : doc.execCommand('insertText', false, note.text);
  },
};

/**
 * Plain textareas: setRangeText at the caret, then an input event so frameworks that
 * track the value (React, Ember) see the change.
 */
export const textareaInsert: InsertionStrategy = {
  name: 'textarea',
  applies: isTextField,
  run(target, note) {
    if (!isTextField(target)) return false;
    target.focus();
    const start = target.selectionStart ?? target.value.length;
    const end = target.selectionEnd ?? start;
    const before = target.value.slice(0, start);
    const separator = before.trim() && !before.endsWith('\n\n') ? (before.endsWith('\n') ? '\n' : '\n\n') : '';
    target.setRangeText(separator + note.text, start, end, 'end');
    target.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: note.text }));
    return true;
  },
};
