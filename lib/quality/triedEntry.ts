// One timeline entry → the steps it states, in order, each with the sentence it came from.
// Results may arrive in the next sentence ("Cleared cache. Same error.") or, for a list, in a
// line after it ("None of it helped."), so the reader remembers the steps it has just read.
import { clip } from '../text';
import { type ClauseContext, type ReadingMemo, readClause } from './triedClause';
import { entryLines, splitSentences } from './triedLines';
import { AGGREGATE_RESULT } from './triedPhrases';

/** Longer than this, a "sentence" is pasted data: nothing in it reads as a short step. */
const MAX_SENTENCE_CHARS = 600;
/** How much of the source sentence a step keeps, for the panel's hover. */
export const EXCERPT_CHARS = 160;

export interface EntryStep {
  action: string;
  result?: string;
  excerpt: string;
}

export interface EntryOptions {
  internal: boolean;
  customerNames: ReadonlySet<string>;
  memo?: ReadingMemo;
}

type Mode = 'prose' | 'tried-list' | 'skip';

/** Gives `result` to the steps that have none, extending their excerpt with the sentence that says it. */
function giveResult(steps: EntryStep[], result: string, sentence: string): void {
  for (const step of steps) {
    if (step.result !== undefined) continue;
    step.result = result;
    step.excerpt = clip(`${step.excerpt} ${sentence}`, EXCERPT_CHARS);
  }
}

export function stepsInEntry(text: string, options: EntryOptions): EntryStep[] {
  const found: EntryStep[] = [];
  let mode: Mode = 'prose';
  let listVerb: string | undefined;
  let sawBullet = false;
  /** Steps of the sentence just read: a result-only sentence right after belongs to them. */
  let previous: EntryStep[] = [];
  /** Steps since the last blank line or header: "None of these helped" belongs to all of them. */
  let block: EntryStep[] = [];

  const read = (sentence: string, ctx: ClauseContext) => {
    if (sentence.length > MAX_SENTENCE_CHARS) {
      previous = [];
      return;
    }
    const reading = readClause(sentence, ctx);
    if (reading.steps.length) {
      const excerpt = clip(sentence, EXCERPT_CHARS);
      previous = reading.steps.map((step) => ({ ...step, excerpt }));
      found.push(...previous);
      block.push(...previous);
    } else if (reading.resultOnly !== undefined) {
      giveResult(AGGREGATE_RESULT.test(sentence) ? block : previous, reading.resultOnly, sentence);
      previous = [];
    } else {
      previous = [];
    }
  };

  for (const line of entryLines(text)) {
    switch (line.kind) {
      case 'blank':
        mode = 'prose';
        previous = [];
        block = [];
        break;
      case 'tried-header':
        mode = 'tried-list';
        listVerb = line.verb;
        sawBullet = false;
        previous = [];
        block = [];
        break;
      case 'skip-header':
        mode = 'skip';
        sawBullet = false;
        previous = [];
        break;
      case 'tried-inline':
        mode = 'prose';
        block = [];
        read(line.text, { ...options, lenient: true, listVerb: line.verb });
        break;
      case 'label': {
        // A one-line detail ("Hypothesis: token expired. Rotated it, same error") or a new
        // section that ends the current list. The labelled sentence is skipped, the rest read.
        mode = 'prose';
        previous = [];
        const ctx: ClauseContext = { ...options, lenient: false };
        for (const sentence of splitSentences(line.text).slice(1)) read(sentence, ctx);
        break;
      }
      case 'text': {
        // Prose after a bulleted list ends the list.
        if (mode !== 'prose' && !line.bullet && sawBullet) mode = 'prose';
        if (line.bullet) sawBullet = true;
        if (mode === 'skip') break;
        const ctx: ClauseContext = mode === 'tried-list' ? { ...options, lenient: true, listVerb } : { ...options, lenient: false };
        for (const sentence of splitSentences(line.text)) read(sentence, ctx);
        // In a list, each item stands alone: a result on the next item is not this item's.
        if (mode === 'tried-list') previous = [];
        break;
      }
    }
  }
  return found;
}
