import { HELPDESK_LABELS, type HelpdeskId, HelpdeskIdSchema } from '@/lib/context';
import type { ChecklistRule, FillSourceKind, SectionKind, SectionRole } from '@/lib/templates/template';

/** Every helpdesk in the order the options page lists them, named as HELPDESK_LABELS names them. */
export const HELPDESKS: readonly { id: HelpdeskId; label: string }[] = HelpdeskIdSchema.options.map((id) => ({
  id,
  label: HELPDESK_LABELS[id],
}));

export const SECTION_KINDS: readonly { kind: SectionKind; label: string }[] = [
  { kind: 'text', label: 'Free text' },
  { kind: 'caseType', label: 'Case type' },
  { kind: 'checklist', label: 'Missing-data checklist' },
];

/** What the quality checks expect of a section, as a team lead would choose it. */
export const SECTION_ROLES: readonly { role: SectionRole | ''; label: string }[] = [
  { role: '', label: 'Only vague text and the word limit' },
  { role: 'happening', label: "What's happening (flags a pasted customer message)" },
  { role: 'tried', label: "What's been tried (scores action → result lines)" },
  { role: 'hypothesis', label: 'Hypothesis (needs a reason)' },
  { role: 'customer', label: 'Customer context' },
  { role: 'verifyFirst', label: 'What L2 should verify first (needs a concrete target)' },
];

export const CHECKLIST_RULES: readonly { rule: ChecklistRule; label: string }[] = [
  { rule: 'show', label: 'Show' },
  { rule: 'require', label: 'Require before insert' },
  { rule: 'off', label: 'Don’t ask' },
];

interface FillSourceOption {
  kind: FillSourceKind;
  label: string;
  /** Label of the field-name input, for sources that pick one field by name. */
  nameLabel?: string;
}

/** Every ticket value a section can be pre-filled from, as a team lead would name it. */
export const FILL_SOURCES: readonly FillSourceOption[] = [
  { kind: 'subject', label: 'Subject' },
  { kind: 'firstCustomerMessage', label: 'First customer message' },
  { kind: 'agentSteps', label: 'What was tried (action → result, from agent notes)' },
  { kind: 'requester', label: 'Requester' },
  { kind: 'organization', label: 'Organization (all fields)' },
  { kind: 'organizationField', label: 'One organization field, by name', nameLabel: 'Organization field name' },
  { kind: 'customField', label: 'One ticket custom field, by name', nameLabel: 'Custom field name' },
  { kind: 'customFields', label: 'All custom fields' },
  { kind: 'tags', label: 'Tags' },
  { kind: 'priority', label: 'Priority' },
  { kind: 'environment', label: 'Environment found in the ticket (version, OS, browser, device, network)' },
  { kind: 'identifiers', label: 'IDs, errors, URLs and times found in the ticket' },
];

export function fillSourceOption(kind: FillSourceKind): FillSourceOption {
  return FILL_SOURCES.find((option) => option.kind === kind) ?? { kind, label: kind };
}

/** A section's name in buttons and messages, even while its label is being typed. */
export function sectionName(label: string, index: number): string {
  return label.trim() || `Section ${index + 1}`;
}

export function templateName(name: string): string {
  return name.trim() || 'Untitled template';
}

/** The message of something thrown, for a sentence shown to the lead. The one helper for both template cards. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
