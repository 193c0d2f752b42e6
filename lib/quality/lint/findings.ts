import { clip, firstWords, squash, stripInvisible } from '../../text';

export type LintRule = 'vague' | 'hypothesis-without-reason' | 'verify-without-target' | 'pasted-customer-message' | 'over-word-limit';

export interface LintFinding {
  rule: LintRule;
  message: string;
  /** the words that triggered it, as written */
  excerpt?: string;
}

/** Longest excerpt shown next to a finding: enough to find the words, never a wall of text. */
export const MAX_EXCERPT_CHARS = 80;
const MAX_EXCERPT_WORDS = 12;

/** `text` as a one-line, plain-text excerpt: no invisible characters, whitespace squashed, clipped. */
export function toExcerpt(text: string): string {
  // Twelve words never need more than the first thousand characters; don't split the rest.
  return clip(firstWords(squash(stripInvisible(text.slice(0, 1000))), MAX_EXCERPT_WORDS), MAX_EXCERPT_CHARS);
}
