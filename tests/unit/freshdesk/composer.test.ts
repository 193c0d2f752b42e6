// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findComposer, isNoteEditorOpen, switchToInternalNote } from '../../../lib/adapters/freshdesk/composer';
import { agentTicketPage } from './fakeFreshdesk';

const view = (doc: Document, id = '5100') => doc.getElementById(`ember${id}`) as HTMLElement;
const panel = (doc: Document) => view(doc).querySelector<HTMLElement>('.ticket-editor')!;
const bar = (doc: Document) => view(doc).querySelector<HTMLElement>('.reply-bar-wrapper')!;
const editable = (doc: Document) => panel(doc).querySelector<HTMLElement>('.fr-element.fr-view')!;

/** Opens the editor panel in `mode`, the way the agent UI does after a click on Reply or Add note. */
function open(doc: Document, mode: 'reply' | 'note') {
  bar(doc).hidden = true;
  panel(doc).hidden = false;
  panel(doc).setAttribute('data-editor-type', mode);
  for (const tab of panel(doc).querySelectorAll('.ticket-actions-list button')) {
    const selected = tab.getAttribute('data-test-id') === `ticket-action-${mode}`;
    tab.setAttribute('aria-selected', String(selected));
    tab.classList.toggle('active', selected);
  }
}

/**
 * Mimics the agent UI on the static page: Reply / Add note (bar) and the editor's tabs open the
 * editor in their mode after `delayMs` (Ember renders, Froala mounts). `opens` overrides the mode
 * a note click ends in, to simulate a UI that does not do what it says.
 */
function wire(doc: Document, opts: { delayMs?: number; opens?: 'reply' | 'note' | 'nothing' } = {}) {
  const { delayMs = 150, opens = 'note' } = opts;
  const clicks: string[] = [];
  for (const page of doc.querySelectorAll('.ticket-details-page')) {
    for (const button of page.querySelectorAll<HTMLElement>('.reply-bar button, .ticket-actions-list button')) {
      button.addEventListener('click', () => {
        const mode = /note/i.test(button.textContent ?? '') ? 'note' : /reply/i.test(button.textContent ?? '') ? 'reply' : 'forward';
        clicks.push(`${page.id}:${mode}`);
        setTimeout(() => {
          const result = mode === 'note' ? opens : mode;
          if (result === 'reply' || result === 'note') open(doc, result);
        }, delayMs);
      });
    }
  }
  return clicks;
}

describe('findComposer', () => {
  it('returns the collapsed composer (Reply · Add note · Forward bar) of the shown ticket while no editor is open', () => {
    const doc = agentTicketPage().window.document;
    expect(findComposer(doc)).toBe(bar(doc));
  });

  it("returns the open editor's Froala editable, in note or reply mode", () => {
    const doc = agentTicketPage().window.document;
    open(doc, 'note');
    expect(findComposer(doc)).toBe(editable(doc));
    open(doc, 'reply');
    expect(findComposer(doc)).toBe(editable(doc));
  });

  it('returns null when no ticket view is shown', () => {
    const doc = agentTicketPage().window.document;
    view(doc).hidden = true;
    expect(findComposer(doc)).toBeNull();
  });
});

describe('switchToInternalNote', () => {
  it('clicks "Add note" in the shown ticket and resolves once the note editor is open', async () => {
    const doc = agentTicketPage().window.document;
    const clicks = wire(doc);
    expect(isNoteEditorOpen(doc)).toBe(false);
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
    expect(clicks).toEqual(['ember5100:note']);
    expect(isNoteEditorOpen(doc)).toBe(true);
    expect(findComposer(doc)).toBe(editable(doc));
  });

  it('switches an open reply editor to its Note tab, never through Reply', async () => {
    const doc = agentTicketPage().window.document;
    const clicks = wire(doc);
    open(doc, 'reply');
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
    expect(clicks).toEqual(['ember5100:note']);
    expect(panel(doc).getAttribute('data-editor-type')).toBe('note');
  });

  it('does nothing when the note editor is already open', async () => {
    const doc = agentTicketPage().window.document;
    const clicks = wire(doc);
    open(doc, 'note');
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
    expect(clicks).toEqual([]);
  });

  it('finds "Add note" by its label when the test id is gone', async () => {
    const doc = agentTicketPage().window.document;
    view(doc).querySelectorAll('[data-test-id^="ticket-action-"]').forEach((b) => b.removeAttribute('data-test-id'));
    wire(doc);
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
  });

  it('resolves false when the click opens a reply editor instead', async () => {
    const doc = agentTicketPage().window.document;
    const clicks = wire(doc, { opens: 'reply' });
    await expect(switchToInternalNote(doc)).resolves.toBe(false);
    expect(clicks).toEqual(['ember5100:note']);
    expect(isNoteEditorOpen(doc)).toBe(false);
  });

  it('gives up within about two seconds when no editor appears', async () => {
    const doc = agentTicketPage().window.document;
    wire(doc, { opens: 'nothing' });
    const started = Date.now();
    await expect(switchToInternalNote(doc)).resolves.toBe(false);
    expect(Date.now() - started).toBeLessThan(2600);
  });

  it('resolves false without a note action, and never touches the hidden ticket', async () => {
    const doc = agentTicketPage().window.document;
    const clicks = wire(doc);
    view(doc).querySelectorAll('.reply-bar button').forEach((b) => b.remove());
    await expect(switchToInternalNote(doc)).resolves.toBe(false);
    expect(clicks).toEqual([]);
  });

  it('a note editor panel without an editable does not count as open', () => {
    const doc = agentTicketPage().window.document;
    open(doc, 'note');
    editable(doc).remove();
    expect(isNoteEditorOpen(doc)).toBe(false);
  });
});
