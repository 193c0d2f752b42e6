// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { insertWithChain } from '@/lib/insertion/chain';
import { type InsertionStrategy, type NotePayload, textareaInsert } from '@/lib/insertion/strategies';
import { countOccurrences, fingerprint, visibleTextOfHtml } from '@/lib/insertion/verify';

const note: NotePayload = {
  html: '<p><strong>Current hypothesis</strong></p><ul><li>Cert &lt;rotated&gt;</li></ul>',
  text: 'CURRENT HYPOTHESIS\n- Cert <rotated>',
  format: 'html',
};

function editable(content = ''): HTMLElement {
  const div = document.createElement('div');
  div.contentEditable = 'true';
  div.innerHTML = content;
  document.body.append(div);
  return div;
}

/** A strategy that writes the note's HTML `times` times and claims whatever it is told to. */
function writer(name: string, times: number, claims = true): InsertionStrategy {
  return {
    name,
    applies: () => true,
    run(target) {
      for (let i = 0; i < times; i++) target.insertAdjacentHTML('beforeend', note.html);
      return claims;
    },
  };
}

const throwing: InsertionStrategy = {
  name: 'throws',
  applies: () => true,
  run() {
    throw new Error('editor exploded');
  },
};

describe('insertWithChain', () => {
  it('trusts the editor content, not the strategy: a claimed success that inserted nothing moves on', async () => {
    const result = await insertWithChain(editable(), note, [writer('liar', 0, true), writer('honest', 1)]);
    expect(result).toEqual({ ok: true, strategy: 'honest' });
  });

  it('stops at a strategy that inserted while claiming failure, so no second copy is made', async () => {
    const target = editable();
    const result = await insertWithChain(target, note, [writer('modest', 1, false), writer('second', 1)]);
    expect(result).toEqual({ ok: true, strategy: 'modest' });
    expect(countOccurrences(fingerprint(target.textContent ?? ''), fingerprint(visibleTextOfHtml(note.html)))).toBe(1);
  });

  it('counts only new copies when the note is already in the editor', async () => {
    const target = editable(note.html);
    expect(await insertWithChain(target, note, [writer('again', 1)])).toEqual({ ok: true, strategy: 'again' });
  });

  it('warns when the note landed more than once', async () => {
    const result = await insertWithChain(editable(), note, [writer('double', 2)]);
    expect(result.ok && result.warning).toMatch(/more than once/);
  });

  it('treats a throwing strategy as one that did not work and reports all it tried', async () => {
    const result = await insertWithChain(editable(), note, [throwing, writer('none', 0)]);
    expect(result).toEqual({ ok: false, tried: ['throws', 'none'] });
  });

  it('skips strategies that do not apply to the target', async () => {
    const textarea = document.createElement('textarea');
    document.body.append(textarea);
    const result = await insertWithChain(textarea, { ...note, format: 'text' }, [
      { ...writer('rich only', 1), applies: (t) => t.isContentEditable },
      textareaInsert,
    ]);
    expect(result).toEqual({ ok: true, strategy: 'textarea' });
  });
});

describe('textareaInsert', () => {
  it('inserts at the caret with a blank line after existing text and fires input', async () => {
    const textarea = document.createElement('textarea');
    textarea.value = 'Existing reply';
    document.body.append(textarea);
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    let inputs = 0;
    textarea.addEventListener('input', () => inputs++);
    await textareaInsert.run(textarea, { ...note, format: 'text' });
    expect(textarea.value).toBe(`Existing reply\n\n${note.text}`);
    expect(inputs).toBe(1);
  });
});

describe('visibleTextOfHtml', () => {
  it('reads text without executing or loading anything', () => {
    const text = visibleTextOfHtml('<img src=x onerror="window.__ran=1"><p>a &lt;b&gt;</p>');
    expect(text).toBe('a <b>');
    expect((window as unknown as { __ran?: number }).__ran).toBeUndefined();
  });
});
