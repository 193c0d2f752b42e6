import type { InsertionStrategy, NotePayload } from './strategies';
import { countOccurrences, editorText, fingerprint, visibleTextOfHtml } from './verify';

export type ChainResult =
  | { ok: true; strategy: string; warning?: string }
  | { ok: false; tried: string[] };

const SETTLE_MS = 400;
const POLL_MS = 25;
/**
 * How long a note must stay once it shows up. An editor that re-renders from its own model
 * (a virtual-DOM editor) undoes, at its next render, a DOM change it never accepted: the note is
 * there for a moment and then gone, and calling that "inserted" would lose the handoff.
 */
const STABLE_MS = 150;

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Counts the note's copies in the editor, giving the editor a moment to render its model. */
async function settledCount(target: HTMLElement, needle: string, before: number): Promise<number> {
  let count = countOccurrences(fingerprint(editorText(target)), needle);
  for (let waited = 0; count <= before && waited < SETTLE_MS; waited += POLL_MS) {
    await wait(POLL_MS);
    count = countOccurrences(fingerprint(editorText(target)), needle);
  }
  return count;
}

/**
 * Tries each applicable strategy in order until the note is verifiably in the editor.
 * A strategy's own "handled" answer is not trusted: only the editor's content is, once the
 * note has stayed there for STABLE_MS (a copy the editor undoes at once counts as none). The
 * chain stops as soon as any copy landed, so a strategy that claims failure but did
 * insert can never lead to a second copy.
 */
export async function insertWithChain(
  target: HTMLElement,
  note: NotePayload,
  strategies: readonly InsertionStrategy[],
): Promise<ChainResult> {
  const needle = fingerprint(note.format === 'html' && !(target instanceof HTMLTextAreaElement) ? visibleTextOfHtml(note.html) : note.text);
  const before = countOccurrences(fingerprint(editorText(target)), needle);
  const tried: string[] = [];
  for (const strategy of strategies) {
    if (!strategy.applies(target)) continue;
    tried.push(strategy.name);
    try {
      await strategy.run(target, note);
    } catch {
      // A throwing strategy is just one that did not work; the next one gets its turn.
    }
    let after = await settledCount(target, needle, before);
    if (after > before) {
      await wait(STABLE_MS);
      after = countOccurrences(fingerprint(editorText(target)), needle);
    }
    if (after === before + 1) return { ok: true, strategy: strategy.name };
    if (after > before + 1) {
      return { ok: true, strategy: strategy.name, warning: 'The note appears more than once in the editor: remove the extra copy before sending.' };
    }
  }
  return { ok: false, tried };
}
