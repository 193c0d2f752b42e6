// Identifiers and evidence: what L2 searches logs and admin tools with (account, user, order and
// request IDs, error codes and messages, URLs, event times, addresses). Deterministic: every find
// is a pattern match in one entry or field, with that entry as its source. Precision over recall:
// a number counts only when a label or its shape says what it is.
import type { LabelledValue, TicketContext } from '../context';
import {
  acceptNonOverlapping,
  boilerplateSpans,
  type Claim,
  eachMatch,
  entrySourceRef,
  fieldSourceRef,
  FirstOfEachValue,
  KeywordIndex,
  scan,
  scannableText,
  ticketFields,
} from './sourceRef';
import {
  BUSINESS_ID,
  BUSINESS_KINDS,
  CODE_ONLY,
  CODE_RULES,
  COLLOQUIAL_STATUS,
  CONTACT_BEFORE_EMAIL,
  DURATION_AFTER,
  EMAIL_PATTERN,
  EMPTY_VALUE,
  ERROR_COLON_INLINE,
  ERROR_COLON_LINE,
  ERROR_VOCABULARY,
  EXCEPTION,
  FIELD_KINDS,
  HYPHEN_WORDS,
  IPV4,
  IPV6_CANDIDATE,
  JSON_ERROR_MESSAGE,
  LABEL_RULES,
  LOG_ERROR_LINE,
  LOG_LINE_PREFIX,
  LONG_HEX,
  MAC_ADDRESS,
  NOT_AN_EVENT_BEFORE,
  NOT_AN_EVENT_RIGHT_BEFORE,
  NOT_AN_ID_FIELD,
  NOT_EVIDENCE_URL,
  OTHER_PREFIXED_ID,
  PREFIX_KINDS,
  PREFIXED_ID,
  QUANTITY_AFTER,
  QUOTED,
  ROLE_MAILBOX,
  SIGNATURE_LINE,
  STOPWORDS,
  STRONG_INTRO,
  TIME,
  TIME_ZONE,
  type TokenMode,
  URL_PATTERN,
  USER_BEFORE_EMAIL,
  UUID,
  UUID_ONLY,
  VERSION_BEFORE,
  WEAK_INTRO,
} from './identifierPatterns';
import type { Identifier, IdentifierKind } from './types';

export interface IdentifierFind {
  kind: IdentifierKind;
  /** As written, without quotes or trailing punctuation. */
  value: string;
  /** Where the value starts in the text given. */
  index: number;
}

/** True when a time as written says its zone: "14:30 UTC", "10:11:00Z", "+01:00", "PST", "(Berlin time)". */
export function hasTimeZone(value: string): boolean {
  return TIME_ZONE.test(value);
}

type ClaimKind = IdentifierKind | 'ignored';

const KEYWORDS = new KeywordIndex([
  ...LABEL_RULES,
  ...CODE_RULES,
  ...[URL_PATTERN, EMAIL_PATTERN, COLLOQUIAL_STATUS, IPV4, IPV6_CANDIDATE, MAC_ADDRESS, UUID, LONG_HEX, PREFIXED_ID, OTHER_PREFIXED_ID, BUSINESS_ID, TIME],
  ...[QUOTED, JSON_ERROR_MESSAGE, LOG_ERROR_LINE, ERROR_COLON_LINE, ERROR_COLON_INLINE, EXCEPTION],
]);

/** A find plus what the ticket-level filter needs to know about e-mail addresses. */
interface ScannedFind extends IdentifierFind {
  /** An e-mail introduced as a user ("user jane@…", "log in as jane@…"), kept even if it is the requester's. */
  labelledUser?: boolean;
}

/** Every identifier in `text` (its first MAX_SCANNED_CHARS), in text order. */
export function findIdentifiers(text: string): IdentifierFind[] {
  return scanIdentifiers(scannableText(text)).map(({ kind, value, index }) => ({ kind, value, index }));
}

const claim = (kind: ClaimKind, value: string, index: number, start = index, end = index + value.length): Claim<ClaimKind> => ({ kind, value, index, start, end });
const inSpans = (spans: readonly [number, number][], index: number) => spans.some(([start, end]) => index >= start && index < end);
const lineAround = (text: string, index: number) => text.slice(text.lastIndexOf('\n', index - 1) + 1, (text.indexOf('\n', index) + 1 || text.length + 1) - 1);

/** The scanned text's identifiers, without the ticket-level filters (own ticket, requester). */
function scanIdentifiers(text: string): ScannedFind[] {
  const present = KEYWORDS.present(text.toLowerCase());
  const boilerplate = boilerplateSpans(text);
  const labelledEmails = new Set<number>();
  // Strongest first: a URL swallows the order number in its path, an address its local part, a
  // label decides the kind of the UUID after it; boilerplate (signatures, reply headers) hides all.
  const claims: Claim<ClaimKind>[] = [
    ...boilerplate.map(([start, end]) => claim('ignored', '', start, start, end)),
    ...urlAndEmailClaims(text, present, labelledEmails),
    ...labelledClaims(text, present),
    ...codeClaims(text, present),
    ...shapedIds(text, present),
    ...addresses(text, present),
    ...times(text, present),
  ];
  const accepted = acceptNonOverlapping(claims, text.length).filter((c): c is Claim<IdentifierKind> => c.kind !== 'ignored');
  const finds: ScannedFind[] = accepted.map(({ kind, value, index }) => (labelledEmails.has(index) ? { kind, value, index, labelledUser: true } : { kind, value, index }));
  const urls = accepted.filter((c) => c.kind === 'url').map((c): [number, number] => [c.start, c.end]);
  const codes = new Set(accepted.filter((c) => c.kind === 'error-code').map((c) => c.value.toLowerCase()));
  finds.push(...errorMessages(text, present, [...boilerplate, ...urls], codes));
  return finds.sort((a, b) => a.index - b.index);
}

/** URLs (help-centre links ignored) and e-mail addresses (signatures, contacts and team mailboxes ignored). */
function urlAndEmailClaims(text: string, present: ReadonlySet<string>, labelledEmails: Set<number>): Claim<ClaimKind>[] {
  const claims: Claim<ClaimKind>[] = [];
  scan(URL_PATTERN, text, present, (match) => {
    const url = trimUrl(match[0]);
    claims.push(claim(NOT_EVIDENCE_URL.test(url) ? 'ignored' : 'url', url, match.index));
  });
  scan(EMAIL_PATTERN, text, present, (match) => {
    const verdict = emailVerdict(text, match.index, match[0]);
    // An ignored address is still claimed, so its local part is not read as a username.
    claims.push(claim(verdict === 'ignored' ? 'ignored' : 'user', match[0], match.index));
    if (verdict === 'labelled') labelledEmails.add(match.index);
  });
  return claims;
}

const quantityAfter = (text: string, end: number) => QUANTITY_AFTER.test(text.slice(end, end + 12));

/** "account ID 88231", "order #A-10442", "username jdoe": the value after a label, if it looks like an ID. */
function labelledClaims(text: string, present: ReadonlySet<string>): Claim<ClaimKind>[] {
  const claims: Claim<ClaimKind>[] = [];
  for (const rule of LABEL_RULES) {
    scan(rule, text, present, (match) => {
      const raw = match.groups?.value ?? '';
      const value = raw.replace(/[._+-]+$/, '');
      const index = match.index + match[0].length - raw.length;
      // "user jane@…" is an address (found as one); "$49.99" after "payment" is money.
      if (text.charAt(index + raw.length) === '@' || /[$€£]\s?$/.test(text.slice(Math.max(0, index - 2), index))) return;
      const explicit = match.groups?.suffix !== undefined || /[:=#]/.test(match.groups?.sep ?? '');
      if (!tokenFits(value, rule.mode, explicit) || quantityAfter(text, index + value.length)) return;
      if (!explicit && rule.bareMinDigits !== undefined && /^\d+$/.test(value) && value.length < rule.bareMinDigits) return;
      claims.push(claim(rule.kind, value, index, match.index, index + value.length));
    });
  }
  return claims;
}

/** Error codes: labelled ("HTTP 502", "error 1043"), shaped ("ERR_…", "0x8007…", "ORA-…") and "a 502". */
function codeClaims(text: string, present: ReadonlySet<string>): Claim<ClaimKind>[] {
  const claims: Claim<ClaimKind>[] = [];
  for (const rule of CODE_RULES) {
    scan(rule, text, present, (match) => {
      if ((rule.accept && !rule.accept(match[0])) || quantityAfter(text, match.index + match[0].length)) return;
      claims.push(claim('error-code', match[0], match.index));
    });
  }
  scan(COLLOQUIAL_STATUS, text, present, (match) => {
    const value = match.groups?.value ?? '';
    if (quantityAfter(text, match.index + match[0].length)) return;
    claims.push(claim('error-code', value, match.index + match[0].lastIndexOf(value)));
  });
  return claims;
}

/** URL without the punctuation that ends the sentence around it; a ")" stays if the URL opened one. */
function trimUrl(url: string): string {
  let end = url.length;
  let open = 0;
  let close = 0;
  for (const char of url) {
    if (char === '(') open++;
    else if (char === ')') close++;
  }
  for (;;) {
    const last = url.charAt(end - 1);
    if (/[.,;:!?'"*_~>\]}]/.test(last) || (last === ')' && close > open)) {
      if (last === ')') close--;
      end--;
    } else {
      return url.slice(0, end);
    }
  }
}

function emailVerdict(text: string, index: number, email: string): 'labelled' | 'user' | 'ignored' {
  const local = email.slice(0, email.indexOf('@'));
  if (!/\.[A-Za-z]{2,24}$/.test(email) || ROLE_MAILBOX.test(local)) return 'ignored';
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const before = text.slice(Math.max(lineStart, index - 40), index);
  if (USER_BEFORE_EMAIL.test(before)) return 'labelled';
  if (CONTACT_BEFORE_EMAIL.test(before) || SIGNATURE_LINE.test(lineAround(text, index))) return 'ignored';
  return 'user';
}

/** Does a labelled value look like an ID, given how much the label vouches for it? */
function tokenFits(token: string, mode: TokenMode, explicit: boolean): boolean {
  if (token.length < 2 || token.length > 100) return false;
  const digits = token.replace(/\D/g, '').length;
  const isHex = /^[0-9a-f]{8,64}$/i.test(token) && digits > 0;
  // "49.99" is a price, "14.30" a time, "4.12.1" a version: not IDs.
  const numberLike = /^\d+(?:[.,]\d+)+$/.test(token);
  // Without "#", "ID" or ":" a short number is more likely a count ("order 500 units"), a year a date.
  const idLike = !numberLike && digits > 0 && token.length >= 4 && (digits >= 4 || /[A-Za-z]/.test(token)) && !/^(?:19|20)\d\d$/.test(token);
  const slugLike = /^[a-z0-9]+(?:[-_.][a-z0-9]+)+$/.test(token) && /[a-z]/.test(token) && token.length >= 4 && !HYPHEN_WORDS.test(token);
  const loginLike = /^[a-z][a-z0-9]*(?:[._][a-z0-9]+)+$/.test(token);
  const wordLike = /^[A-Za-z][\w.-]{1,63}$/.test(token) && !STOPWORDS.has(token.toLowerCase());
  switch (mode) {
    case 'hex':
      return isHex || (/^[0-9a-f]{7}$/i.test(token) && digits > 0);
    case 'strong':
      return isHex || UUID_ONLY.test(token) || (idLike && token.length >= 6);
    case 'login':
      return idLike || loginLike;
    case 'word':
      return idLike || slugLike || wordLike;
    case 'slug':
      return idLike || slugLike || (explicit && wordLike && /^[a-z]/.test(token));
    case 'id':
      return idLike || (explicit && digits > 0 && !numberLike && token.length >= 3);
  }
}


/** IDs recognisable by shape alone: UUIDs, API-prefixed IDs, business numbers, long hex. */
function shapedIds(text: string, present: ReadonlySet<string>): Claim<ClaimKind>[] {
  const claims: Claim<ClaimKind>[] = [];
  scan(UUID, text, present, (match) => {
    claims.push(claim('request', match[0], match.index));
  });
  scan(PREFIXED_ID, text, present, (match) => {
    if (!/\d/.test(match.groups?.rest ?? '')) return;
    claims.push(claim(PREFIX_KINDS[match.groups?.prefix ?? ''] ?? 'other', match[0], match.index));
  });
  scan(OTHER_PREFIXED_ID, text, present, (match) => {
    claims.push(claim('other', match[0], match.index));
  });
  scan(BUSINESS_ID, text, present, (match) => {
    claims.push(claim(BUSINESS_KINDS[match.groups?.prefix ?? ''] ?? 'other', match[0], match.index));
  });
  scan(LONG_HEX, text, present, (match) => {
    const length = match[0].length;
    if ((length === 32 || length === 40 || length === 64) && /\d/.test(match[0]) && /[a-f]/i.test(match[0])) claims.push(claim('other', match[0], match.index));
  });
  return claims;
}

function addresses(text: string, present: ReadonlySet<string>): Claim<ClaimKind>[] {
  const claims: Claim<ClaimKind>[] = [];
  scan(MAC_ADDRESS, text, present, (match) => {
    claims.push(claim('other', match[0], match.index));
  });
  scan(IPV6_CANDIDATE, text, present, (match) => {
    if (isIpv6(match[0])) claims.push(claim('other', match[0], match.index));
  });
  scan(IPV4, text, present, (match) => {
    if (!VERSION_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) claims.push(claim('other', match[0], match.index));
  });
  return claims;
}

/** Eight hex groups, or fewer with one "::"; at least one letter or "::" (so "10:11:00" is a time). */
function isIpv6(candidate: string): boolean {
  const doubles = candidate.split('::').length - 1;
  if (doubles > 1) return false;
  const groups = candidate.split(':').filter((group) => group !== '');
  if (groups.length < 2 || groups.some((group) => group.length > 4)) return false;
  return doubles === 1 ? groups.length <= 7 : groups.length === 8;
}

/** Clock times of events, with their date and zone as written; not appointments or durations. */
function times(text: string, present: ReadonlySet<string>): Claim<ClaimKind>[] {
  const claims: Claim<ClaimKind>[] = [];
  scan(TIME, text, present, (match) => {
    const value = match[0].trimEnd();
    const end = match.index + value.length;
    const sentenceStart = Math.max(0, match.index - 100);
    const before = text.slice(sentenceStart, match.index);
    if (NOT_AN_EVENT_BEFORE.test(before) || NOT_AN_EVENT_RIGHT_BEFORE.test(before)) return;
    if (DURATION_AFTER.test(text.slice(end, end + 10))) return;
    claims.push(claim('time', value, match.index));
  });
  return claims;
}

// --- Error messages ------------------------------------------------------------------------

/**
 * Quoted error text after an error word ("error", "says", "shows"…) and error lines of pasted logs
 * and stack traces. `skip`: boilerplate and URLs; `codes`: codes already found, not repeated as messages.
 */
function errorMessages(text: string, present: ReadonlySet<string>, skip: readonly [number, number][], codes: ReadonlySet<string>): ScannedFind[] {
  const found: { value: string; index: number; end: number }[] = [];
  const add = (raw: string, at: number) => {
    const value = raw.trim().replace(/[\s.:;,]+$/, '');
    const index = at + raw.indexOf(value.charAt(0));
    if (value.length < 3 || CODE_ONLY.test(value) || codes.has(value.toLowerCase()) || inSpans(skip, index)) return;
    found.push({ value, index, end: index + value.length });
  };
  scan(QUOTED, text, present, (match) => {
    const quoted = match[1] ?? match[2] ?? '';
    const before = text.slice(Math.max(0, match.index - 50), match.index);
    if (/[.,;!?]\s*$/.test(before)) return;
    if (STRONG_INTRO.test(before) || (WEAK_INTRO.test(before) && ERROR_VOCABULARY.test(quoted))) add(quoted, match.index + 1);
  });
  scan(LOG_ERROR_LINE, text, present, (match) => {
    const raw = match.groups?.message ?? '';
    const message = raw.replace(LOG_LINE_PREFIX, '');
    // "ERROR 1043" is a code (found as one); a message has words.
    if (/^\d+\b/.test(message)) return;
    add(message, match.index + match[0].length - message.length);
  });
  scan(JSON_ERROR_MESSAGE, text, present, (match) => {
    // {"message":"Created"} is a success body: only error keys or error wording count.
    const message = match.groups?.message ?? '';
    if (/^"(?:error|errorMessage)/i.test(match[0]) || ERROR_VOCABULARY.test(message)) add(message, match.index + match[0].length - message.length - 1);
  });
  for (const pattern of [ERROR_COLON_LINE, ERROR_COLON_INLINE, EXCEPTION]) {
    scan(pattern, text, present, (match) => {
      const message = match.groups?.message ?? '';
      add(message, match.index + match[0].length - message.length);
    });
  }
  // A stack trace line inside a log line's message is the same message: keep the outer one.
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: ScannedFind[] = [];
  let coveredTo = -1;
  for (const { value, index, end } of found) {
    if (index < coveredTo) continue;
    kept.push({ kind: 'error-message', value, index });
    coveredTo = end;
  }
  return kept;
}

// --- Ticket level --------------------------------------------------------------------------

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
  return identifiers.finds;
}

function identifierKindOfField(label: string): IdentifierKind | undefined {
  const kind = FIELD_KINDS.find(([pattern]) => pattern.test(label))?.[1];
  // "Error code" and "User name" say what they hold even with "status"/"name" in them.
  if (kind === 'error-code' || /\b(?:user\s*name|login\s*name)\b/i.test(label)) return kind;
  return NOT_AN_ID_FIELD.test(label) ? undefined : kind;
}

/** What a field holds: what the finders see in its value, else the whole value if the label names its kind. */
function fieldIdentifiers(field: LabelledValue, kind: IdentifierKind | undefined): ScannedFind[] {
  const value = scannableText(field.value).trim();
  if (value === '' || EMPTY_VALUE.test(value)) return [];
  const found = scanIdentifiers(value);
  if (found.length > 0 || kind === undefined || !fieldValueFits(kind, value)) return found;
  return [{ kind, value, index: 0 }];
}

/** Whether a field's whole value can be an identifier of the kind its label names. */
function fieldValueFits(kind: IdentifierKind, value: string): boolean {
  // "49.99" under "Payment" is an amount, whatever the label says.
  if (/^\D{0,3}\d+[.,]\d{2}\D{0,4}$/.test(value)) return false;
  const token = !/\s/.test(value) && value.length <= 100;
  switch (kind) {
    case 'error-message':
      return value.length <= 300;
    case 'error-code':
      return value.length <= 40;
    case 'user':
      return token;
    case 'account':
      return token && (/\d/.test(value) || /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/i.test(value));
    case 'url':
    case 'time':
      return false; // A URL or time the finders did not see is not one.
    default:
      return token && /\d/.test(value);
  }
}
