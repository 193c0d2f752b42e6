// The `verify-without-target` rule: "what L2 should verify first" is worth 30 minutes of L2's time
// only if it points somewhere: an ID, a time, a URL, a named log or setting ("the SAML logs for org
// 88231 around 14:30 UTC"). "Check it." or "Investigate the issue" points nowhere.

import { type LintFinding, toExcerpt } from './findings';
import { namesATarget, type ReadSentence } from './specificity';

const MESSAGE = 'No concrete target: name the log, ID or time L2 should check first';

/**
 * Flags a verify-first section with no concrete target in any sentence. A target is concrete
 * detail (identifier, number, time, URL, quoted setting, named system or tool) or a log, page or
 * setting named by what it is ("webhook delivery log", not "the logs"). `shown` is the prepared
 * text the sentences were read from, for the excerpt.
 */
export function findVerifyWithoutTarget(shown: string, sentences: readonly ReadSentence[]): LintFinding[] {
  // "Check the API" names a kind of system, not where to look: it takes more than that.
  const targeted = sentences.some((sentence) => sentence.specific() || namesATarget(sentence.tokens()));
  return targeted ? [] : [{ rule: 'verify-without-target', message: MESSAGE, excerpt: toExcerpt(shown) }];
}
