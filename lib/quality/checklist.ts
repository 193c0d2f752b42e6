// The live missing-data checklist: for each item L2 would otherwise ask for, does the ticket or
// the agent's note already give it, and where. Deterministic and explainable: every "present"
// carries a short human reason and the SourceRef it came from. The ticket is searched first (it
// is what L2 can verify); the note counts only when the ticket has nothing.
//
// Runs on every keystroke: what the ticket text and fields give is remembered per TicketContext
// object, so a keystroke costs only a scan of the answers and a pass over the identifiers.
import type { LabelledValue, TicketContext, TimelineEntry } from '../context';
import { clip, squash, stripInvisible } from '../text';
import { CHECKLIST_ITEMS, type ChecklistItemId } from './checklistItems';
import {
  findAccountId,
  findAffectedUsers,
  findAuthorization,
  findPlanOrRole,
  findReproSteps,
  findZonedTime,
  hasZone,
  isAffectedUsersField,
  isAuthorizationField,
  isIdField,
  isPlanField,
  isPlanTag,
  scannable,
  type Span,
  type Speaker,
  type TextFinder,
} from './checklistPatterns';
import type { EnvironmentDetail, Identifier, IdentifierKind, SourceRef } from './types';

export interface ChecklistInput {
  context: TicketContext;
  /** The agent's answers, by section (label for messages), plain text. */
  answers: readonly { sectionId: string; label: string; text: string }[];
  /** Found by the extractors in the ticket AND in the answers (answer finds have source.entryId `answer:<sectionId>`). */
  identifiers: readonly Identifier[];
  environment: readonly EnvironmentDetail[];
}

export interface ChecklistStatus {
  id: ChecklistItemId;
  label: string;
  present: boolean;
  /** Why it counts as present, short and human: `Account ID 88231 (Dana Ito, 12 Nov)` / `in your "Customer context"` / `field "Plan tier": Enterprise`. */
  evidence?: string;
  source?: SourceRef;
}

interface Find {
  evidence: string;
  source: SourceRef;
}

const MAX_EVIDENCE_CHARS = 120;
const MAX_PHRASE_CHARS = 80;
const MAX_EXCERPT_CHARS = 160;
/** Total ticket text scanned; beyond it a pathological ticket (thousands of pasted logs) is not read. */
const MAX_TICKET_CHARS = 400_000;
const ANSWER_PREFIX = 'answer:';

/** Always the seven items, in CHECKLIST_ITEMS order. */
export function assessChecklist(input: ChecklistInput): ChecklistStatus[] {
  const ticket = ticketScan(input.context);
  const answers = answerPassages(input.answers);
  return CHECKLIST_ITEMS.map((item) => {
    const find = findItem(item.id, input, ticket, answers);
    return find ? { id: item.id, label: item.label, present: true, evidence: find.evidence, source: find.source } : { id: item.id, label: item.label, present: false };
  });
}

// ---------------------------------------------------------------------------------------------
// Where each item is looked for, in order of precedence.

type TextItem = Exclude<ChecklistItemId, 'environment'>;

const TEXT_FINDERS: Record<TextItem, (requesterEmail: string | undefined) => TextFinder> = {
  'account-ids': (requesterEmail) => (text, speaker) => findAccountId(text, speaker, requesterEmail),
  timestamps: () => findZonedTime,
  'repro-steps': () => findReproSteps,
  'affected-users': () => findAffectedUsers,
  'permissions-plan': () => findPlanOrRole,
  authorization: () => findAuthorization,
};

const ID_KINDS: ReadonlySet<IdentifierKind> = new Set(['account', 'user', 'order', 'request']);

function findItem(id: ChecklistItemId, input: ChecklistInput, ticket: TicketScan, answers: readonly Passage[]): Find | undefined {
  if (id === 'environment') return environmentFind(input);
  const fromIdentifiers = identifierFinder(id, input);
  const email = input.context.requester.email;
  return (
    fromIdentifiers?.((source) => !isAnswerSource(source)) ??
    ticket.find(id) ??
    fromIdentifiers?.(isAnswerSource) ??
    firstInPassages(answers, TEXT_FINDERS[id](email))
  );
}

/** Identifiers count for account IDs and zoned timestamps; the requester's own address does not. */
function identifierFinder(id: ChecklistItemId, input: ChecklistInput) {
  const requester = input.context.requester.email?.trim().toLowerCase();
  const counts =
    id === 'account-ids'
      ? (item: Identifier) => ID_KINDS.has(item.kind) && item.value.trim().toLowerCase() !== requester
      : id === 'timestamps'
        ? (item: Identifier) => item.kind === 'time' && hasZone(item.value)
        : undefined;
  if (!counts) return undefined;
  return (from: (source: SourceRef) => boolean): Find | undefined => {
    const item = input.identifiers.find((candidate) => from(candidate.source) && counts(candidate));
    return item && { evidence: clipEvidence(`${identifierName(item)} ${whereFound(item.source, input.answers)}`), source: item.source };
  };
}

function environmentFind(input: ChecklistInput): Find | undefined {
  const detail =
    input.environment.find((candidate) => !isAnswerSource(candidate.source)) ?? input.environment.find((candidate) => isAnswerSource(candidate.source));
  return detail && { evidence: clipEvidence(`${plain(detail.value)} ${whereFound(detail.source, input.answers)}`), source: detail.source };
}

const isAnswerSource = (source: SourceRef) => source.entryId.startsWith(ANSWER_PREFIX);

// ---------------------------------------------------------------------------------------------
// The ticket: fields first (a labelled value is the clearest evidence), then subject and timeline.

interface TicketScan {
  find(id: TextItem): Find | undefined;
}

const scans = new WeakMap<TicketContext, TicketScan>();

function ticketScan(context: TicketContext): TicketScan {
  const known = scans.get(context);
  if (known) return known;
  const passages = ticketPassages(context);
  const fields = [...context.customFields, ...context.organization.fields];
  const memo = new Map<TextItem, Find | undefined>();
  const scan: TicketScan = {
    find(id) {
      if (!memo.has(id)) memo.set(id, fieldFind(id, fields, context) ?? firstInPassages(passages, TEXT_FINDERS[id](context.requester.email)));
      return memo.get(id);
    },
  };
  scans.set(context, scan);
  return scan;
}

const FIELD_TESTS: Partial<Record<TextItem, (label: string, value: string) => boolean>> = {
  'account-ids': isIdField,
  timestamps: (_, value) => hasZone(value),
  'affected-users': isAffectedUsersField,
  'permissions-plan': isPlanField,
  authorization: isAuthorizationField,
};

function fieldFind(id: TextItem, fields: readonly LabelledValue[], context: TicketContext): Find | undefined {
  const test = FIELD_TESTS[id];
  // A "Request ID" field holding the ticket's own number tells L2 nothing new.
  const field = test && fields.find(({ label, value }) => test(plain(label), plain(value)) && !(id === 'account-ids' && value.trim() === context.ticketId));
  if (field) {
    const label = plain(field.label);
    const value = plain(field.value);
    return { evidence: clipEvidence(`field "${label}": ${value}`), source: { entryId: `field:${label}`, excerpt: clip(`${label}: ${value}`, MAX_EXCERPT_CHARS) } };
  }
  if (id === 'permissions-plan') {
    const tag = context.tags.find(isPlanTag);
    if (tag) return { evidence: clipEvidence(`tag "${plain(tag)}"`), source: { entryId: 'field:Tags', excerpt: clip(plain(tag), MAX_EXCERPT_CHARS) } };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Passages: one searchable text with its author and how evidence names it.

interface Passage {
  text: string;
  speaker: Speaker;
  ref: Omit<SourceRef, 'excerpt'>;
  /** Builds the evidence from the matched phrase. */
  evidence: (phrase: string) => string;
}

function ticketPassages(context: TicketContext): Passage[] {
  const passages: Passage[] = [];
  let budget = MAX_TICKET_CHARS;
  if (context.subject) {
    passages.push({ text: scannable(context.subject), speaker: 'unknown', ref: { entryId: 'field:Subject' }, evidence: (phrase) => `"${phrase}" (subject)` });
  }
  for (const entry of context.timeline) {
    if (budget <= 0) break;
    const text = scannable(entry.text.slice(0, budget));
    budget -= text.length;
    passages.push({ text, speaker: entry.authorRole, ref: entryRef(entry), evidence: (phrase) => `"${phrase}" ${byline(entry.author, entry.at)}` });
  }
  return passages;
}

function entryRef(entry: TimelineEntry): Omit<SourceRef, 'excerpt'> {
  const ref: Omit<SourceRef, 'excerpt'> = { entryId: entry.id };
  if (entry.author) ref.author = entry.author;
  if (entry.at) ref.at = entry.at;
  return ref;
}

// The checklist section's own ticks ("Reproduction steps") are labels, not data.
const ITEM_LABELS = new Set<string>(CHECKLIST_ITEMS.map((item) => item.label));

function answerPassages(answers: ChecklistInput['answers']): Passage[] {
  return answers.map((answer) => {
    const text = answer.text
      .split('\n')
      .filter((line) => !ITEM_LABELS.has(line.trim()))
      .join('\n');
    return {
      text: scannable(text),
      speaker: 'note',
      ref: { entryId: `${ANSWER_PREFIX}${answer.sectionId}` },
      evidence: () => `in your "${plain(answer.label) || answer.sectionId}"`,
    };
  });
}

function firstInPassages(passages: readonly Passage[], finder: TextFinder): Find | undefined {
  for (const passage of passages) {
    const span = finder(passage.text, passage.speaker);
    if (span) {
      const phrase = clip(squash(passage.text.slice(span.start, span.end)), MAX_PHRASE_CHARS);
      return { evidence: clipEvidence(passage.evidence(phrase)), source: { ...passage.ref, excerpt: excerpt(passage.text, span) } };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Wording.

const KIND_NAMES: Partial<Record<IdentifierKind, string>> = { account: 'Account ID', user: 'User', order: 'Order', request: 'Request', time: 'Time' };

/** "Account ID 88231"; the kind is left out when the value already says it ("Order #4411"). */
function identifierName(item: Identifier): string {
  const value = plain(item.value);
  const name = KIND_NAMES[item.kind] ?? '';
  const firstWord = name.split(' ')[0]?.toLowerCase() ?? '';
  return name === '' || value.toLowerCase().startsWith(firstWord) ? value : `${name} ${value}`;
}

/** `(Dana Ito, 12 Nov)`, `(field "Account")`, `(in your "Customer context")`. */
function whereFound(source: SourceRef, answers: ChecklistInput['answers']): string {
  if (isAnswerSource(source)) {
    const sectionId = source.entryId.slice(ANSWER_PREFIX.length);
    const label = answers.find((answer) => answer.sectionId === sectionId)?.label;
    return `(in your "${plain(label ?? '') || sectionId}")`;
  }
  if (source.entryId.startsWith('field:')) return `(field "${plain(source.entryId.slice('field:'.length))}")`;
  return byline(source.author, source.at);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `(Dana Ito, 12 Nov)`. The day is read from the ISO text itself, not through Date: the same
 * ticket reads the same in every time zone, and the helpdesk's offset is the one it shows.
 */
function byline(author: string | undefined, at: string | undefined): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})/u.exec(at ?? '');
  const month = date ? MONTHS[Number(date[2]) - 1] : undefined;
  const parts = [plain(author ?? ''), date && month ? `${Number(date[3])} ${month}` : ''].filter(Boolean);
  return parts.length ? `(${parts.join(', ')})` : '';
}

/** The sentence-ish window around a find, for the hover in the panel. */
function excerpt(text: string, span: Span): string {
  const from = Math.max(0, span.start - 60);
  const to = Math.min(text.length, span.end + 60);
  // Cut at word boundaries so the excerpt does not start or end mid-word.
  const head = from > 0 ? text.slice(from, span.start).replace(/^\S*\s/u, '') : text.slice(0, span.start);
  const tail = to < text.length ? text.slice(span.end, to).replace(/\s\S*$/u, '') : text.slice(span.end);
  const body = squash(`${head}${text.slice(span.start, span.end)}${tail}`);
  return clip(`${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`, MAX_EXCERPT_CHARS);
}

const plain = (text: string) => squash(stripInvisible(text.slice(0, 1000)));
const clipEvidence = (text: string) => clip(squash(text), MAX_EVIDENCE_CHARS);
