import { describe, expect, it } from 'vitest';
import type { ChecklistStatus } from '@/lib/quality/checklist';
import type { LintFinding } from '@/lib/quality/lint';
import { scoreHandoff } from '@/lib/quality/score';
import { DEFAULT_TEMPLATE } from '@/lib/templates/template';

const full = {
  happening: 'Since 12 Nov 09:10 UTC all 38 SSO users of Lumen get "audience mismatch" after the Okta redirect.',
  tried: '- Cleared cookies → same error\n- Private window → same error',
  hypothesis: 'The plan migration changed the SAML entity ID: the error started the same hour and only SSO users fail.',
  customer: 'Enterprise, 38 seats, priority high.',
  'verify-first': 'Check the SAML logs for org 88231 around 09:10 UTC for the audience value sent.',
};
const status = (id: string, present: boolean): ChecklistStatus =>
  ({ id, label: id, present }) as unknown as ChecklistStatus;
const finding = (rule: LintFinding['rule']): LintFinding => ({ rule, message: rule });
const score = (answers: Record<string, string>, findings: Record<string, LintFinding[]> = {}, checklist: ChecklistStatus[] = []) =>
  scoreHandoff({ sections: DEFAULT_TEMPLATE.sections, answers, findings, checklist });

describe('scoreHandoff', () => {
  it('gives 100 to a complete note with every checklist item present and nothing vague', () => {
    const result = score(full, {}, [status('account-ids', true), status('timestamps', true)]);
    expect(result.total).toBe(100);
    expect(result.reasons.map((r) => r.label)).toEqual(['Sections', "What's been tried", 'Missing data', 'Clear wording']);
  });

  it('gives an empty note only the points for clear wording', () => {
    const result = score({}, {}, [status('account-ids', false)]);
    expect(result.total).toBe(20);
    expect(result.reasons.find((r) => r.label === 'Sections')?.detail).toContain('0 of 5 written');
  });

  it('gives half a section share for a hypothesis without a reason, and says so', () => {
    const result = score(full, { hypothesis: [finding('hypothesis-without-reason')] });
    // 40/5 = 8 per section; half of 8 lost out of 70 points in all (no checklist part).
    expect(result.total).toBe(Math.round((100 * 66) / 70));
    expect(result.reasons[0].detail).toContain('half credit until fixed: Current hypothesis');
  });

  it('takes 5 points per vague or over-long passage, never below zero', () => {
    const vague = Array.from({ length: 6 }, () => finding('vague'));
    const wording = score(full, { happening: vague }).reasons.find((r) => r.label === 'Clear wording');
    expect(wording).toMatchObject({ points: 0, max: 20, detail: '6 vague or over-long passage(s)' });
    expect(score(full, { customer: [finding('over-word-limit')] }).reasons.at(-1)?.points).toBe(15);
  });

  it('scores what was tried by stated results: half for steps without one, full for "nothing tried yet"', () => {
    const tried = (text: string) => score({ ...full, tried: text }).reasons[1];
    expect(tried('- Cleared cache → result not stated')).toMatchObject({ points: 5 });
    expect(tried('- Cleared cache')).toMatchObject({ points: 5 });
    expect(tried('- Nothing tried yet: ticket came in an hour ago')).toMatchObject({ points: 10 });
    expect(tried('- Reinstalled → crash persists')).toMatchObject({ points: 10 });
  });

  it('scores the checklist by the share of items present', () => {
    const result = score(full, {}, [status('a', true), status('b', false), status('c', false)]);
    expect(result.reasons[2]).toMatchObject({ points: 10, max: 30, detail: '1 of 3 items; missing: b, c' });
  });

  it('scales a template without a tried section or checklist items to 100', () => {
    const sections = DEFAULT_TEMPLATE.sections.filter((s) => s.role !== 'tried');
    expect(scoreHandoff({ sections, answers: full, findings: {}, checklist: [] }).total).toBe(100);
  });
});
