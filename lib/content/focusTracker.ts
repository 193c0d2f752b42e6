export interface EditorTracker {
  /** The editor the agent last focused, if it is still on the page and visible. */
  last(): HTMLElement | null;
  /** Forgets it: called when the page switches tickets, so a note never goes to the previous one. */
  reset(): void;
}

/** Remembers the last editor the agent focused on the page: that is where the note goes. */
export function trackLastEditor(doc: Document, signal: AbortSignal): EditorTracker {
  let last: WeakRef<HTMLElement> | null = null;
  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      if (!(target instanceof HTMLElement)) return;
      const editor = editableRoot(target);
      if (editor) last = new WeakRef(editor);
    },
    { capture: true, signal },
  );
  return {
    last() {
      const editor = last?.deref();
      return editor?.isConnected && isShown(editor) ? editor : null;
    },
    reset() {
      last = null;
    },
  };
}

/** The editor element for a focused node: a textarea, or the outermost contenteditable. */
function editableRoot(node: HTMLElement): HTMLElement | null {
  if (node instanceof HTMLTextAreaElement) return node.readOnly || node.disabled ? null : node;
  if (!node.isContentEditable) return null;
  let root = node;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/** Zendesk hides cached ticket tabs with visibility/opacity, not display: check all three. */
function isShown(element: HTMLElement): boolean {
  if (typeof element.checkVisibility === 'function') {
    return element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  }
  return element.getClientRects().length > 0;
}
