// Identifiers and evidence: what L2 searches logs and admin tools with (account, user, order and
// request IDs, error codes and messages, URLs, event times, addresses). Deterministic: every find
// is a pattern match in one entry or field, with that entry as its source. Precision over recall:
// a number counts only when a label or its shape says what it is.
//
// The finders, one concern per file, live in ./identifiers/; this file is the public entry.
import type { TicketContext } from '../context';
import type { IdentifierFind, ScannedFind } from './identifierFinders/claims';
import { withoutRepeats } from './identifierFinders/dedupe';
import { fieldIdentifiers, identifierKindOfField } from './identifierFinders/fields';
import { scanIdentifiers } from './identifierFinders/scan';
import { TIME_ZONE } from './identifierFinders/timePatterns';
import { entrySourceRef, fieldSourceRef, FirstOfEachValue, scannableText, ticketFields } from './sourceRef';
import type { Identifier, IdentifierKind } from './types';

export type { IdentifierFind } from './identifierFinders/claims';

/** True when a time as written says its zone: "14:30 UTC", "10:11:00Z", "+01:00", "PST", "(Berlin time)". */
export function hasTimeZone(value: string): boolean {
  return TIME_ZONE.test(value);
}

/** Every identifier in `text` (its first MAX_SCANNED_CHARS), in text order. */
export function findIdentifiers(text: string): IdentifierFind[] {
  return scanIdentifiers(scannableText(text)).map(({ kind, value, index }) => ({ kind, value, index }));
}

/**
 * Every identifier in the ticket: timeline entries in order (customer and agent, public and
 * internal), then ticket and organization fields. One per distinct value, first occurrence wins.
 * Leaves out the ticket's own number and URL, and the requester's own address unless the text
 * names it as an affected user.
 */
export function extractIdentifiers(context: TicketContext): Identifier[] {
  const requester = context.requester.email?.trim().toLowerCase();
  const ownTicket = context.ticketId.replace(/^#/, '').toLowerCase();
  const ownUrl = context.url.replace(/\/+$/, '');
  const keep = (find: ScannedFind, fromUserField = false) => {
    const bare = find.value.replace(/^#/, '').toLowerCase();
    if (bare === ownTicket || find.value.replace(/\/+$/, '') === ownUrl) return false;
    return !(find.kind === 'user' && requester !== undefined && bare === requester && !find.labelledUser && !fromUserField);
  };

  const identifiers = new FirstOfEachValue<IdentifierKind>();
  for (const entry of context.timeline) {
    const text = scannableText(entry.text);
    for (const find of scanIdentifiers(text)) {
      if (keep(find)) identifiers.add(find.kind, find.value, () => entrySourceRef(entry, text, find.index, find.value.length));
    }
  }
  for (const field of ticketFields(context)) {
    const fieldKind = identifierKindOfField(field.label);
    for (const find of fieldIdentifiers(field, fieldKind)) {
      if (keep(find, fieldKind === 'user')) identifiers.add(find.kind, find.value, () => fieldSourceRef(field));
    }
  }
  return withoutRepeats(identifiers.finds);
}
