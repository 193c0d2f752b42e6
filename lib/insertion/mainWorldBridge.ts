/**
 * Runs in the helpdesk page's MAIN world (injected with scripting.executeScript only when
 * the agent inserts), where editors keep their JavaScript instances. It must be
 * self-contained: it is serialised, so it may not reference imports or outer variables.
 *
 * Returns the name of the editor API that took the note, or null when the element has
 * no known editor instance (the content script then falls back to paste/execCommand).
 */
export function insertThroughEditorApi(token: string, html: string): string | null {
  const target = document.querySelector(`[data-baton-target="${token}"]`);
  if (!target) return null;
  // CKEditor 5 keeps its instance on the editable element. Going through its data
  // pipeline keeps the note in the editor's model; writing innerHTML would be undone
  // on the next render.
  type CkEditor = {
    data: { processor: { toView(html: string): unknown }; toModel(view: unknown): unknown };
    model: { insertContent(content: unknown): unknown };
    editing?: { view?: { focus?(): void } };
  };
  const ck = (target as unknown as { ckeditorInstance?: CkEditor }).ckeditorInstance;
  if (ck?.data?.processor && ck.model) {
    ck.editing?.view?.focus?.();
    const view = ck.data.processor.toView(html);
    ck.model.insertContent(ck.data.toModel(view));
    return 'ckeditor5-api';
  }
  // Froala keeps its instances on the global constructor; html.insert(…, true) runs the
  // editor's own cleaning and keeps its undo stack and model in step.
  type Froala = { el?: Element; html: { insert(html: string, clean?: boolean): void }; undo?: { saveStep?(): void } };
  const froalaInstances = (window as unknown as { FroalaEditor?: { INSTANCES?: Froala[] } }).FroalaEditor?.INSTANCES ?? [];
  const froala = froalaInstances.find((instance) => instance.el === target);
  if (froala?.html?.insert) {
    froala.html.insert(html, true);
    froala.undo?.saveStep?.();
    return 'froala-api';
  }
  return null;
}
