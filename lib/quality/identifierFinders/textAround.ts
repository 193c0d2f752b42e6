// What the text around a match says: its line, whether it sits in a skipped span, a quantity after it, the kind named before it.
import type { IdentifierKind } from '../types';
import { QUANTITY_AFTER } from './labelPatterns';
import { KIND_BEFORE } from './shapedIdPatterns';

export const inSpans = (spans: readonly [number, number][], index: number) => spans.some(([start, end]) => index >= start && index < end);
export const lineAround = (text: string, index: number) => text.slice(text.lastIndexOf('\n', index - 1) + 1, (text.indexOf('\n', index) + 1 || text.length + 1) - 1);

export const quantityAfter = (text: string, end: number) => QUANTITY_AFTER.test(text.slice(end, end + 12));

const KIND_BEFORE_GLOBAL = KIND_BEFORE.map(([pattern, kind]): [RegExp, IdentifierKind] => [new RegExp(pattern.source, 'gi'), kind]);

/** The kind the words just before `index` (same line, a few words) give an ID; `fallback` when none do. */
export function kindBefore(text: string, index: number, fallback: IdentifierKind): IdentifierKind {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const window = text.slice(Math.max(lineStart, index - 40), index);
  let best: IdentifierKind = fallback;
  let bestAt = -1;
  for (const [pattern, kind] of KIND_BEFORE_GLOBAL) {
    for (const match of window.matchAll(pattern)) {
      if (match.index > bestAt) {
        bestAt = match.index;
        best = kind;
      }
    }
  }
  return best;
}
