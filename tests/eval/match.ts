// How `npm run eval` decides that a find and a hand label are the same thing. Deliberately
// simple and written before looking at any results, so the numbers measure the extractors,
// not the matcher: one-to-one, greedy in timeline order.

const STOPWORDS = new Set(
  'a an the to of for on in at and or with by from it its this that their they them we i he she you our your cx customer customers user users has have had was were is are be been then also still again'.split(
    ' ',
  ),
);

/** Lower-case content words, crudely stemmed, so "Cleared cookies" and "clear the cookie" agree. */
export function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !STOPWORDS.has(word))
    .map((word) => word.replace(/(?:ing|ed|es|s)$/u, '') || word);
  return new Set(words);
}

/** Shared content words over the shorter side's: 1 when one phrase is contained in the other. */
export function overlap(a: string, b: string): number {
  const left = contentWords(a);
  const right = contentWords(b);
  if (left.size === 0 || right.size === 0) return left.size === right.size ? 1 : 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / Math.min(left.size, right.size);
}

export const PHRASE_MATCH = 0.5;

export interface StepLike {
  action: string;
  result?: string | null;
}

/** Same step: the actions agree, and the result agrees too (both unstated, or both stated alike). */
export function sameStep(found: StepLike, label: StepLike, withResult = true): boolean {
  if (overlap(found.action, label.action) < PHRASE_MATCH) return false;
  if (!withResult) return true;
  const foundResult = found.result ?? null;
  const labelResult = label.result ?? null;
  if (foundResult === null || labelResult === null) return foundResult === labelResult;
  return overlap(foundResult, labelResult) >= PHRASE_MATCH;
}

/** Values compared without case, quotes, surrounding punctuation or spacing differences. */
export function normaliseValue(value: string): string {
  return value
    .toLowerCase()
    .replace(/[“”"'‘’`]/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.,;:()[\]<>]+|[\s.,;:()[\]<>]+$/gu, '');
}

/** Same value: equal once normalised, or one contains the other and the shorter is not trivially short. */
export function sameValue(found: string, label: string): boolean {
  const a = normaliseValue(found);
  const b = normaliseValue(label);
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.includes(short);
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Pairs each find with at most one label (first unmatched label that agrees) and counts. */
export function matchAll<F, L>(found: readonly F[], labels: readonly L[], same: (found: F, label: L) => boolean) {
  const used = new Set<number>();
  const pairs: [F, L][] = [];
  const unmatchedFound: F[] = [];
  for (const item of found) {
    const index = labels.findIndex((label, i) => !used.has(i) && same(item, label));
    if (index === -1) unmatchedFound.push(item);
    else {
      used.add(index);
      pairs.push([item, labels[index]]);
    }
  }
  const unmatchedLabels = labels.filter((_, i) => !used.has(i));
  const counts: Counts = { truePositives: pairs.length, falsePositives: unmatchedFound.length, falseNegatives: unmatchedLabels.length };
  return { pairs, unmatchedFound, unmatchedLabels, counts };
}

export function add(a: Counts, b: Counts): Counts {
  return {
    truePositives: a.truePositives + b.truePositives,
    falsePositives: a.falsePositives + b.falsePositives,
    falseNegatives: a.falseNegatives + b.falseNegatives,
  };
}

export const ZERO: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };

/** Precision and recall; an empty denominator counts as perfect (nothing claimed, nothing missed). */
export function precisionRecall({ truePositives, falsePositives, falseNegatives }: Counts) {
  const claimed = truePositives + falsePositives;
  const actual = truePositives + falseNegatives;
  return { precision: claimed ? truePositives / claimed : 1, recall: actual ? truePositives / actual : 1 };
}
