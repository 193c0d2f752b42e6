import { type Attachment, type TimelineEntry } from '../../context';
import type { ContextValues, PartialRead, TicketRef } from '../types';
import { ZENDESK_SELECTORS as S } from './selectors';
import { inlineText, toPartialRead } from '../pageReading';
import { blockText } from './text';
import { ticketWorkspace } from './workspace';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** Zendesk shows "-" in empty comboboxes. */
function meaningful(text: string | undefined): string | undefined {
  return text && text !== '-' && text !== '—' ? text : undefined;
}

function readSubject(ws: Element): string | undefined {
  const el = ws.querySelector(S.subject);
  if (!el) return undefined;
  // The Agent Workspace subject is an <input>: its text is in `.value`, not in the DOM tree.
  const value = 'value' in el && typeof el.value === 'string' ? el.value : el.textContent;
  return value?.trim() || undefined;
}

function readStatus(ws: Element): string | undefined {
  const el = ws.querySelector(S.status);
  const testId = el?.getAttribute('data-test-id');
  // The badge's test id carries the API status ("status-badge-open") whatever the UI language.
  if (testId?.startsWith(S.statusBadgePrefix)) return testId.slice(S.statusBadgePrefix.length) || undefined;
  return inlineText(el);
}

function readPriority(ws: Element): string | undefined {
  const field = ws.querySelector(S.priority);
  return meaningful(inlineText(field?.querySelector(S.comboboxValue) ?? field));
}

/** First email-shaped text, per text node: adjacent labels ("Email") must not glue onto it. */
function firstEmail(root: Element | null): string | undefined {
  if (!root) return undefined;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const match = EMAIL.exec(node.nodeValue ?? '');
    if (match) return match[0];
  }
  return undefined;
}

function readRequester(ws: Element): ContextValues['requester'] | undefined {
  const name = meaningful(inlineText(ws.querySelector(S.requesterName) ?? ws.querySelector(S.requesterNavItem)));
  const email = firstEmail(ws.querySelector(S.customerContext));
  return name || email ? { name, email } : undefined;
}

function readTags(ws: Element): string[] | undefined {
  const field = ws.querySelector(S.tagsField);
  if (!field) return undefined;
  const tags = [...field.querySelectorAll(S.tagItem)]
    .map((item) => inlineText(item)?.replace(/\s*×$/, ''))
    .filter((tag): tag is string => !!tag);
  return [...new Set(tags)];
}

function attachmentName(link: Element): string | undefined {
  const href = link.getAttribute('href') ?? '';
  try {
    const name = new URL(href, 'https://zendesk.invalid/').searchParams.get('name');
    if (name) return name;
  } catch {
    // fall through to the link text
  }
  return inlineText(link);
}

function readEntry(item: Element, index: number): TimelineEntry | undefined {
  const body = item.querySelector(S.itemBody);
  const attachments: Attachment[] = [...item.querySelectorAll(S.itemAttachment)]
    .map(attachmentName)
    .filter((name): name is string => !!name)
    .map((name) => ({ name }));
  const text = body ? blockText(body, S.itemAttachment) : '';
  if (!text && attachments.length === 0) return undefined;

  const internal = item.querySelector(S.itemInternalTag) !== null;
  const type = item.querySelector(S.itemMessage)?.getAttribute(S.itemRoleAttribute);
  const authorRole = type === 'end-user' ? 'customer' : type === 'agent' || internal ? 'agent' : 'unknown';
  const datetime = item.querySelector(S.itemTime)?.getAttribute('datetime') ?? undefined;
  return {
    id: `dom-${index + 1}`,
    author: inlineText(item.querySelector(S.itemAuthor)) ?? 'Unknown',
    authorRole,
    visibility: internal ? 'internal' : 'public',
    at: datetime && !Number.isNaN(Date.parse(datetime)) ? datetime : undefined,
    text,
    attachments,
  };
}

function readTimeline(ws: Element): TimelineEntry[] | undefined {
  const log = ws.querySelector(S.conversationLog);
  if (!log) return undefined;
  return [...log.querySelectorAll(S.conversationItem)]
    .map(readEntry)
    .filter((entry): entry is TimelineEntry => entry !== undefined);
}

/**
 * Reads what the visible Zendesk workspace of `ref`'s ticket shows. Text comes from
 * textContent / input values only, so customer-written markup stays inert text.
 * Organization fields and custom fields are left to the API (their DOM is per-form).
 */
export function readZendeskDom(ref: TicketRef, doc: Document): PartialRead {
  const ws = ticketWorkspace(doc, ref.ticketId);
  if (!ws) {
    return toPartialRead({}, 'ticket is not the one shown on the page');
  }
  const organizationName = inlineText(ws.querySelector(S.organization));
  const read: ContextValues = {
    subject: readSubject(ws),
    status: readStatus(ws),
    priority: readPriority(ws),
    requester: readRequester(ws),
    organization: organizationName ? { name: organizationName, fields: [] } : undefined,
    tags: readTags(ws),
    timeline: readTimeline(ws),
  };
  return toPartialRead(read);
}
