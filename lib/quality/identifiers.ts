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
  BARE_URL,
  BUSINESS_ID,
  CAPS_ID,
  BUSINESS_KINDS,
  CODE_ONLY,
  CODE_RULES,
  COLLOQUIAL_STATUS,
  CONTACT_BEFORE_EMAIL,
  DOMAIN_USER,
  DURATION_AFTER,
  EMAIL_PATTERN,
  EMPTY_VALUE,
  ERROR_COLON_INLINE,
  ERROR_COLON_LINE,
  ERROR_VOCABULARY,
  EXCEPTION,
  FIELD_KINDS,
  HTTP_PATH,
  HYPHEN_WORDS,
  IPV4,
  IPV6_CANDIDATE,
  JSON_ERROR_MESSAGE,
  KIND_BEFORE,
  LABEL_RULES,
  LOG_ERROR_LINE,
  LOG_LINE_PREFIX,
  LONG_HEX,
  MAC_ADDRESS,
  NOT_AN_EVENT_BEFORE,
  NOT_AN_EVENT_RIGHT_BEFORE,
  NOT_A_CAPS_ID,
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
  ...[URL_PATTERN, EMAIL_PATTERN, HTTP_PATH, BARE_URL, DOMAIN_USER, COLLOQUIAL_STATUS, IPV4, IPV6_CANDIDATE, MAC_ADDRESS, UUID, LONG_HEX, PREFIXED_ID, OTHER_PREFIXED_ID, BUSINESS_ID, CAPS_ID, TIME],
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
  scan(HTTP_PATH, text, present, (match) => {
    const path = trimUrl(match.groups?.path ?? '');
    if (path.length > 1) claims.push(claim('url', path, match.index + match[0].length - (match.groups?.path ?? '').length));
  });
  scan(BARE_URL, text, present, (match) => {
    const url = trimUrl(match[0]);
    claims.push(claim(NOT_EVIDENCE_URL.test(`https://${url}`) ? 'ignored' : 'url', url, match.index));
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
// "this workspace: connect ETIMEDOUT": a label after a determiner is a noun phrase, not a label.
const DETERMINER_BEFORE = /\b(?:this|that|these|those|each|every|which|what)\s+$/i;

const KIND_BEFORE_GLOBAL = KIND_BEFORE.map(([pattern, kind]): [RegExp, IdentifierKind] => [new RegExp(pattern.source, 'gi'), kind]);

/** The kind the words just before `index` (same line, a few words) give an ID; `fallback` when none do. */
function kindBefore(text: string, index: number, fallback: IdentifierKind): IdentifierKind {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const window = text.slice(Math.max(lineStart, index - 40), index);
  let best: IdentifierKind = fallback;
  let bestAt = -1;
  for (const [pattern, kind] of KIND_BEFORE_GLOBAL) {
    for (const match of window.matchAll(pattern)) {
      if (match.index > bestAt) {
        bestAt = match.index;
        best = kind;
      }
    }
  }
  return best;
}

/** "account ID 88231", "order #A-10442", "username jdoe": the value after a label, if it looks like an ID. */
function labelledClaims(text: string, present: ReadonlySet<string>): Claim<ClaimKind>[] {
  const claims: Claim<ClaimKind>[] = [];
  for (const rule of LABEL_RULES) {
    scan(rule, text, present, (match) => {
      const raw = match.groups?.value ?? '';
      const value = raw.replace(/[._+-]+$/, '');
      const index = match.index + match[0].length - raw.length;
      // Not a value after all: the word read as one may be a label itself ("organisation (org ID 5512)").
      const reject = () => {
        if (index > match.index) rule.pattern.lastIndex = index;
      };
      // "user jane@…" is an address (found as one); "$49.99" after "payment" is money.
      if (text.charAt(index + raw.length) === '@' || /[$€£]\s?$/.test(text.slice(Math.max(0, index - 2), index))) return;
      if (DETERMINER_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) return reject();
      const explicit = match.groups?.suffix !== undefined || /[:=#]/.test(match.groups?.sep ?? '');
      // "account 2500 users" is a count; "org BC-4471 request rate" is not.
      if (!tokenFits(value, rule.mode, explicit) || (/^\d+$/.test(value) && quantityAfter(text, index + value.length))) return reject();
      if (!explicit && rule.bareMinDigits !== undefined && /^\d+$/.test(value) && value.length < rule.bareMinDigits) return reject();
      const kind = rule.kindFromContext ? kindBefore(text, match.index, rule.kind) : rule.kind;
      claims.push(claim(kind === 'error-code' ? rule.kind : kind, value, index, match.index, index + value.length));
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
      return idLike || loginLike || slugLike;
    case 'word':
      return idLike || slugLike || wordLike;
    case 'slug':
      return idLike || slugLike || (explicit && wordLike && /^[a-z]/.test(token));
    case 'id':
      return idLike || (explicit && digits > 0 && !numberLike && token.length >= 3);
  }
}


const ERROR_CONTEXT_BEFORE = /\b(?:code|error|errors|err|erro|fehler|erreur|errore|with|w\/|same|shows?|showing|got|gets?|getting|fails?|failed|again|throws?|returns?|returned)[^\S\n]{0,2}[:#]?[^\S\n]{0,2}$/i;

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
  scan(CAPS_ID, text, present, (match) => {
    const value = match[0];
    if (NOT_A_CAPS_ID.test(value) || /-(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)-/.test(value)) return;
    const digits = value.replace(/\D/g, '').length;
    const before = text.slice(Math.max(text.lastIndexOf('\n', match.index - 1) + 1, match.index - 25), match.index);
    // "(BF-219)", "failed with CAL-404": a short number reads as an error code; alone it may be a model ("AP-515").
    const asError = /\($/.test(before) || ERROR_CONTEXT_BEFORE.test(before);
    if (digits < 4 && !asError) return;
    claims.push(claim(asError ? 'error-code' : kindBefore(text, match.index, 'other'), value, match.index));
  });
  scan(DOMAIN_USER, text, present, (match) => {
    claims.push(claim('user', match[0], match.index));
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
    // 'Error: "Tunnel closed."' is the message inside the quotes.
    const trimmed = raw.trim();
    const unquoted = /^["“][^"“”]+["”]$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
    const value = unquoted.replace(/[\s.:;,]+$/, '');
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
  for (const { message, index } of messagesAfterIntroLines(text)) add(message, index);
  // A stack trace line inside a log line's message is the same message: keep the outer one.
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: ScannedFind[] = [];
  let coveredTo = -1;
  for (const { value, index, end } of found) {
    if (index < coveredTo) continue;
    kept.push({ kind: 'error-message', value, index });
    coveredTo = end;
    // "… tunnels failed. (809)", "Media connection failed (code 1006)": the code the message ends with.
    const code = TRAILING_CODE.exec(value);
    const codeValue = code?.groups?.code ?? '';
    if (code && /\d/.test(codeValue) && !codes.has(codeValue.toLowerCase())) kept.push({ kind: 'error-code', value: codeValue, index: index + code.index + code[0].indexOf(codeValue) });
  }
  return kept;
}

const TRAILING_CODE = /\((?<code>(?:code\s)?[A-Za-z0-9][\w.-]{0,15})\)$/i;
// A line that introduces the error on the next line: "Error:", "The log shows this:", "Bounce from the log:".
const STRONG_INTRO_LINE = /\b(?:error|errors|error\s+message|exception|bounce|bounced|bounces|fehlermeldung|fehler|erreur|erro|errore|foutmelding)\b/i;
const WEAK_INTRO_LINE = /\b(?:message|says|said|shows|showed|displays|displayed|reads|output|response|log|popup|pop-up|banner|dialog)\b/i;
// A reply code before the message on that line: "550 5.7.515 Access denied…", "403 Forbidden: …".
const LEADING_CODE = /^(?:[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}|[245]\.\d{1,3}\.\d{1,3}|[45]\d\d)[^\S\n]{1,3}(?:-[^\S\n]{1,3})?/;

/** The line after a line that ends with ":" and names an error: pasted messages without quotes. */
function messagesAfterIntroLines(text: string): { message: string; index: number }[] {
  if (!/:[^\S\n]*\n/.test(text)) return [];
  const found: { message: string; index: number }[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    if (newline === -1) break;
    const line = text.slice(lineStart, newline).trim();
    lineStart = newline + 1;
    if (!line.endsWith(':') || line.length > 200) continue;
    const strong = STRONG_INTRO_LINE.test(line);
    if (!strong && !WEAK_INTRO_LINE.test(line)) continue;
    // The next non-empty line, at most two blank lines on.
    let at = lineStart;
    for (let blank = 0; blank < 3; blank++) {
      const end = text.indexOf('\n', at);
      const next = text.slice(at, end === -1 ? text.length : end);
      if (next.trim() === '') {
        if (end === -1) break;
        at = end + 1;
        continue;
      }
      const leading = next.length - next.trimStart().length;
      let message = next.trim();
      let index = at + leading;
      // Quoted (QUOTED reads it), a quoted reply or a list item: read elsewhere, or not one message.
      if (/^["“'‘>\-*•]|^\d+[.)]\s/.test(message) || message.length > 300) break;
      const code = LEADING_CODE.exec(message);
      if (code) {
        index += code[0].length;
        message = message.slice(code[0].length);
      }
      if (strong || ERROR_VOCABULARY.test(message)) found.push({ message, index });
      break;
    }
  }
  return found;
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
  return withoutRepeats(identifiers.finds);
}

/** Above this many finds of one kind, repeats are not looked for (keeps hostile tickets linear). */
const MAX_REPEAT_CHECK = 200;

/**
 * Leaves out a find that a longer find of the same kind already says: "409" and "409 Conflict"
 * next to "HTTP 409 Conflict", "07:41 UTC" next to "2025-05-07 07:41 UTC", "m.lund" next to
 * "m.lund@example.com", an address next to the same address with its port.
 */
function withoutRepeats(finds: Identifier[]): Identifier[] {
  const byKind = new Map<IdentifierKind, string[]>();
  for (const find of finds) {
    const values = byKind.get(find.kind) ?? [];
    values.push(find.value.toLowerCase());
    byKind.set(find.kind, values);
  }
  // The same value under two kinds ("practice ID HFP-1" then "HFP-1" alone): the first reading wins.
  const seen = new Set<string>();
  return finds.filter((find) => {
    const value = find.value.toLowerCase();
    const key = value.replace(/^#/, '');
    if (seen.has(key)) return false;
    seen.add(key);
    const others = byKind.get(find.kind) ?? [];
    if (others.length > MAX_REPEAT_CHECK) return true;
    return !others.some((other) => other.length > value.length && containsAsWords(other, value));
  });
}

/** `inner` occurs in `outer` with no letter or digit joined to it on either side. */
function containsAsWords(outer: string, inner: string): boolean {
  for (let at = outer.indexOf(inner); at !== -1; at = outer.indexOf(inner, at + 1)) {
    const left = outer.charAt(at - 1);
    const right = outer.charAt(at + inner.length);
    if (!/[\p{L}\p{N}_]/u.test(left) && !/[\p{L}\p{N}_]/u.test(right)) return true;
  }
  return false;
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
      // "Affected users: 14" is a count.
      return token && !/^\d{1,4}$/.test(value);
    case 'account':
      return token && (/\d/.test(value) || /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/i.test(value));
    case 'url':
    case 'time':
      return false; // A URL or time the finders did not see is not one.
    default:
      return token && /\d/.test(value);
  }
}
