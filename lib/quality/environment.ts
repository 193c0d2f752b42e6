// Environment details: where the problem happens (app version, OS, browser, device, network).
// Deterministic and explainable: every detail is a pattern match in one entry or field, with that
// entry as its source. Ambiguous words ("windows", "edge", "chrome", "safari") count only with a
// version or a context that makes them the OS or browser.
import type { LabelledValue, TicketContext } from '../context';
import { ENVIRONMENT_PATTERNS } from './environmentPatterns';
import { EMAIL_PATTERN, ERROR_VOCABULARY, QUOTED, URL_PATTERN } from './identifierPatterns';
import {
  acceptNonOverlapping,
  boilerplateSpans,
  type Claim,
  entrySourceRef,
  fieldSourceRef,
  FirstOfEachValue,
  eachMatch,
  KeywordIndex,
  scan,
  type ScanPattern,
  scannableText,
  ticketFields,
  triggered,
} from './sourceRef';
import type { EnvironmentDetail, EnvironmentKind } from './types';

export interface EnvironmentFind {
  kind: EnvironmentKind;
  /** The minimal span as written: "Windows 11", "Chrome 120", "app 4.12.1", "corporate VPN". */
  value: string;
  /** Where the value starts in the text given. */
  index: number;
}

type ClaimKind = EnvironmentKind | 'ignored';

// A pasted user-agent string names the OS in its parentheses and several browsers after them
// ("… Chrome/120.0 Safari/537.36" is Chrome; "… Chrome/120 Edg/120" is Edge). Read it as one
// unit so the tokens it carries for compatibility are not reported as browsers.
const USER_AGENT: ScanPattern = { triggers: ['mozilla/'], pattern: /\bMozilla\/5\.0\s\((?<platform>[^()\n]{1,200})\)(?<rest>[^\n]{0,400})/g };
const UA_OS = /Windows NT \d{1,2}\.\d|Mac OS X \d{1,2}(?:[._]\d{1,2}){0,2}|(?:iPhone )?OS \d{1,2}(?:_\d{1,2}){0,2}(?= like Mac)|Android \d{1,2}(?:\.\d{1,2}){0,2}|CrOS|Linux/;
// Most specific first: Edge and Opera also say "Chrome", Chrome also says "Safari".
const UA_BROWSERS: readonly RegExp[] = [/\bEdgA?\/[\d.]{1,20}/, /\bOPR\/[\d.]{1,20}/, /\bSamsungBrowser\/[\d.]{1,20}/, /\bFirefox\/[\d.]{1,20}/, /\bFxiOS\/[\d.]{1,20}/, /\bCriOS\/[\d.]{1,20}/, /\bChrome\/[\d.]{1,20}/, /\bSafari\/[\d.]{1,20}/];

// "Escalating to L2 VPN", "→ L2 Mobile": a support team, not the customer's network or device.
const SUPPORT_TEAM: ScanPattern = { triggers: [/\bL[123]\s/], pattern: /\bL[123][^\S\n](?:[A-Z][\w&-]{1,20}|VPN|POS|SSO)(?:[^\S\n][A-Z][\w&-]{1,20})?/g };

const KEYWORDS = new KeywordIndex([...ENVIRONMENT_PATTERNS, URL_PATTERN, EMAIL_PATTERN, USER_AGENT, QUOTED, SUPPORT_TEAM]);

/** Every environment detail in `text` (its first MAX_SCANNED_CHARS), in text order. */
export function findEnvironment(text: string): EnvironmentFind[] {
  return findInScanned(scannableText(text));
}

function findInScanned(text: string): EnvironmentFind[] {
  // Signatures ("Sent from my iPhone"), URLs and addresses are claimed first so nothing inside
  // them counts: ".../firefox/download" is not the customer's browser.
  const claims: Claim<ClaimKind>[] = boilerplateSpans(text).map(([start, end]) => ignored(start, end));
  const present = KEYWORDS.present(text.toLowerCase());
  for (const pattern of [URL_PATTERN, EMAIL_PATTERN]) scan(pattern, text, present, (match) => claims.push(ignored(match.index, match.index + match[0].length)));
  scan(USER_AGENT, text, present, (match) => claims.push(...userAgentClaims(match)));
  scan(SUPPORT_TEAM, text, present, (match) => claims.push(ignored(match.index, match.index + match[0].length)));
  // A quoted error message says what failed, not where: "…the attempted VPN tunnels failed."
  scan(QUOTED, text, present, (match) => {
    if (ERROR_VOCABULARY.test(match[1] ?? match[2] ?? '')) claims.push(ignored(match.index, match.index + match[0].length));
  });
  for (const { kind, pattern, triggers, accept } of ENVIRONMENT_PATTERNS) {
    if (!triggered(triggers, text, present)) continue;
    eachMatch(pattern, text, (match) => {
      const end = match.index + match[0].length;
      if (accept && !accept(text, match.index, end)) return;
      const value = match.groups?.value ?? match.groups?.model ?? match[0];
      claims.push({ kind, value, index: end - value.length, start: match.index, end });
    });
  }
  return acceptNonOverlapping(claims, text.length)
    .filter((c): c is Claim<EnvironmentKind> => c.kind !== 'ignored' && !inQuestionToReader(text, c.index))
    .map(({ kind, value, index }) => ({ kind, value, index }));
}

const ignored = (start: number, end: number): Claim<ClaimKind> => ({ kind: 'ignored', value: '', index: start, start, end });
const found = (kind: EnvironmentKind, value: string, index: number): Claim<ClaimKind> => ({ kind, value, index, start: index, end: index + value.length });

/** The OS and the browser a user agent names; the rest of it is claimed as ignored. */
function userAgentClaims(match: RegExpExecArray): Claim<ClaimKind>[] {
  const details: Claim<ClaimKind>[] = [];
  const platformAt = match.index + match[0].indexOf('(') + 1;
  const os = UA_OS.exec(match.groups?.platform ?? '');
  if (os) details.push(found('os', os[0], platformAt + os.index));
  const rest = match.groups?.rest ?? '';
  const restAt = match.index + match[0].length - rest.length;
  const browser = UA_BROWSERS.map((pattern) => pattern.exec(rest)).find((m) => m !== null);
  if (browser) details.push(found('browser', browser[0].replace(/\.$/, ''), restAt + browser.index));
  const claims: Claim<ClaimKind>[] = [];
  let from = match.index;
  for (const detail of details) {
    claims.push(detail, ignored(from, detail.start));
    from = detail.end;
  }
  claims.push(ignored(from, match.index + match[0].length));
  return claims;
}

/**
 * "Are you on the VPN?", "Which browser are you using?": a question to the other side names what
 * might matter, not what the customer has; so does a guess ("new APs doing SSL inspection?").
 * A question about what the writer has ("does it matter that I'm on Windows 11?") still counts.
 * Looks at most 300 characters either way.
 */
function inQuestionToReader(text: string, index: number): boolean {
  const ahead = text.slice(index, index + 300);
  const end = ahead.search(/[.!?](?=\s|$)|\n/);
  if (end === -1 || ahead.charAt(end) !== '?') return false;
  let start = index;
  while (start > 0 && start > index - 300 && !'.!?\n'.includes(text.charAt(start - 1))) start--;
  const question = text.slice(start, index + end);
  return /\b(?:you|your|you're|you’re)\b/i.test(question) || !/\b(?:I|I'm|I’m|my|we|we're|we’re|our|us)\b/i.test(question);
}

// --- Ticket level --------------------------------------------------------------------------

/**
 * Every environment detail in the ticket: timeline entries in order (customer and agent, public
 * and internal), then ticket and organization fields. One per distinct value, first occurrence wins.
 */
export function extractEnvironment(context: TicketContext): EnvironmentDetail[] {
  const details = new FirstOfEachValue<EnvironmentKind>();
  for (const entry of context.timeline) {
    const text = scannableText(entry.text);
    for (const find of findInScanned(text)) details.add(find.kind, find.value, () => entrySourceRef(entry, text, find.index, find.value.length));
  }
  for (const field of ticketFields(context)) {
    if (NOT_ENVIRONMENT_FIELD.test(field.label)) continue;
    for (const find of fieldEnvironment(field)) details.add(find.kind, find.value, () => fieldSourceRef(field));
  }
  return withoutLessSpecific(details.finds);
}

// Fields that sort the ticket ("Product area: VPN client"), not describe where the problem happens.
const NOT_ENVIRONMENT_FIELD = /\b(?:product\s+area|category|sub-?category|request\s+type|issue\s+type|component|queue|group|team|topic|tags?)\b/i;

/** Above this many finds of one kind, less specific ones are not looked for (keeps hostile tickets linear). */
const MAX_SPECIFIC_CHECK = 100;

/** A value compared by its words: lower case, "Win11" read as "Windows 11", runs of punctuation as one space. */
const words = (value: string) =>
  ` ${value
    .toLowerCase()
    .replace(/\bwin\s?(?=\d|xp\b)/g, 'windows ')
    .replace(/([a-z])(\d)|(\d)([a-z])/g, (_m, l1, d1, d2, l2) => (l1 ? `${l1} ${d1}` : `${d2} ${l2}`))
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .trim()} `;

/**
 * Leaves out a detail a more specific one of the same kind already says: "Firefox" next to
 * "Firefox 128", "router" next to "new router", "Win11" next to "Windows 11 23H2".
 */
function withoutLessSpecific<T extends { kind: EnvironmentKind; value: string }>(finds: T[]): T[] {
  const byKind = new Map<EnvironmentKind, string[]>();
  for (const find of finds) {
    const values = byKind.get(find.kind) ?? [];
    values.push(words(find.value));
    byKind.set(find.kind, values);
  }
  return finds.filter((find) => {
    const others = byKind.get(find.kind) ?? [];
    if (others.length > MAX_SPECIFIC_CHECK) return true;
    const own = words(find.value);
    return !others.some((other) => other.length > own.length && other.includes(own));
  });
}

// A field's label says what its value is: "App version" = "4.12.1" has no other clue.
const FIELD_KINDS: readonly [RegExp, EnvironmentKind][] = [
  [/\b(?:version|release|build|firmware)\b/i, 'version'],
  [/\b(?:os|operating\s+system)\b/i, 'os'],
  [/\bbrowser\b/i, 'browser'],
  [/\b(?:device|hardware|handset|laptop|computer|printer|phone\s+model|phone(?!\s*(?:number|no)))\b/i, 'device'],
  [/\b(?:network|connection|vpn|proxy)\b/i, 'network'],
];
const EMPTY_VALUE = /^(?:n\/?a|none|unknown|other|not\s+sure|unsure|-+|\?+|yes|no|true|false|null|undefined|tbd|various|multiple|all|any)$/i;

/** What a field holds: what the finder sees in its value, else the whole (short) value if the label names its kind. */
function fieldEnvironment(field: LabelledValue): { kind: EnvironmentKind; value: string }[] {
  const value = scannableText(field.value).trim();
  if (value === '' || EMPTY_VALUE.test(value)) return [];
  const finds = findInScanned(value);
  if (finds.length > 0) return finds;
  const kind = FIELD_KINDS.find(([pattern]) => pattern.test(field.label))?.[1];
  if (kind === undefined || value.length > 60) return [];
  // A version needs a number; other kinds need a word (not "3" or "-").
  const fits = kind === 'version' ? /\d/.test(value) && !/^\d{4}-\d{2}-\d{2}/.test(value) : /[A-Za-z]{2}/.test(value);
  return fits ? [{ kind, value }] : [];
}
