import { type Attachment, type LabelledValue, type TimelineEntry } from '../../context';
import type { ContextValues, PartialRead, TicketRef } from '../types';
import { ticketPage } from './page';
import { FRESHDESK_SELECTORS as S } from './selectors';
import { inlineText, toPartialRead } from '../pageReading';
import { bodyText } from './text';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** Freshdesk shows "--" in empty dropdowns. */
function meaningful(text: string | undefined): string | undefined {
  return text && !/^[-–—]+$/.test(text) ? text : undefined;
}

function fieldValue(field: Element): string | undefined {
  const choice = field.querySelector(S.selectedChoice);
  if (choice) return meaningful(inlineText(choice));
  const input = field.querySelector<HTMLInputElement | HTMLTextAreaElement>(S.fieldInput);
  if (!input) return undefined;
  // An unchecked checkbox is the default state; the API read skips it too.
  if (input.tagName === 'INPUT' && (input as HTMLInputElement).type === 'checkbox') return (input as HTMLInputElement).checked ? 'Yes' : undefined;
  return meaningful(input.value.trim());
}

function readProperty(page: Element, name: string): string | undefined {
  const field = page.querySelector(S.propertyField(name));
  return field ? fieldValue(field) : undefined;
}

function readRequester(page: Element): ContextValues['requester'] | undefined {
  const name = inlineText(page.querySelector(S.requesterName));
  const email = EMAIL.exec(inlineText(page.querySelector(S.requesterEmail)) ?? '')?.[0];
  return name || email ? { name, email } : undefined;
}

/** A chosen tag's text without its "×" remove button. */
function tagText(option: Element): string | undefined {
  const copy = option.cloneNode(true) as Element;
  copy.querySelectorAll(S.multipleRemove).forEach((button) => button.remove());
  return inlineText(copy);
}

function readTags(page: Element): string[] | undefined {
  const field = page.querySelector(S.propertyField('tags'));
  if (!field) return undefined;
  const tags = [...field.querySelectorAll(S.multipleOption)]
    .map((option) => tagText(option))
    .filter((tag): tag is string => !!tag);
  return [...new Set(tags)];
}

function readCustomFields(page: Element): LabelledValue[] | undefined {
  if (!page.querySelector(S.propertiesForm)) return undefined;
  const fields: LabelledValue[] = [];
  for (const field of page.querySelectorAll(S.customPropertyField)) {
    const label = inlineText(field.querySelector(S.fieldLabel));
    const value = fieldValue(field);
    if (label && value !== undefined) fields.push({ label, value });
  }
  return fields;
}

function attachmentName(link: Element): string | undefined {
  return link.getAttribute('title')?.trim() || inlineText(link);
}

/**
 * Mirrors the API read: the requester is the customer, so is an incoming public reply; an
 * incoming private note from someone else is a third party's answer to a forward.
 */
function roleOf(item: Element, author: string | undefined, requester: string | undefined): TimelineEntry['authorRole'] {
  if (item.matches(S.description)) return 'customer';
  if (author && author === requester) return 'customer';
  if (item.matches(S.itemIncoming)) return item.matches(S.itemPrivate) ? 'unknown' : 'customer';
  return 'agent';
}

function readEntry(item: Element, index: number, requester: string | undefined): TimelineEntry | undefined {
  const body = item.querySelector(S.itemBody);
  const attachments: Attachment[] = [...item.querySelectorAll(S.itemAttachment)]
    .map(attachmentName)
    .filter((name): name is string => !!name)
    .map((name) => ({ name }));
  const text = body ? bodyText(body) : '';
  if (!text && attachments.length === 0) return undefined;
  const author = inlineText(item.querySelector(S.itemAuthor));
  const datetime = item.querySelector(S.itemTime)?.getAttribute('datetime') ?? undefined;
  return {
    id: `dom-${index + 1}`,
    author: author ?? 'Unknown',
    authorRole: roleOf(item, author, requester),
    visibility: item.matches(S.itemPrivate) ? 'internal' : 'public',
    at: datetime && !Number.isNaN(Date.parse(datetime)) ? datetime : undefined,
    text,
    attachments,
  };
}

function readTimeline(page: Element, requester: string | undefined): TimelineEntry[] | undefined {
  const list = page.querySelector(S.conversationList);
  if (!list) return undefined;
  return [...list.querySelectorAll(`${S.description}, ${S.conversationItem}`)]
    .map((item, index) => readEntry(item, index, requester))
    .filter((entry): entry is TimelineEntry => entry !== undefined);
}

/**
 * Reads what the shown Freshdesk view of `ref`'s ticket displays. Text comes from textContent
 * and input values only, so customer-written markup stays inert text. Company fields are left
 * to the API (the page shows only the company's name).
 */
export function readFreshdeskDom(ref: TicketRef, doc: Document): PartialRead {
  const page = ticketPage(doc, ref.ticketId);
  if (!page) {
    return toPartialRead({}, 'ticket is not the one shown on the page');
  }
  const requester = readRequester(page);
  const companyName = inlineText(page.querySelector(S.company));
  const read: ContextValues = {
    subject: inlineText(page.querySelector(S.subject)),
    status: readProperty(page, 'status'),
    priority: readProperty(page, 'priority'),
    requester,
    organization: companyName ? { name: companyName, fields: [] } : undefined,
    tags: readTags(page),
    customFields: readCustomFields(page),
    timeline: readTimeline(page, requester?.name),
  };
  return toPartialRead(read);
}
