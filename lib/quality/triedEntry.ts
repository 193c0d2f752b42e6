// One timeline entry → the steps it states, in order, each with the sentence it came from.
// Results may arrive in the next sentence ("Cleared cache. Same error.") or, for a list, in a
// line after it ("None of it helped."), so the reader remembers the steps it has just read.
import { clip } from '../text';
import { type ClauseContext, findingsHeaderAction, type ReadingMemo, readClause, shownResult } from './triedClause';
import { analyseHead, isStrong } from './triedHead';
import { entryLines, splitSentences } from './triedLines';
import { AGGREGATE_RESULT } from './triedPhrases';

/** Longer than this, a "sentence" is pasted data: nothing in it reads as a short step. */
const MAX_SENTENCE_CHARS = 600;
/** No real note lists more steps; a pasted list of hundreds stops being read here. */
const MAX_ENTRY_STEPS = 40;
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

/** The steps an entry's own words state, in order (quoted history and signatures left out). */
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

  /** A header that names a look ("Checked DNS with dig:"), and the lines under it so far: what it found. */
  let findings: { step: EntryStep; parts: string[]; words: number } | undefined;
  const closeFindings = () => {
    if (findings && findings.parts.length) findings.step.result = shownResult(findings.parts.join('; '));
    findings = undefined;
  };
  const openFindings = (header: string): boolean => {
    const action = header.endsWith(':') ? findingsHeaderAction(header.slice(0, -1), { ...options, lenient: false }) : undefined;
    if (!action) return false;
    const step: EntryStep = { action, excerpt: clip(header, EXCERPT_CHARS) };
    found.push(step);
    block = [step];
    previous = [];
    findings = { step, parts: [], words: 0 };
    return true;
  };

  for (const line of entryLines(text)) {
    if (found.length >= MAX_ENTRY_STEPS) break;
    if (findings) {
      // Under the header, bullets and indented lines are what the look found, unless one records a step of its own.
      const underHeader = line.kind === 'text' && (line.bullet || line.indented === true);
      if (underHeader && !isStrong(analyseHead(line.text, { ...options, lenient: false }))) {
        const words = line.text.split(' ').length;
        if (findings.parts.length === 0 || findings.words + words <= FINDINGS_WORDS) {
          findings.parts.push(line.text.replace(/[\s.;,]+$/u, ''));
          findings.words += words;
          findings.step.excerpt = clip(`${findings.step.excerpt} ${line.text}`, EXCERPT_CHARS);
        }
        continue;
      }
      closeFindings();
    }
    if ((line.kind === 'label' || (line.kind === 'text' && !line.bullet)) && openFindings(line.text)) continue;
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
  closeFindings();
  return found;
}

/** How many words of findings a header step keeps as its result. */
const FINDINGS_WORDS = 14;
