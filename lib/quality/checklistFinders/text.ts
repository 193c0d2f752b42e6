// Shared by every checklist finder: what text is scanned, and whether a phrase in it states a fact.
import { stripInvisible } from '../../text';
import { MAX_SCANNED_CHARS } from '../scanLimit';

/**
 * Who wrote a text. It changes what counts: a customer saying "feel free to log in" grants
 * access, an agent saying the same is instructing the customer; an agent's question ("is it all
 * users?") states nothing. `note` is the agent's own handoff text.
 */
export type Speaker = 'customer' | 'agent' | 'unknown' | 'note';

export interface Span {
  start: number;
  end: number;
}

export type TextFinder = (text: string, speaker: Speaker) => Span | undefined;

/** How much of one text is scanned: the quality engine's one limit. */
export const MAX_SCAN_CHARS = MAX_SCANNED_CHARS;
/** Rejected candidates tried per pattern and text, so hostile repetition stays cheap. */
export const MAX_CANDIDATES = 500;
/** How far around a match the sentence is looked for. */
export const CONTEXT_CHARS = 300;

/** The part of `text` that is scanned: capped, without invisible characters, straight apostrophes. */
export function scannable(text: string): string {
  return stripInvisible(text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text)
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u2018\u2019\u02BC\u00B4`]/gu, "'")
    .replace(/\u2212/gu, '-');
}

// ---------------------------------------------------------------------------------------------
// Sentence context: negation, questions and conditions decide whether a phrase states a fact.

interface Around {
  /** From the start of the sentence to the match. */
  before: string;
  /** From the last clause break (comma, semicolon, colon, "but") to the match. */
  clauseBefore: string;
  /** The sentence ends with "?" and the sentence or clause opens like a question. */
  question: boolean;
}

const INTERROGATIVE =
  /^[\s"'>*-]*(?:do|does|did|can|could|would|will|may|might|is|are|was|were|should|shall|have|has|had|what|who|which|when|where|why|how|am|any|isn't|aren't|don't|doesn't|won't|wouldn't|couldn't|can't|please confirm)\b/iu;

export function around(text: string, span: Span): Around {
  let from = span.start;
  const floor = Math.max(0, span.start - CONTEXT_CHARS);
  while (from > floor) {
    const ch = text[from - 1];
    if (ch === '\n') break;
    if (/\s/u.test(ch ?? '') && /[.!?]/u.test(text[from - 2] ?? '')) break;
    from -= 1;
  }
  let to = span.end;
  const ceil = Math.min(text.length, span.end + CONTEXT_CHARS);
  while (to < ceil) {
    const ch = text[to] ?? '';
    if (ch === '\n') break;
    to += 1;
    if (/[.!?]/u.test(ch) && (to >= text.length || /\s/u.test(text[to] ?? ''))) break;
  }
  const before = text.slice(from, span.start);
  const clauseBefore = before.slice(lastClauseBreak(before));
  const question = text[to - 1] === '?' && (INTERROGATIVE.test(before) || INTERROGATIVE.test(clauseBefore));
  return { before, clauseBefore, question };
}

function lastClauseBreak(before: string): number {
  for (let i = before.length - 1; i >= 0; i -= 1) {
    if (/[,;:(\u2013\u2014]/u.test(before[i] ?? '')) return i + 1;
    if (before.startsWith(' but ', i)) return i + 5;
  }
  return 0;
}

export const NEGATION = /\bnot\b|n't\b|\bnever\b|\bno\b|\bwithout\b|\bunable\b|\bcannot\b|\bfail(?:ed|s)?\b/iu;

/** The first match of global `re` that `accept` keeps. */
export function firstAccepted(re: RegExp, text: string, accept: (match: RegExpExecArray, span: Span) => boolean): Span | undefined {
  re.lastIndex = 0;
  for (let tried = 0; tried < MAX_CANDIDATES; tried += 1) {
    const match = re.exec(text);
    if (!match) return undefined;
    if (match[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const span = { start: match.index, end: match.index + match[0].length };
    if (accept(match, span)) return span;
  }
  return undefined;
}

/** The first span any rule finds, trying rules in order (strongest first). */
export function firstOf(text: string, rules: readonly ((text: string) => Span | undefined)[]): Span | undefined {
  for (const rule of rules) {
    const span = rule(text);
    if (span) return span;
  }
  return undefined;
}

export const isAgentSide = (speaker: Speaker) => speaker === 'agent' || speaker === 'note';

/** The word right before `index`, lower-cased ("the" in "the export"). */
export function wordBefore(text: string, index: number): string {
  const head = text.slice(Math.max(0, index - 24), index);
  return /([A-Za-z']+)\W*$/u.exec(head)?.[1]?.toLowerCase() ?? '';
}
