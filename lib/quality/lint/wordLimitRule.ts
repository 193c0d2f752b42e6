// The `over-word-limit` rule: each section has a word limit so the handoff stays readable in a
// minute. Counted over the whole text, exactly as the panel's word count counts it.

import type { LintFinding } from './findings';
import { countWords } from '../../text';

export function findOverWordLimit(text: string, wordLimit: number): LintFinding[] {
  if (!Number.isFinite(wordLimit) || wordLimit <= 0) return [];
  const over = countWords(text) - wordLimit;
  if (over <= 0) return [];
  const words = over === 1 ? 'word' : 'words';
  return [{ rule: 'over-word-limit', message: `${over} ${words} over the ${wordLimit}-word limit: keep what L2 needs first` }];
}
