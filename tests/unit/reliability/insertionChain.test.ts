// @vitest-environment jsdom
// The insertion chain against an editor that re-renders from its own model: a change it did
// not accept is in the DOM for a moment, then gone. The chain must not call that inserted (the
// agent would submit a ticket without the handoff, believing it is there). The e2e counterpart:
// the rerendering-editor drift in tests/e2e/pageDrift.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import { insertWithChain } from '@/lib/insertion/chain';
import type { InsertionStrategy, NotePayload } from '@/lib/insertion/strategies';

const note: NotePayload = {
  html: '<p><strong>Current hypothesis</strong></p><p>Certificate rotated</p>',
  text: 'CURRENT HYPOTHESIS\nCertificate rotated',
  format: 'html',
};

/** A contenteditable whose "framework" restores its model `afterMs` after any foreign change. */
function rerenderingEditor(afterMs: number): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = '<p>Spoke to the customer.</p>';
  document.body.append(el);
  const model = el.innerHTML;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      observer.disconnect();
      el.innerHTML = model;
      observer.observe(el, { childList: true, subtree: true, characterData: true });
    }, afterMs);
  });
  observer.observe(el, { childList: true, subtree: true, characterData: true });
  return el;
}

/** Like execCommand('insertHTML'): the browser edits the DOM, the editor's model is not asked. */
const domEdit: InsertionStrategy = {
  name: 'execCommand',
  applies: () => true,
  run(target) {
    target.insertAdjacentHTML('beforeend', note.html);
    return true;
  },
};

/** The editor's own API: its model changes, so its re-render keeps the note. */
function modelEdit(setModel: (html: string) => void): InsertionStrategy {
  return {
    name: 'editor-api',
    applies: () => true,
    run(target) {
      const html = target.innerHTML + note.html;
      setModel(html);
      target.innerHTML = html;
      return true;
    },
  };
}

describe('insertWithChain against an editor that re-renders from its model', () => {
  it.each([0, 40, 100])('a DOM-only insert undone %i ms later is not reported as inserted', async (afterMs) => {
    const target = rerenderingEditor(afterMs);
    const result = await insertWithChain(target, note, [domEdit]);
    expect(result).toEqual({ ok: false, tried: ['execCommand'] });
    expect(target.textContent).not.toContain('Certificate rotated');
  });

  it('goes on to the next strategy when the first one was undone, and reports the one that stayed', async () => {
    const el = document.createElement('div');
    el.contentEditable = 'true';
    document.body.append(el);
    let model = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (el.innerHTML === model) return;
        observer.disconnect();
        el.innerHTML = model;
        observer.observe(el, { childList: true, subtree: true, characterData: true });
      }, 40);
    });
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    const result = await insertWithChain(el, note, [domEdit, modelEdit((html) => (model = html))]);
    expect(result).toEqual({ ok: true, strategy: 'editor-api' });
    expect(el.textContent?.split('Certificate rotated').length).toBe(2);
  });

  it('an editor that keeps the note: inserted, once', async () => {
    const el = document.createElement('div');
    el.contentEditable = 'true';
    document.body.append(el);
    expect(await insertWithChain(el, note, [domEdit])).toEqual({ ok: true, strategy: 'execCommand' });
  });
});
