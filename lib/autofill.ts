import type { TicketContext, TimelineEntry } from './context';
import type { Autofill, Template } from './template';
import { countWords, firstWords, squash, stripInvisible } from './text';

const SUMMARY_QUOTE_WORDS = 45;
const STEP_WORDS = 20;
const MAX_STEPS = 8;

function clean(text: string): string {
  return squash(stripInvisible(text));
}

function formatDay(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/** Section 1: the subject, then a short quote of what the customer first wrote. */
export function summarise(context: TicketContext): string {
  const lines: string[] = [];
  if (context.subject) lines.push(clean(context.subject));
  const first = context.timeline.find((entry) => entry.authorRole === 'customer' && entry.text.trim());
  if (first) {
    const when = formatDay(first.at);
    const who = clean(first.author) || 'Customer';
    lines.push(`${who}${when ? ` (${when})` : ''} wrote: "${firstWords(clean(first.text), SUMMARY_QUOTE_WORDS)}"`);
  }
  return lines.join('\n');
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

/** Section 4: who the customer is and how urgent, from requester, organization and ticket fields. */
export function describeCustomer(context: TicketContext): string {
  const lines: string[] = [];
  const { requester, organization } = context;
  if (requester.name || requester.email) {
    const name = clean(requester.name ?? '');
    const email = clean(requester.email ?? '');
    lines.push(`Requester: ${name && email ? `${name} <${email}>` : name || email}`);
  }
  if (organization.name) lines.push(`Organization: ${clean(organization.name)}`);
  for (const field of organization.fields) lines.push(`${clean(field.label)}: ${clean(field.value)}`);
  if (context.priority) lines.push(`Priority: ${clean(context.priority)}`);
  for (const field of context.customFields) lines.push(`${clean(field.label)}: ${clean(field.value)}`);
  if (context.tags.length) lines.push(`Tags: ${context.tags.map(clean).join(', ')}`);
  return lines.join('\n');
}

const FILLERS: Record<Autofill, (context: TicketContext) => string> = {
  agent: () => '',
  ticketSummary: summarise,
  timelineSteps: listSteps,
  customerContext: describeCustomer,
};

/** Pre-filled text for every section of `template`, keyed by section id. */
export function prefill(template: Template, context: TicketContext): Record<string, string> {
  return Object.fromEntries(template.sections.map((section) => [section.id, FILLERS[section.autofill](context)]));
}
