// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { caseProblems, contextOf, isHeldOut, loadCorpus } from '../../eval/corpus';
import { matchAll, overlap, precisionRecall, sameStep, sameValue } from '../../eval/match';

// `npm run eval` reports numbers; these tests keep what it measures sound: every case loads through
// the real adapters and every label points at something in its ticket.
describe('the labelled corpus', () => {
  const cases = loadCorpus();

  it('has at least 40 tickets across the three helpdesks, half of them held out', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.helpdesk))).toEqual(new Set(['zendesk', 'freshdesk', 'jira']));
    const heldOut = cases.filter((c) => isHeldOut(c.id)).length;
    expect(Math.abs(heldOut - (cases.length - heldOut))).toBeLessThanOrEqual(1);
    expect(cases.filter((c) => c.labels.tried.length === 0).length).toBeGreaterThanOrEqual(4);
  });

  it('reads every ticket through its adapter, with every label pointing at an entry or field it has', async () => {
    for (const testCase of cases) {
      const context = await contextOf(testCase);
      expect(caseProblems(testCase, context), testCase.id).toEqual([]);
    }
  });
});

describe('how the eval matches finds to labels', () => {
  it('matches a step on its content words, and on its result only when both state one', () => {
    expect(overlap('Cleared cookies', 'clear the cookies')).toBe(1);
    expect(sameStep({ action: 'Cleared cookies', result: 'same error' }, { action: 'Cleared the cookies', result: 'still the same error' })).toBe(true);
    expect(sameStep({ action: 'Cleared cookies' }, { action: 'Cleared cookies', result: 'same error' })).toBe(false);
    expect(sameStep({ action: 'Cleared cookies' }, { action: 'Cleared cookies', result: null })).toBe(true);
    expect(sameStep({ action: 'Rebooted router', result: 'works' }, { action: 'Cleared cookies', result: 'works' })).toBe(false);
  });

  it('matches values ignoring case and quotes, and containment only for values of 4 or more characters', () => {
    expect(sameValue('"SAML response invalid"', 'saml response invalid')).toBe(true);
    expect(sameValue('Chrome 120', 'Chrome')).toBe(true);
    expect(sameValue('ERR-4412', 'error ERR-4412')).toBe(true);
    expect(sameValue('v2', 'v2.3')).toBe(false);
  });

  it('pairs each find with one label at most and counts the rest', () => {
    const { counts } = matchAll(['a', 'a', 'b'], ['a', 'c'], (f, l) => f === l);
    expect(counts).toEqual({ truePositives: 1, falsePositives: 2, falseNegatives: 1 });
    expect(precisionRecall(counts)).toEqual({ precision: 1 / 3, recall: 1 / 2 });
    expect(precisionRecall({ truePositives: 0, falsePositives: 0, falseNegatives: 0 })).toEqual({ precision: 1, recall: 1 });
  });
});
