// The `hypothesis-without-reason` rule: a guess is only useful to L2 with the reason behind it
// ("the error started the same hour and only SSO users are affected"). "Probably a bug." narrows
// nothing. The test is for a causal or evidential link, not for whether the guess is right.

import { type LintFinding, toExcerpt } from './findings';
import type { ReadSentence } from './specificity';
import { isContentWord, tokenize } from './tokens';

const NO_REASON = 'Guess without a reason: add what points to it (what you saw, what you ruled out)';
const NO_GUESS = 'No guess yet: give your best one and why; a wrong guess still tells L2 what you ruled out';

/**
 * Words and signs that tie a guess to evidence. Broad on purpose: any link at all passes, since
 * telling an agent who did give a reason that they did not costs more than missing a bare guess.
 */
const REASON_LINK = new RegExp(
  [
    String.raw`\b(?:because|bc|cos|cause[sd]?|caused by|due to|owing to|since|given|thanks to|result of)\b`,
    String.raw`\bas (?:it|they|the|this|that|there|we|only|all|both|no|none|he|she|its|their|our|nothing|every|each|soon as)\b`,
    String.raw`\bso (?:it|this|that|the|they|we|its|probably|likely|most|presumably|i think)\b`,
    String.raw`\b(?:which|that) (?:would )?(?:explain|explains|means|suggests|fits|matches)\b`,
    String.raw`\b(?:explain(?:s|ed|ing)?|suggest(?:s|ed|ing)?|indicat\w*|correlat\w*|coincid\w*|consistent with|in line with|lines? up|match(?:es|ed|ing)?)\b`,
    String.raw`\bpoint(?:s|ed|ing)? (?:to|at|towards)\b`,
    String.raw`\b(?:start|began|begin|begun)\w* (?:when|after|right|just|at|on|around|the same|with|once|as soon as)\b`,
    String.raw`\b(?:after|before|only|when|whenever|whereas|while|unlike|except|otherwise|timing)\b`,
    String.raw`\b(?:every|each|same) (?:time|hour|day|minute|moment|week)\b`,
    String.raw`\b(?:ruled? out|exclud\w*|eliminat\w*|confirmed|verified|reproduc\w*|tested|evidence|observ\w*|notic\w*|seen|seeing|saw)\b`,
    String.raw`\b(?:show(?:s|ed|n|ing)?|according to|based on|per (?:the|their|our))\b`,
    String.raw`\b(?:logs?|error|message|screenshot|trace|har)\s+(?:says?|said|shows?|showed|reads|mentions|states|contains?|has|have)\b|\bin the logs\b`,
    String.raw`\b(?:hence|therefore|thus|that's why|means?|judging|considering|unaffected|not affected|(?:is|are) fine|works? for|fails? for)\b`,
    String.raw`\bworks? (?:in|on|for|with|when|fine|again|if)\b|\bbut not\b|\bnot (?:on|in|for|with)\b`,
    // A known issue or another ticket is a reason of its own: "Known bug BUG-4411", "same as #1234".
    String.raw`\bknown (?:issue|bug|problem|incident|limitation)\b|\bsame as\b|\b\p{L}{2,}-\d+\b|#\d+`,
    // "→ clears after re-login", "cert rotation — errors began at the same hour", "(validity ended 11 Nov)"
    String.raw`→|->|=>|\S[ \t]+[-–—]{1,2}[ \t]+\S+\s+\S+\s+\S+|\p{L}[—–]\p{L}|\([^()\n]{10,200}\)`,
  ].join('|'),
  'iu',
);

/** "Likely the cert: the error started the same hour" (a claim, then three or more words on it). */
const CLAIM_THEN_EVIDENCE = /[\p{L}\p{N})"”'][ \t]*:[ \t]+\S+\s+\S+\s+\S+/u;

/** Labels agents type in front of the answer ("Hypothesis: …"), which are not a claim. */
const LEADING_LABEL = /^\s*(?:(?:current|my|l1|working)\s+)?(?:hypothesis|guess|theory|root cause|cause|diagnosis|assessment)\s*[:\-–—]\s*/iu;

/** Answers that say there is no guess at all. */
const NO_GUESS_ANSWER =
  /^\s*(?:not sure|unsure|no idea|unknown|unclear|(?:i )?(?:don't|do not|dont) know|no clue|n\/?a|tbd|tbc|none|idk|no hypothesis|nothing yet)(?![\p{L}\p{N}])/iu;
const NO_GUESS_MAX_WORDS = 8;

/** A hypothesis this long without a link word is taken as reasoned in prose; flagging it would be noise. */
const ELABORATED_CONTENT_WORDS = 8;

function withoutLeadingLabel(text: string, label: string): string {
  const trimmed = text.trimStart();
  const ownLabel = label.trim();
  if (ownLabel !== '' && trimmed.toLowerCase().startsWith(ownLabel.toLowerCase())) {
    const rest = trimmed.slice(ownLabel.length);
    if (/^\s*[:\-–—]/u.test(rest)) return rest.replace(/^\s*[:\-–—]\s*/u, '');
  }
  return trimmed.replace(LEADING_LABEL, '');
}

/**
 * Flags a hypothesis that gives no reason. `read` and `shown` are the prepared section text (see
 * prepareText) and `sentences` the sentences of `read`; `label` is the section's label, ignored if
 * the agent typed it in front of the answer.
 */
export function findHypothesisWithoutReason(read: string, shown: string, sentences: readonly ReadSentence[], label: string): LintFinding[] {
  const answer = withoutLeadingLabel(read, label);
  const answerStart = read.length - answer.length;
  // The answer is a suffix of `read`, so the same suffix of `shown` is what the agent wrote.
  const excerpt = toExcerpt(shown.slice(answerStart));
  const words = tokenize(answer);
  if (words.length === 0) return [];
  const saysNothing = words.every((word) => word.word === '') || (NO_GUESS_ANSWER.test(answer) && words.length <= NO_GUESS_MAX_WORDS);
  if (saysNothing) {
    return [{ rule: 'hypothesis-without-reason', message: NO_GUESS, excerpt }];
  }
  const reasoned =
    REASON_LINK.test(answer) ||
    CLAIM_THEN_EVIDENCE.test(answer) ||
    // A second sentence with specifics is evidence: "Probably caching. Purging the CDN fixed it for 2 users."
    sentences.filter((sentence) => sentence.start >= answerStart).slice(1).some((sentence) => sentence.concrete()) ||
    words.filter(isContentWord).length >= ELABORATED_CONTENT_WORDS;
  return reasoned ? [] : [{ rule: 'hypothesis-without-reason', message: NO_REASON, excerpt }];
}
