import type { LabelledValue, TicketContext } from './context';
import { type Extraction, type ExtractionChoices, extractAll, keptItems, NO_CHOICES } from './quality/extracted';
import type { FillSource, Section, Template } from './templates/template';
import { clip, firstWords, squash, stripInvisible } from './text';

const SUMMARY_QUOTE_WORDS = 45;
/** Enough for L2 to act on, few enough to stay within a section's word limit. */
const MAX_LINES: Record<keyof Extraction, number> = { tried: 10, environment: 6, identifiers: 8 };

/** One value as it is pre-filled: no disguising characters, one line, of a length the panel can lay out. */
function clean(text: string): string {
  return clip(squash(stripInvisible(text)));
}

function formatDay(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/** The first thing the customer wrote, dated and quoted. */
function firstCustomerMessage(context: TicketContext): string {
  const first = context.timeline.find((entry) => entry.authorRole === 'customer' && entry.text.trim());
  if (!first) return '';
  const when = formatDay(first.at);
  const who = clean(first.author) || 'Customer';
  return `${who}${when ? ` (${when})` : ''} wrote: "${firstWords(clean(first.text), SUMMARY_QUOTE_WORDS)}"`;
}

/** The kept finds of one group, one line each ("- " bullets for steps). */
function extractedLines(context: TicketContext, choices: ExtractionChoices, group: keyof Extraction, bullet: boolean): string {
  return keptItems(extractAll(context)[group], choices)
    .slice(0, MAX_LINES[group])
    .map((item) => (bullet ? `- ${item.text}` : item.text))
    .join('\n');
}

/**
 * Section 2: one "action → result" bullet per troubleshooting step in the agents' notes and
 * replies, in timeline order. A step whose result the ticket does not state says so.
 */
export function listSteps(context: TicketContext, choices: ExtractionChoices = NO_CHOICES): string {
  return extractedLines(context, choices, 'tried', true);
}

const labelled = (field: LabelledValue) => `${clean(field.label)}: ${clean(field.value)}`;

/** Fields whose label matches `name`, ignoring case and surrounding space ("plan" finds "Plan"). */
function fieldsNamed(fields: LabelledValue[], name: string): string {
  const wanted = squash(name).toLowerCase();
  return fields
    .filter((field) => squash(field.label).toLowerCase() === wanted)
    .map(labelled)
    .join('\n');
}

function requester({ requester: person }: TicketContext): string {
  if (!person.name && !person.email) return '';
  const name = clean(person.name ?? '');
  const email = clean(person.email ?? '');
  return `Requester: ${name && email ? `${name} <${email}>` : name || email}`;
}

function organization({ organization: org }: TicketContext): string {
  return [org.name ? `Organization: ${clean(org.name)}` : '', ...org.fields.map(labelled)].filter(Boolean).join('\n');
}

type Filler<K extends FillSource['from']> = (context: TicketContext, source: Extract<FillSource, { from: K }>, choices: ExtractionChoices) => string;

const FILLERS: { [K in FillSource['from']]: Filler<K> } = {
  subject: (context) => (context.subject ? clean(context.subject) : ''),
  firstCustomerMessage,
  agentSteps: (context, _source, choices) => listSteps(context, choices),
  requester,
  organization,
  organizationField: (context, source) => fieldsNamed(context.organization.fields, source.name),
  customField: (context, source) => fieldsNamed(context.customFields, source.name),
  customFields: (context) => context.customFields.map(labelled).join('\n'),
  tags: (context) => (context.tags.length ? `Tags: ${context.tags.map(clean).join(', ')}` : ''),
  priority: (context) => (context.priority ? `Priority: ${clean(context.priority)}` : ''),
  environment: (context, _source, choices) => extractedLines(context, choices, 'environment', false),
  identifiers: (context, _source, choices) => extractedLines(context, choices, 'identifiers', false),
};

function fillFrom(source: FillSource, context: TicketContext, choices: ExtractionChoices): string {
  return (FILLERS[source.from] as Filler<FillSource['from']>)(context, source, choices);
}

/** The value of a "Label: value" line, for spotting the same value filled by two sources. */
const valueOf = (line: string) => line.slice(line.indexOf(':') + 1).trim().toLowerCase();
const saidBefore = (line: string, before: string) => {
  const value = valueOf(line);
  return value.length > 1 && before.includes(value);
};

/**
 * A section's pre-filled text: each of its sources in order, the empty ones left out. A line
 * whose value an earlier source already gave (a "Product version" field, found again in the
 * conversation) is said once.
 */
export function fillSection(section: Section, context: TicketContext, choices: ExtractionChoices = NO_CHOICES): string {
  if (section.kind !== 'text') return '';
  const lines: string[] = [];
  for (const source of section.fill) {
    const text = fillFrom(source, context, choices);
    if (text.trim() === '') continue;
    const found = source.from === 'environment' || source.from === 'identifiers';
    const seen = lines.join('\n').toLowerCase();
    lines.push(...text.split('\n').filter((line) => !found || !saidBefore(line, seen)));
  }
  return lines.join('\n');
}

/** Pre-filled text for every section of `template`, keyed by section id. */
export function prefill(template: Template, context: TicketContext, choices: ExtractionChoices = NO_CHOICES): Record<string, string> {
  return Object.fromEntries(template.sections.map((section) => [section.id, fillSection(section, context, choices)]));
}
