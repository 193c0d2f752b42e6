// The handoff lint: flags vague or incomplete text in one section of the agent's note, with a short
// message saying what to write instead. Deterministic word lists and patterns, nothing learned, so
// every finding can be explained by the words it quotes. Runs on every keystroke, in the browser.
//
// The rules live in ./lint/, one file each; this file decides which apply to a section.

import type { SectionRole } from '../templates/template';
import type { LintFinding } from './lint/findings';
import { findHypothesisWithoutReason } from './lint/hypothesisRule';
import { findPastedCustomerMessage } from './lint/pastedMessageRule';
import { readSentences } from './lint/specificity';
import { prepareText } from './lint/tokens';
import { findVagueText, type VagueTriggerId } from './lint/vagueRule';
import { findOverWordLimit } from './lint/wordLimitRule';
import { findVerifyWithoutTarget } from './lint/verifyTargetRule';

export type { LintFinding, LintRule } from './lint/findings';

export interface LintInput {
  role?: SectionRole;
  label: string;
  wordLimit: number;
  text: string;
  /** the customer's messages in the ticket, plain text */
  customerMessages: readonly string[];
}

/** "Please check" is what verify-without-target already says, better; don't say it twice. */
const REPORTED_BY_VERIFY_TARGET: ReadonlySet<VagueTriggerId> = new Set(['please-investigate']);

/**
 * Findings for one section: its role's rule first (the most useful fix), then vague phrases, then
 * the word limit. Empty text has none: a missing section is reported elsewhere.
 */
export function lintSection(input: LintInput): LintFinding[] {
  const { shown, read } = prepareText(input.text);
  if (read.trim() === '') return [];
  const sentences = readSentences(read);

  const roleFindings: LintFinding[] = [];
  if (input.role === 'happening') roleFindings.push(...findPastedCustomerMessage(shown, input.customerMessages));
  if (input.role === 'hypothesis') roleFindings.push(...findHypothesisWithoutReason(read, shown, sentences, input.label));
  if (input.role === 'verifyFirst') roleFindings.push(...findVerifyWithoutTarget(shown, sentences));

  const skip = roleFindings.some((f) => f.rule === 'verify-without-target') ? REPORTED_BY_VERIFY_TARGET : undefined;
  return [...roleFindings, ...findVagueText(sentences, read, shown, skip), ...findOverWordLimit(input.text, input.wordLimit)];
}
