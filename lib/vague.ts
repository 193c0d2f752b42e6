/**
 * Phrases that tell L2 nothing on their own. Pointed out, never blocked: the agent
 * may have a reason, but usually the phrase stands in for missing detail.
 */
const VAGUE_PHRASES: { pattern: RegExp; hint: string }[] = [
  { pattern: /\b(?:is |are |was |still )?not working\b/iu, hint: '"not working": say what fails and what the customer sees' },
  { pattern: /\bdoes(?:n't| not) work\b/iu, hint: '"doesn\'t work": say what fails and what the customer sees' },
  { pattern: /\bplease (?:investigate|check|look into( it| this)?)\b/iu, hint: '"please investigate": say what L2 should look at first' },
  { pattern: /\bcustomer (?:is )?(?:frustrated|angry|upset)\b/iu, hint: '"customer frustrated": give the impact instead (who is blocked, since when)' },
  { pattern: /\bsee (?:above|below|ticket)\b/iu, hint: '"see ticket": summarise it here, L2 should not have to dig' },
];

/** Hints for each vague phrase found in `text`, in the order of the list above. */
export function findVagueText(text: string): string[] {
  return VAGUE_PHRASES.filter(({ pattern }) => pattern.test(text)).map(({ hint }) => hint);
}
