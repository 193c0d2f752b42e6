import type { TicketContext } from '../context';
import type { ChecklistRule, Template } from '../templates/template';
import { parseChecklist } from '../choiceAnswers';
import { assessChecklist, type ChecklistStatus } from './checklist';
import { CHECKLIST_ITEMS } from './checklistItems';
import { findEnvironment } from './environment';
import { type ExtractionChoices, extractAll, keptItems } from './extracted';
import { findIdentifiers } from './identifiers';
import { excerptAround } from './sourceRef';
import { type LintFinding, lintSection } from './lint';
import { type CompletenessScore, scoreHandoff } from './score';
import type { EnvironmentDetail, EnvironmentKind, Identifier, IdentifierKind, SourceRef } from './types';

export interface ChecklistLine extends ChecklistStatus {
  rule: Exclude<ChecklistRule, 'off'>;
}

export interface HandoffQuality {
  /** The items the template asks about, in checklist order. */
  checklist: ChecklistLine[];
  /** Lint findings by section id. */
  findings: Record<string, LintFinding[]>;
  score: CompletenessScore;
  /** Why inserting asks for "insert anyway" first; empty when nothing does. */
  shortfalls: string[];
}

export interface HandoffInput {
  template: Template;
  /** Absent while the ticket is still being read. */
  context?: TicketContext;
  answers: Readonly<Record<string, string>>;
  choices: ExtractionChoices;
}

const answerSource = (sectionId: string, text: string, index: number, length: number): SourceRef => ({
  entryId: `answer:${sectionId}`,
  excerpt: excerptAround(text, index, length),
});

/** Identifiers and environment details from the ticket (minus what the agent dropped) and from the note itself. */
function evidence(input: HandoffInput, answers: { sectionId: string; text: string }[]) {
  const identifiers: Identifier[] = [];
  const environment: EnvironmentDetail[] = [];
  if (input.context) {
    const found = extractAll(input.context);
    for (const item of keptItems(found.identifiers, input.choices)) {
      identifiers.push({ kind: item.kind as IdentifierKind, value: item.value, source: item.source });
    }
    for (const item of keptItems(found.environment, input.choices)) {
      environment.push({ kind: item.kind as EnvironmentKind, value: item.value, source: item.source });
    }
  }
  for (const { sectionId, text } of answers) {
    for (const hit of findIdentifiers(text)) identifiers.push({ kind: hit.kind, value: hit.value, source: answerSource(sectionId, text, hit.index, hit.value.length) });
    for (const hit of findEnvironment(text)) environment.push({ kind: hit.kind, value: hit.value, source: answerSource(sectionId, text, hit.index, hit.value.length) });
  }
  return { identifiers, environment };
}

/** Items ticked by hand in a checklist section: the agent knows the note has them. */
function tickedItems(template: Template, answers: Readonly<Record<string, string>>): Set<string> {
  const ticked = new Set<string>();
  for (const section of template.sections) {
    if (section.kind !== 'checklist') continue;
    for (const label of parseChecklist(answers[section.id] ?? '').checked) ticked.add(label);
  }
  return ticked;
}

/**
 * Everything the panel shows before insert: the missing-data checklist, lint findings, the
 * completeness score, and what stands between the note and the team's bar. Pure and cheap
 * enough to run on every keystroke (the ticket's own finds are remembered per ticket read).
 */
export function assessHandoff(input: HandoffInput): HandoffQuality {
  const { template, context, answers } = input;
  const customerMessages = (context?.timeline ?? []).filter((entry) => entry.authorRole === 'customer').map((entry) => entry.text);
  const written = template.sections
    .filter((section) => section.kind === 'text' || section.kind === 'caseType')
    .map((section) => ({ sectionId: section.id, label: section.label, text: answers[section.id] ?? '' }));

  const findings: Record<string, LintFinding[]> = {};
  for (const section of template.sections) {
    if (section.kind !== 'text') continue;
    findings[section.id] = lintSection({
      role: section.role,
      label: section.label,
      wordLimit: section.wordLimit,
      text: answers[section.id] ?? '',
      customerMessages,
    });
  }

  const ticked = tickedItems(template, answers);
  const rules = template.quality.checklist;
  const statuses = context
    ? assessChecklist({ context, answers: written, ...evidence(input, written) })
    : CHECKLIST_ITEMS.map((item) => ({ id: item.id, label: item.label, present: false }));
  const checklist: ChecklistLine[] = statuses
    .map((status): ChecklistLine | null => {
      const rule = rules[status.id] ?? 'show';
      if (rule === 'off') return null;
      if (!status.present && ticked.has(status.label)) return { ...status, rule, present: true, evidence: 'ticked by you' };
      return { ...status, rule };
    })
    .filter((line): line is ChecklistLine => line !== null);

  const score = scoreHandoff({ sections: template.sections, answers, findings, checklist });
  const shortfalls: string[] = [];
  const requiredMissing = checklist.filter((line) => line.rule === 'require' && !line.present).map((line) => line.label);
  if (requiredMissing.length) shortfalls.push(`missing data the team requires: ${requiredMissing.join(', ')}`);
  if (score.total < template.quality.minimumScore) {
    shortfalls.push(`completeness ${score.total}/100 is below the team's minimum of ${template.quality.minimumScore}`);
  }
  return { checklist, findings, score, shortfalls };
}
