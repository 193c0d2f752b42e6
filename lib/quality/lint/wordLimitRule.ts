// The `over-word-limit` rule: each section has a word limit so the handoff stays readable in a
// minute. Counted over the whole text, not just the part the other rules read.

import type { LintFinding } from './findings';
import { countWordsLinear } from './tokens';

export function findOverWordLimit(text: string, wordLimit: number): LintFinding[] {
  if (!Number.isFinite(wordLimit) || wordLimit <= 0) return [];
  const over = countWordsLinear(text) - wordLimit;
  if (over <= 0) return [];
  const words = over === 1 ? 'word' : 'words';
  return [{ rule: 'over-word-limit', message: `${over} ${words} over the ${wordLimit}-word limit: keep what L2 needs first` }];
}
