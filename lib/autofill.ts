import type { LabelledValue, TicketContext, TimelineEntry } from './context';
import type { FillSource, Section, Template } from './templates/template';
import { clip, countWords, firstWords, squash, stripInvisible } from './text';

const SUMMARY_QUOTE_WORDS = 45;
const STEP_WORDS = 20;
const MAX_STEPS = 8;

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

const ARROW = /\s*(?:→|->|=>)\s*/u;

/** Lines the agent already wrote as "action → result". */
function arrowLines(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => clean(line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/u, '')))
    .filter((line) => ARROW.test(line))
    .map((line) => firstWords(line.replace(ARROW, ' → ').replace(/[.;]$/u, ''), STEP_WORDS));
}

/** "Hi Priya," and the like: dropped before looking for the first statement. */
const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,40}[,!.]?\s*/iu;
/** Thanks and apologies: polite, but not a troubleshooting step. */
const PLEASANTRY = /^(?:thanks?|thank you|many thanks|sorry|apologies|cheers|best|regards|kind regards)\b/iu;

/**
 * The first sentence that states something: not a greeting or pleasantry and not a
 * question (a question asks the customer to try something; the result arrives in their reply).
 */
function firstStatement(text: string): string | null {
  const sentences = clean(text).replace(GREETING, '').split(/(?<=[.!?])\s+/u);
  const statement = sentences.find(
    // Under three words is a sign-off ("Sam", "Best, Sam"), not a step.
    (sentence) => !PLEASANTRY.test(sentence) && !sentence.trim().endsWith('?') && countWords(sentence) >= 3,
  );
  return statement ? firstWords(statement, STEP_WORDS) : null;
}

function isAgentStep(entry: TimelineEntry): boolean {
  return entry.authorRole === 'agent' || (entry.authorRole === 'unknown' && entry.visibility === 'internal');
}

/**
 * Section 2: one bullet per internal note or agent reply. Lines written as
 * "action → result" are kept as they are; otherwise the entry's first statement.
 * Deliberately conservative: it never invents a result the note does not state.
 */
export function listSteps(context: TicketContext): string {
  const bullets: string[] = [];
  for (const entry of context.timeline) {
    if (!isAgentStep(entry) || !entry.text.trim()) continue;
    const arrows = arrowLines(entry.text);
    const statement = arrows.length ? null : firstStatement(entry.text);
    bullets.push(...arrows, ...(statement ? [statement] : []));
  }
  const unique = [...new Set(bullets)].slice(0, MAX_STEPS);
  return unique.map((bullet) => `- ${bullet}`).join('\n');
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

const FILLERS: { [K in FillSource['from']]: (context: TicketContext, source: Extract<FillSource, { from: K }>) => string } = {
  subject: (context) => (context.subject ? clean(context.subject) : ''),
  firstCustomerMessage,
  agentSteps: listSteps,
  requester,
  organization,
  organizationField: (context, source) => fieldsNamed(context.organization.fields, source.name),
  customField: (context, source) => fieldsNamed(context.customFields, source.name),
  customFields: (context) => context.customFields.map(labelled).join('\n'),
  tags: (context) => (context.tags.length ? `Tags: ${context.tags.map(clean).join(', ')}` : ''),
  priority: (context) => (context.priority ? `Priority: ${clean(context.priority)}` : ''),
};

function fillFrom(source: FillSource, context: TicketContext): string {
  return (FILLERS[source.from] as (context: TicketContext, source: FillSource) => string)(context, source);
}

/** A section's pre-filled text: each of its sources in order, the empty ones left out. */
export function fillSection(section: Section, context: TicketContext): string {
  if (section.kind !== 'text') return '';
  return section.fill
    .map((source) => fillFrom(source, context))
    .filter((text) => text.trim() !== '')
    .join('\n');
}

/** Pre-filled text for every section of `template`, keyed by section id. */
export function prefill(template: Template, context: TicketContext): Record<string, string> {
  return Object.fromEntries(template.sections.map((section) => [section.id, fillSection(section, context)]));
}
