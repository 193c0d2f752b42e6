import type { Section } from '../templates/template';
import type { ChecklistStatus } from './checklist';
import type { LintFinding, LintRule } from './lint';

/** One part of the completeness score, with what earned or cost the points. */
export interface ScoreReason {
  label: string;
  points: number;
  max: number;
  detail: string;
}

export interface CompletenessScore {
  /** 0–100. */
  total: number;
  reasons: ScoreReason[];
}

export interface ScoreInput {
  sections: readonly Section[];
  answers: Readonly<Record<string, string>>;
  findings: Readonly<Record<string, readonly LintFinding[]>>;
  /** The items the template asks about (none when it asks about none). */
  checklist: readonly ChecklistStatus[];
}

const SECTIONS_MAX = 40;
const TRIED_MAX = 10;
const CHECKLIST_MAX = 30;
const WORDING_MAX = 20;
const POINTS_PER_WORDING_FINDING = 5;

/** A finding that means the section is there but does not do its job yet: half its share. */
const HALF_CREDIT: ReadonlySet<LintRule> = new Set(['hypothesis-without-reason', 'verify-without-target', 'pasted-customer-message']);
/** Findings about wording anywhere in the note. */
const WORDING: ReadonlySet<LintRule> = new Set(['vague', 'over-word-limit']);

const NOTHING_TRIED = /\b(?:nothing|no troubleshooting|not tried|none)\b/iu;
const STEP_WITH_RESULT = /→\s*(?!result not stated)\S/u;

function sectionsPart({ sections, answers, findings }: ScoreInput): ScoreReason | null {
  const scored = sections.filter((section) => section.kind !== 'checklist');
  if (scored.length === 0) return null;
  const share = SECTIONS_MAX / scored.length;
  let points = 0;
  const empty: string[] = [];
  const half: string[] = [];
  for (const section of scored) {
    if (!(answers[section.id] ?? '').trim()) {
      empty.push(section.label);
      continue;
    }
    const weak = (findings[section.id] ?? []).some((finding) => HALF_CREDIT.has(finding.rule));
    if (weak) half.push(section.label);
    points += weak ? share / 2 : share;
  }
  const written = scored.length - empty.length;
  const detail = [
    `${written} of ${scored.length} written`,
    empty.length ? `empty: ${empty.join(', ')}` : '',
    half.length ? `half credit until fixed: ${half.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return { label: 'Sections', points, max: SECTIONS_MAX, detail };
}

function triedPart({ sections, answers }: ScoreInput): ScoreReason | null {
  const section = sections.find((candidate) => candidate.role === 'tried');
  if (!section) return null;
  const text = (answers[section.id] ?? '').trim();
  const steps = text.split('\n').filter((line) => line.trim() !== '');
  const withResult = steps.filter((line) => STEP_WITH_RESULT.test(line)).length;
  if (!text) return { label: section.label, points: 0, max: TRIED_MAX, detail: 'no steps listed' };
  if (withResult > 0) return { label: section.label, points: TRIED_MAX, max: TRIED_MAX, detail: `${withResult} step(s) with their result` };
  if (NOTHING_TRIED.test(text)) return { label: section.label, points: TRIED_MAX, max: TRIED_MAX, detail: 'says that nothing was tried yet' };
  return { label: section.label, points: TRIED_MAX / 2, max: TRIED_MAX, detail: 'steps without a stated result (write them as action → result)' };
}

function checklistPart({ checklist }: ScoreInput): ScoreReason | null {
  if (checklist.length === 0) return null;
  const present = checklist.filter((item) => item.present);
  const missing = checklist.filter((item) => !item.present).map((item) => item.label);
  const detail = `${present.length} of ${checklist.length} items${missing.length ? `; missing: ${missing.join(', ')}` : ''}`;
  return { label: 'Missing data', points: (CHECKLIST_MAX * present.length) / checklist.length, max: CHECKLIST_MAX, detail };
}

function wordingPart({ findings }: ScoreInput): ScoreReason {
  const count = Object.values(findings)
    .flat()
    .filter((finding) => WORDING.has(finding.rule)).length;
  const points = Math.max(0, WORDING_MAX - POINTS_PER_WORDING_FINDING * count);
  return { label: 'Clear wording', points, max: WORDING_MAX, detail: count ? `${count} vague or over-long passage(s)` : 'nothing vague found' };
}

/**
 * How complete the handoff is, 0–100, and why. Parts a template does not have (no "what's
 * been tried" section, no checklist items) are left out and the rest scaled up, so a shorter
 * template can still reach 100.
 */
export function scoreHandoff(input: ScoreInput): CompletenessScore {
  const reasons = [sectionsPart(input), triedPart(input), checklistPart(input), wordingPart(input)].filter(
    (reason): reason is ScoreReason => reason !== null,
  );
  const max = reasons.reduce((sum, reason) => sum + reason.max, 0);
  const points = reasons.reduce((sum, reason) => sum + reason.points, 0);
  return {
    total: max === 0 ? 0 : Math.round((100 * points) / max),
    reasons: reasons.map((reason) => ({ ...reason, points: Math.round(reason.points) })),
  };
}
