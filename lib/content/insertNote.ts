import { browser } from 'wxt/browser';
import type { HelpdeskAdapter, NoteFormat } from '../adapters/types';
import { editorText } from '../insertion/verify';
import { insertWithChain } from '../insertion/chain';
import {
  type InsertionStrategy,
  type NotePayload,
  execCommandInsert,
  isTextField,
  syntheticPaste,
  textareaInsert,
} from '../insertion/strategies';
import type { BackgroundReply } from '../messaging/backgroundProtocol';
import type { InsertResult } from '../messaging/panelProtocol';
import { randomToken } from './panelFrame';

/**
 * The editor's own API, reached through a main-world script the background injects on
 * demand (content scripts cannot see page objects such as `ckeditorInstance`). The
 * element is marked with a one-time token so the main world finds exactly this editor.
 */
const editorApi: InsertionStrategy = {
  name: 'editor-api',
  applies: (target) => target.isContentEditable,
  async run(target, note) {
    const token = randomToken(12);
    target.setAttribute('data-baton-target', token);
    try {
      const reply = (await browser.runtime.sendMessage({
        type: 'bridge.insert',
        token,
        html: note.html,
        text: note.text,
      })) as BackgroundReply<string | null> | undefined;
      return Boolean(reply?.ok && reply.value);
    } finally {
      target.removeAttribute('data-baton-target');
    }
  },
};

/** Editor API first (most faithful), then the generic paths from richest to plainest. */
export const INSERTION_CHAIN: readonly InsertionStrategy[] = [editorApi, syntheticPaste, execCommandInsert, textareaInsert];

/**
 * When the agent already wrote something in the editor, the note must start on its own
 * line: rich editors (ProseMirror, CKEditor) merge a pasted first paragraph into the one
 * the caret is in ("…escalating.Escalation handoff"). A leading empty paragraph is what
 * gets merged instead. Textareas add their own blank line.
 */
function separatedFromExistingText(target: HTMLElement, note: { html: string; text: string }, format: NoteFormat): NotePayload {
  if (isTextField(target) || editorText(target).trim() === '') return { ...note, format };
  return { html: `<p></p>${note.html}`, text: `\n\n${note.text}`, format };
}

/**
 * Puts the note into the editor the agent last focused, else the adapter's composer,
 * switching the composer to internal note first unless the agent turned that off.
 * Never submits anything.
 */
export async function insertNote(
  adapter: HelpdeskAdapter,
  doc: Document,
  lastEditor: HTMLElement | null,
  note: { html: string; text: string; asInternalNote?: boolean },
): Promise<InsertResult> {
  const switchFirst = note.asInternalNote !== false;
  const composer = adapter.findComposer(doc);
  const usesComposer = !lastEditor || lastEditor === composer;
  let internalNote = false;
  // Also when no composer is open yet: helpdesks like Freshdesk create the editor only once
  // "Add note" is clicked, which is exactly what switching does.
  if (usesComposer && switchFirst) {
    internalNote = await adapter.switchToInternalNote(doc);
    // Never fall back to a public reply: internal context must not reach the customer.
    if (!internalNote) {
      return { ok: false, reason: `Baton could not switch the ${adapter.label} composer to an internal note, so it did not insert.` };
    }
  }
  // Switching channels can re-render the composer: look it up again afterwards.
  const target = usesComposer ? adapter.findComposer(doc) : lastEditor;
  if (!target) return { ok: false, reason: 'No reply or note editor was found on the page.' };
  const result = await insertWithChain(target, separatedFromExistingText(target, note, adapter.noteFormat), INSERTION_CHAIN);
  if (!result.ok) {
    const tried = result.tried.length ? ` (tried: ${result.tried.join(', ')})` : '';
    return { ok: false, reason: `The ${adapter.label} editor did not accept the note${tried}.` };
  }
  return { ok: true, strategy: result.strategy, internalNote, warning: result.warning };
}
