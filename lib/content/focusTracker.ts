/** Remembers the last editor the agent focused on the page: that is where the note goes. */
export function trackLastEditor(doc: Document, signal: AbortSignal): () => HTMLElement | null {
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
  return () => {
    const editor = last?.deref();
    return editor?.isConnected && isShown(editor) ? editor : null;
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

function isShown(element: HTMLElement): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : element.getClientRects().length > 0;
}
