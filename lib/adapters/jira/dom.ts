import { type Attachment, type LabelledValue, type TimelineEntry } from '../../context';
import type { ContextValues, PartialRead, TicketRef } from '../types';
import { isoTime } from './apiMapping';
import { issueView } from './issueView';
import { inlineText, toPartialRead } from '../pageReading';
import { rendererText } from './rendererText';
import { EMPTY_FIELD_TEXT, INTERNAL_NOTE_LABEL, JIRA_SELECTORS as S, ORGANIZATIONS_LABEL } from './selectors';


function meaningful(text: string | undefined): string | undefined {
  return text && !EMPTY_FIELD_TEXT.test(text) ? text : undefined;
}

function readRequesterName(view: Element): string | undefined {
  const field = view.querySelector(S.reporter);
  return meaningful(inlineText(field?.querySelector(S.reporterName) ?? field));
}

function readTags(view: Element): string[] | undefined {
  const field = view.querySelector(S.labelsField);
  if (!field) return undefined;
  const labels = [...field.querySelectorAll(S.labelItem)].map((a) => inlineText(a)).filter((t): t is string => !!t);
  return [...new Set(labels)];
}

/** A context-panel field's heading and shown value. */
function fieldOf(readView: Element): LabelledValue | undefined {
  const wrapper = readView.closest(S.fieldWrapper);
  const label = inlineText(wrapper?.querySelector(S.fieldHeading));
  const value = meaningful(inlineText(readView));
  return label && value ? { label, value } : undefined;
}

/**
 * Custom fields (request type included) from their read views, which carry the field id. The
 * JSM organizations field is one of them, told apart by its heading.
 */
function readCustomFields(view: Element): { fields: LabelledValue[]; organization?: string } {
  const fields: LabelledValue[] = [];
  let organization: string | undefined;
  const seen = new Set<string>();
  for (const readView of view.querySelectorAll(S.customFieldReadView)) {
    const id = S.customFieldIdPattern.exec(readView.getAttribute('data-testid') ?? '')?.[0];
    // Nested test ids repeat the id: the outermost read view of each field counts.
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const field = fieldOf(readView);
    if (!field) continue;
    if (ORGANIZATIONS_LABEL.test(field.label)) organization = field.value;
    else fields.push(field);
  }
  return { fields, organization };
}

function timeIn(el: Element | null | undefined): string | undefined {
  return isoTime(el?.querySelector(S.commentTime)?.getAttribute('datetime') ?? undefined);
}

function readAttachments(view: Element): Attachment[] {
  const panel = view.querySelector(S.attachmentsPanel);
  if (!panel) return [];
  return [...panel.querySelectorAll(S.attachmentCard)]
    .map((card) => card.getAttribute(S.attachmentNameAttribute) ?? inlineText(card))
    .filter((name): name is string => !!name)
    .map((name) => ({ name }));
}

function readDescription(view: Element, reporter: string | undefined): TimelineEntry | undefined {
  // Only the rendered document: an empty description shows an "Add a description…" prompt instead.
  const doc = view.querySelector(S.description)?.querySelector(S.rendererDocument);
  const text = doc ? rendererText(doc) : '';
  const attachments = readAttachments(view);
  if (!text && attachments.length === 0) return undefined;
  return {
    id: 'dom-description',
    author: reporter ?? 'Unknown',
    authorRole: reporter ? 'customer' : 'unknown',
    visibility: 'public',
    at: isoTime(view.querySelector(S.createdTime)?.getAttribute('datetime') ?? undefined),
    text,
    attachments,
  };
}

interface RawComment {
  id: string;
  author?: string;
  internal: boolean;
  at?: string;
  text: string;
}

function readComment(item: Element): RawComment | undefined {
  const header = item.querySelector(S.commentHeader);
  const body = item.querySelector(S.commentBody);
  const text = body ? rendererText(body.querySelector(S.rendererDocument) ?? body) : '';
  if (!text) return undefined;
  // Atlaskit's comment header puts the author first, then the type lozenge and the time.
  const lozenge = header?.querySelector(S.commentTypeLozenge);
  return {
    id: `dom-${(item.getAttribute('data-testid') ?? '').replace(/^comment-base-item-/, '')}`,
    author: inlineText(header?.firstElementChild),
    internal: INTERNAL_NOTE_LABEL.test(lozenge?.textContent ?? ''),
    at: timeIn(header),
    text,
  };
}

/**
 * Comments, oldest first (the issue view lists newest first by default). The page does not say who is
 * staff: the reporter is the customer; whoever wrote an internal note is an agent (customers
 * cannot); anyone else is unknown.
 */
function readTimeline(view: Element, reporter: string | undefined): TimelineEntry[] | undefined {
  const list = view.querySelector(S.commentsList);
  const description = readDescription(view, reporter);
  if (!list) return description ? [description] : undefined;
  const raw = [...list.querySelectorAll(S.commentItem)].map(readComment).filter((c): c is RawComment => !!c);
  // Comment ids grow with time, so they order comments whether or not times are shown.
  const byId = raw.every((c) => /^dom-\d+$/.test(c.id));
  if (byId) raw.sort((a, b) => Number(a.id.slice(4)) - Number(b.id.slice(4)));
  else if (raw.every((c) => c.at)) raw.sort((a, b) => Date.parse(a.at!) - Date.parse(b.at!));
  const agents = new Set(raw.filter((c) => c.internal && c.author).map((c) => c.author));
  const comments = raw.map<TimelineEntry>((c) => ({
    id: c.id,
    author: c.author ?? 'Unknown',
    authorRole: c.author && c.author === reporter ? 'customer' : agents.has(c.author) ? 'agent' : 'unknown',
    visibility: c.internal ? 'internal' : 'public',
    at: c.at,
    text: c.text,
    attachments: [],
  }));
  return description ? [description, ...comments] : comments;
}

/**
 * Reads what the issue view of `ref`'s issue shows (the modal's, when one sits over a board).
 * Text comes from textContent and attributes only, so customer-written markup stays inert.
 * Not on the page: the reporter's email and organization details.
 */
export function readJiraDom(ref: TicketRef, doc: Document): PartialRead {
  const view = issueView(doc, ref.ticketId);
  if (!view) {
    return toPartialRead({}, 'issue is not the one shown on the page');
  }
  const reporter = readRequesterName(view);
  const custom = readCustomFields(view);
  const read: ContextValues = {
    subject: inlineText(view.querySelector(S.summary)),
    status: inlineText(view.querySelector(S.status)),
    priority: meaningful(inlineText(view.querySelector(S.priority))),
    requester: reporter ? { name: reporter } : undefined,
    organization: custom.organization ? { name: custom.organization, fields: [] } : undefined,
    tags: readTags(view),
    customFields: view.querySelector(S.fieldWrapper) ? custom.fields : undefined,
    timeline: readTimeline(view, reporter),
  };
  return toPartialRead(read);
}
