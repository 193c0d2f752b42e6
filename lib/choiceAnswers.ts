import { CASE_TYPES, MISSING_DATA_ITEMS } from './templates/blocks';

// Case-type and checklist sections store their answer as text like any other section, so a
// draft never depends on a section's kind. Lines Baton does not recognise are the agent's own
// words (or text written before a team lead changed the section's kind): always kept.

export type CaseType = (typeof CASE_TYPES)[number];

const lines = (answer: string) => answer.replace(/\r\n?/gu, '\n').split('\n');

/** The chosen type's label on the first line; anything else is the agent's note. */
export function parseCaseType(answer: string): { type?: CaseType; notes: string } {
  const [first = '', ...rest] = lines(answer);
  const type = CASE_TYPES.find((candidate) => candidate.label === first.trim());
  return type ? { type, notes: rest.join('\n').trim() } : { notes: answer.trim() };
}

export function formatCaseType(type: CaseType | undefined, notes: string): string {
  return [type?.label ?? '', notes.trim()].filter(Boolean).join('\n');
}

/** One ticked item per line; any other line is the agent's note. */
export function parseChecklist(answer: string): { checked: Set<string>; notes: string } {
  const items = new Set<string>(MISSING_DATA_ITEMS);
  const checked = new Set<string>();
  const notes: string[] = [];
  for (const line of lines(answer)) {
    if (items.has(line.trim())) checked.add(line.trim());
    else notes.push(line);
  }
  return { checked, notes: notes.join('\n').trim() };
}

export function formatChecklist(checked: ReadonlySet<string>, notes: string): string {
  return [...MISSING_DATA_ITEMS.filter((item) => checked.has(item)), notes.trim()].filter(Boolean).join('\n');
}
