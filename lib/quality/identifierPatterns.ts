// The patterns identifiers.ts matches, as data. Every quantifier is bounded and no group repeats
// an ambiguous sub-pattern, so each regex is linear in the text it scans.
import type { ScanPattern } from './sourceRef';
import type { IdentifierKind } from './types';

// --- URLs and e-mail addresses -----------------------------------------------------------

/**
 * Links that are not evidence: help-centre and documentation articles, status pages, surveys,
 * unsubscribe links. Agents paste them in replies; L2 does not search logs with them.
 */
export const NOT_EVIDENCE_URL =
  /^https?:\/\/(?:[^/?#]*\.)?(?:help|docs|doc|kb|knowledge|community|status|support)\.|\/(?:hc|kb|knowledge|knowledgebase|docs|articles?|solutions\/articles|faq|help)\/|unsubscribe|survey|satisfaction/i;

/** http(s) URLs; trailing punctuation is trimmed by the finder. */
export const URL_PATTERN: ScanPattern = { triggers: ['http'], pattern: /\bhttps?:\/\/[^\s<>"'`{}|\\^[\]“”‘’]{1,2000}/gi };
/** E-mail addresses. Starts only at the start of a word, so a long run without "@" is cheap. */
export const EMAIL_PATTERN: ScanPattern = { triggers: ['@'], pattern: /(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g };
/** Mailboxes that are a team or a robot, never an affected user. */
export const ROLE_MAILBOX = /^(?:no-?reply|do-?not-?reply|mailer-daemon|postmaster|notifications?|support|help|helpdesk|service-?desk|customer-?(?:service|care|support)|it-?support|hello|info|contact)(?:[+._-][\w.-]*)?$|no-?reply|donotreply/i;

// --- Labelled IDs ------------------------------------------------------------------------

/**
 * How much a labelled value must look like an ID:
 * - `id`: a digit and some length ("88231", "A-10442", "u_5512"), not "2FA";
 * - `slug`: also a lower-case slug or domain ("acme-eu", "contoso.onmicrosoft.com") for tenants;
 * - `login`: also a lower-case login with a dot or underscore ("kenji.tanaka", "j_doe");
 * - `word`: also any non-stopword token, for usernames ("jdoe");
 * - `hex`: a hex string of 7+ digits (commit and build hashes);
 * - `strong`: for words too common to trust with a short number ("request 500"): 6+ characters.
 */
export type TokenMode = 'id' | 'slug' | 'login' | 'word' | 'hex' | 'strong';

export interface LabelRule extends ScanPattern {
  kind: IdentifierKind;
  /** The words before the label say the kind ("employee ID", "practice ID"); `kind` when they do not. */
  kindFromContext?: boolean;
  mode: TokenMode;
  /**
   * For labels that are also verbs ("order 3500 of them", "charge 1200"): a bare number right
   * after them, with no "#", "ID" or ":", needs this many digits to count.
   */
  bareMinDigits?: number;
}

// "ID", "number", "no.", "#" after the label: "account ID", "accountId", "order_no".
const SUFFIX = String.raw`(?<suffix>[\s_-]?(?:id|number|num|nr|no\.?|#|ref|reference|uuid|guid))?`;
// Between label and value: "account ID: 88231", "order #A-10442", "tenant is acme-eu".
const SEPARATOR = String.raw`(?<sep>[^\S\n]{0,3}(?:[:=]|\bis\b|\bwas\b)?[^\S\n]{0,3}#?[^\S\n]{0,2}["'“‘(\[]?)`;
const TOKEN = String.raw`(?<value>[A-Za-z0-9][\w.+-]{0,99})`;

/** The literal start of each alternative, lower-cased: the triggers for a label list. */
function labelWords(labels: string): string[] {
  return labels.split('|').map((label) => label.toLowerCase().replace(/\\s\+/g, ' ').replace(/[[(\\?].*$/, ''));
}

function labelled(kind: IdentifierKind, labels: string, suffix: 'optional' | 'required', mode: TokenMode, bareMinDigits?: number): LabelRule {
  const suffixPart = suffix === 'optional' ? SUFFIX : SUFFIX.replace(/\)\?$/, ')');
  // (?![A-Za-z]): the label is a whole word ("user", not the start of "users").
  const pattern = new RegExp(String.raw`\b(?:${labels})${suffixPart}(?![A-Za-z])${SEPARATOR}${TOKEN}`, 'gi');
  return { kind, pattern, mode, triggers: labelWords(labels), ...(bareMinDigits === undefined ? {} : { bareMinDigits }) };
}

const USERNAME_LABELS = 'user\\s?name|login\\s?name|login\\s?id|screen\\s?name|uid|upn|sAMAccountName|user\\s+principal\\s+name';

/** Labelled IDs, strongest first (a username label before the generic "user"). */
export const LABEL_RULES: readonly LabelRule[] = [
  // Usernames are words: "username jdoe", "login: jdoe".
  {
    kind: 'user',
    pattern: new RegExp(String.raw`\b(?:${USERNAME_LABELS}|login(?=\s?[:=]))${SEPARATOR}${TOKEN}`, 'gi'),
    mode: 'word',
    triggers: ['user', 'login', 'screen', 'uid', 'upn', 'samaccountname'],
  },
  labelled('user', 'user|member|employee', 'optional', 'login'),
  labelled('account', 'account|acct|org|organi[sz]ation', 'optional', 'slug'),
  labelled('account', 'tenant|workspace|instance|subdomain|realm', 'optional', 'slug'),
  labelled('account', 'customer|company|subscription|site|store|merchant|project|team|partner|billing\\s+account|license|licence', 'required', 'slug'),
  // "Kundennummer 30418876", "Klantnummer", "numéro client", "número de cliente": customer numbers in other languages.
  {
    kind: 'account',
    pattern: new RegExp(String.raw`\b(?:kunden-?(?:nummer|nr\.?)|klant(?:nummer|nr\.?)|kundnummer|asiakasnumero|num[ée]ro\s+(?:de\s+)?client|n[°º]\s?client|n[úu]mero\s+(?:de|do)\s+cliente|numero\s+cliente|c[óo]digo\s+(?:de|do)\s+cliente)${SEPARATOR}${TOKEN}`, 'gi'),
    mode: 'id',
    triggers: ['kunde', 'klant', 'kundnummer', 'asiakasnumero', 'client', 'cliente'],
  },
  // "domain mail.example.com", "hostname: db-01.internal": a host name (a dot in it) after its label.
  {
    kind: 'other',
    pattern: new RegExp(String.raw`\b(?:domain|sending\s+domain|hostname|host\s?name|FQDN)${SEPARATOR}(?<value>[a-z0-9](?:[a-z0-9-]{0,62})(?:\.[a-z0-9-]{1,63}){1,6})(?![\w.-])`, 'gi'),
    mode: 'slug',
    triggers: ['domain', 'hostname', 'host name', 'fqdn'],
  },
  labelled('order', 'order|book|booking|charge|refund|pay|payment', 'optional', 'id', 5),
  labelled('order', 'invoice|inv|transaction|txn|trx|receipt|purchase\\s+order|PO|reservation|shipment', 'optional', 'id'),
  labelled('order', 'tracking|quote|contract|credit\\s+note', 'required', 'id'),
  labelled('request', 'trace|correlation|x-request-id|x-correlation-id|ray|job|traceparent', 'optional', 'id'),
  labelled('request', 'request', 'optional', 'strong'),
  labelled(
    'request',
    'req|span|task|run|session|event|message|incident|execution|import|export|sync|batch|webhook|delivery|operation|activity|log|error|support|upload|report|process|workflow|pipeline|query',
    'required',
    'id',
  ),
  {
    kind: 'other',
    pattern: /\b(?:serial(?:\s?(?:number|no\.?|#))?|S\/N|IMEI|(?:n[úu]mero|num[ée]ro|numero)\s+de\s+s[ée]rie|numero\s+di\s+serie|serien?nummer|Seriennr\.?|asset\s+tag|device\s?id|hardware\s+id|client\s?id|app\s?id|application\s?id|reference(?:\s(?:number|no\.?|id|code))?|ref(?:\.|\s?(?:no\.?|number|id))?)(?<sep>[^\S\n]{0,3}[:=#]?[^\S\n]{0,3})(?<value>[A-Za-z0-9][\w.+-]{0,99})/gi,
    mode: 'id',
    triggers: ['serial', 's/n', 'imei', 'série', 'serie', 'seri', 'asset', 'device', 'hardware', 'client', 'app', 'application', 'ref'],
  },
  { kind: 'other', pattern: /\bSN(?<sep>[^\S\n]{0,2}[:#]?[^\S\n]{0,2})(?<value>[A-Za-z0-9][\w.+-]{0,99})/g, mode: 'id', triggers: [/\bSN\b/] },
  // "ID: 88231", "my ID is 88231": an ID whose kind the text does not say.
  { kind: 'other', pattern: new RegExp(String.raw`\bIDs?(?=\s?(?::|#|is\b))${SEPARATOR}${TOKEN}`, 'g'), mode: 'id', triggers: [/\bIDs?\b/], kindFromContext: true },
  // "practice ID HFP-20931", "(ID c_9918273)": without ":" the value must look like an ID by itself.
  { kind: 'other', pattern: new RegExp(String.raw`\bID[^\S\n]{1,2}${TOKEN}`, 'g'), mode: 'id', triggers: [/\bID\s/], kindFromContext: true },
  {
    kind: 'other',
    pattern: /\b(?:commit|sha|sha1|sha256|hash|checksum|revision|rev|build\s+hash|git\s+sha)(?<sep>[^\S\n]{0,3}[:=#]?[^\S\n]{0,3})(?<value>[0-9a-fA-F]{7,64})\b/gi,
    mode: 'hex',
    triggers: ['commit', 'sha', 'hash', 'checksum', 'rev'],
  },
];

/** Words that follow a label without being its value ("username and password", "account is locked"). */
export const STOPWORDS = new Set(
  `a an and or not no nor but the this that these those it its is are was were be been being has have had do does did done to of in on at by for from with without as into onto
  field fields box input password passwords settings setting page pages screen form forms email e-mail address name names here there above below
  attached same different unknown empty blank required missing wrong invalid incorrect correct shown visible hidden available locked disabled
  enabled expired changed change changes reset works working work fails failed failing error errors again also still just only already
  which who whom whose what when where why how if then than so too very all any some each every both either neither one two three none
  i you he she we they me him her us them my your his our their mine yours ours theirs please thanks thank hello hi yes ok okay`
    .split(/\s+/)
    .filter(Boolean),
);

/** Common hyphenated words that are not tenant slugs ("tenant-wide", "sign-in"). */
export const HYPHEN_WORDS = /^(?:sign-?in|sign-?up|log-?in|log-?out|set-?up|opt-?in|opt-?out|add-?on|e-?mail|self-\w+|re-\w+|multi-\w+|single-\w+|non-\w+|pre-\w+|co-\w+|\w+-wide|\w+-level|\w+-based|\w+-specific|\w+-only|\w+-side|\w+-related|\w+-like)$/i;

/** After a value: it was a quantity or money ("38 users", "500 seats", "49.99 EUR"). */
export const QUANTITY_AFTER =
  /^[^\S\n]{0,2}(?:users?|seats?|licen[cs]es?|people|persons?|members?|employees?|agents?|accounts?|days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|seconds?|secs?|ms|times|items?|records?|rows?|entries|files?|emails?|messages?|requests?|orders?|invoices?|units?|pcs|pieces?|copies|boxes|packs?|GB|MB|KB|TB|%|percent|USD|EUR|GBP|dollars?|euros?|pounds?|x)\b|^%/i;

// --- E-mail context ----------------------------------------------------------------------

// A user label shortly before an address: "user jane@…", "log in as jane@…", "affected: jane@…".
export const USER_BEFORE_EMAIL = /\b(?:user|users|username|login|log(?:ged)?\s+in\s+as|sign(?:ed)?\s+in\s+as|account|affected|member|employee|colleague|invited?|invitee|seat|for|e-?mail\s+of)\b[^\n@]{0,25}$/i;
// Where the sender gives their own contact: "reach me at", "Email: …", "cc: …".
export const CONTACT_BEFORE_EMAIL = /\b(?:reach|contact|email|e-mail|mail|write|reply|respond|cc|forward|send|copy)(?:\s+(?:me|us|him|her|them|it|back|directly))?\s+(?:at|to|on|via)\s*:?\s*$|^\s*(?:e-?mail|mail|contact|cc|bcc|to|from|reply-to|e)(?:\s+address)?\s*:\s*$/i;
// A signature-like line: "Priya | priya@x.com | +44 20 7946 0958".
export const SIGNATURE_LINE = /[|•]|(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}|^\s*(?:tel|phone|mobile|mob|m|t|p)\s*[.:]/i;

// --- Error codes ---------------------------------------------------------------------------

const HTTP_REASONS =
  'OK|Created|Accepted|No Content|Moved Permanently|Found|Not Modified|Bad Request|Unauthori[sz]ed|Payment Required|Forbidden|Not Found|Method Not Allowed|Not Acceptable|Request Time-?out|Conflict|Gone|Payload Too Large|Request Entity Too Large|URI Too Long|Unsupported Media Type|Unprocessable (?:Entity|Content)|Too Many Requests|Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable|Gateway Time-?out';
/** A three-digit status not followed by more digits, a decimal or a percentage. */
const STATUS = String.raw`[1-5]\d\d(?!\d|[.,]\d|%)`;

export interface CodeRule extends ScanPattern {
  /** Checked on the match when set. */
  accept?: (value: string) => boolean;
}

// Words inside an UPPER_SNAKE token that make it an error code and not a config key.
const ERROR_WORDS =
  /(?:^|_)(?:ERROR|ERR|INVALID|FAIL|FAILED|FAILURE|DENIED|EXPIRED|TIMEOUT|TIMED|FORBIDDEN|UNAUTHORI[SZ]ED|REFUSED|MISMATCH|EXCEEDED|MISSING|REJECTED|DECLINED|UNAVAILABLE|CONFLICT|UNKNOWN|BAD|PROBE|ABORTED|BLOCKED|LOCKED|DISABLED|REQUIRED|UNSUPPORTED|DIED|CRASH|VIOLATION|EXCEPTION|ILLEGAL|INSUFFICIENT|LIMIT|LIMITED|QUOTA|REVOKED|UNREACHABLE|CLOSED|CORRUPT|DUPLICATE|CANNOT|UNABLE|MALFORMED|UNEXPECTED|OVERFLOW|PANIC)(?:_|$)|(?:^|_)NOT_(?:FOUND|ALLOWED|AUTHORI[SZ]ED|PERMITTED|SUPPORTED|VALID|ACCEPTABLE|IMPLEMENTED)(?:_|$)/;

/** Error codes, strongest first. The whole match is the value. */
export const CODE_RULES: readonly CodeRule[] = [
  // "HTTP 502", "status 403", "status code: 401 Unauthorized", "HTTP/1.1 503 Service Unavailable".
  {
    pattern: new RegExp(
      String.raw`\b(?:HTTP(?:\/\d(?:\.\d)?)?(?:[\s-]?(?:status|error|code|response))?|status(?:[\s_-]?code)?|response(?:[\s_-]?code)?)[^\S\n]{0,2}[:=]?[^\S\n]{0,2}${STATUS}(?:\s(?:${HTTP_REASONS})\b)?`,
      'gi',
    ),
    triggers: ['http', 'status', 'response'],
  },
  { pattern: new RegExp(String.raw`\b${STATUS}\s(?:${HTTP_REASONS})\b`, 'gi'), triggers: [/\b[1-5]\d\d\s[A-Za-z]/] },
  // "error 1043", "error code: 0x80070005", "exit code 137", "errno -13".
  { pattern: /\b(?:error|err)[^\S\n]{0,2}[:#]?[^\S\n]{0,2}(?:\d{2,6}|0x[0-9A-Fa-f]{4,16})(?![\w-]|[.,:]\d)/gi, triggers: ['err'] },
  { pattern: /\b(?:error[\s_-]?(?:code|number|no\.?)|errno|exit[\s_-]?code|return[\s_-]?code|result[\s_-]?code|reason[\s_-]?code|fault[\s_-]?code|status[\s_-]?code)[^\S\n]{0,2}[:#=]?[^\S\n]{0,2}(?:-?\d{1,6}|0x[0-9A-Fa-f]{4,16})(?![\w-]|[.,:]\d)/gi, triggers: ['code', 'errno'] },
  // Chrome/Firefox network errors, Node errno names, Windows HRESULTs.
  { pattern: /\b(?:NET::)?(?:ERR|NS_ERROR|SEC_ERROR|SSL_ERROR|MOZILLA_PKIX_ERROR|DNS_PROBE)_[A-Z0-9_]{2,60}\b/g, triggers: ['err_', 'error_', 'dns_probe'] },
  { pattern: /\bE(?:CONNREFUSED|CONNRESET|CONNABORTED|TIMEDOUT|NOTFOUND|ADDRINUSE|ACCES|PERM|NOENT|PIPE|HOSTUNREACH|NETUNREACH|AI_AGAIN|PROTO|SOCKETTIMEDOUT)\b/g, triggers: [/\bE[A-Z]{3}/] },
  { pattern: /\b0x[0-9A-Fa-f]{8}\b/g, triggers: ['0x'] },
  // Vendor codes: Oracle "ORA-00942", Azure AD "AADSTS50058", MSBuild, TypeScript, NuGet, "E1043".
  { pattern: /\b(?:ORA|PLS|TNS|IMP|EXP|RMAN)-\d{4,5}\b|\b(?:AADSTS|MSB|TS|NU|ERR|AUTH|SAML|SSO)\d{3,6}\b/g, triggers: [/[A-Z]{2}-?\d{3}/] },
  { pattern: /(?<!\b(?:Latitude|Dell|ThinkPad|Canon|Epson|Sony|model|Model|type|Type|Route|route)\s)\bE-?\d{3,5}\b(?![.,-]\d)/g, triggers: [/\bE-?\d{3}/] },
  // "SAML_INVALID", "TOKEN_EXPIRED", "CRITICAL_PROCESS_DIED": upper snake case with an error word.
  { pattern: /\b[A-Z][A-Z0-9]{1,30}(?:_[A-Z0-9]{1,30}){1,8}\b/g, accept: (value) => ERROR_WORDS.test(value), triggers: [/[A-Z0-9]_[A-Z0-9]/] },
  // JSON error bodies: {"error":"internal_error"}, {"code":"RATE_LIMITED"}.
  { pattern: /(?<="(?:error|error_code|errorCode|code)"\s{0,2}:\s{0,2}")[A-Za-z][\w.-]{2,60}(?=")/g, triggers: ['"error', '"code'] },
  // SMTP replies with an enhanced status code: "550 5.7.515", "421-4.7.0", "5.7.1".
  { pattern: /\b(?:[245]\d\d[ -])?[245]\.\d{1,3}\.\d{1,3}\b(?![.\d])/g, accept: (value) => /^[245]\d\d[ -]/.test(value), triggers: [/[245]\.\d{1,3}\.\d/] },
  // "consent_expired", "invalid_grant", "rate_limited": lower snake case with an error word (OAuth, API bodies);
  // not a key ("rate_limit_scope=org", "error_description":).
  { pattern: /\b[a-z][a-z0-9]{1,30}(?:_[a-z0-9]{1,30}){1,6}\b(?!["']?[^\S\n]?[=:(])/g, accept: (value) => ERROR_WORDS.test(value.toUpperCase()), triggers: [/[a-z0-9]_[a-z]/] },
  // "the 809 error", "a 1006 error": a number named as an error.
  { pattern: /(?<=\b(?:the|an?|same|this|that)\s)\d{3,5}(?=\s(?:error|errors|error\s+code)\b)/gi, triggers: [/\d{3}\serror/i] },
  // "the error code returned on failure is 809", "error code for this is 0x1": the number the sentence gives the code.
  { pattern: /(?<=\b(?:error|exit|status|return|result)\s+code\b[^\n.:;]{1,40}?\b(?:is|was|of|=)\s)(?:-?\d{1,6}|0x[0-9A-Fa-f]{4,16})(?![\w-]|[.,:]\d)/gi, triggers: ['code'] },
  // "(code 1006)", "failed with code 42": "code" and a number where it reads as a result.
  { pattern: /(?<=\(|\b(?:with|returns?|returned|gave|gives|throws?|threw|shows?|showed|fails?|failed)\s)code[^\S\n]?[:#]?[^\S\n]?\d{2,6}(?![\w-]|[.,:]\d)/gi, triggers: ['code'] },
  // "500 errors": the code alone ("getting a 502" is COLLOQUIAL_STATUS).
  { pattern: /\b[45]\d\d(?=\s(?:errors?|responses?|status)\b)/gi, triggers: [/[45]\d\d\s[ers]/i] },
];

/** "a 502", "getting 403s": the bare status after a word that makes it one. */
export const COLLOQUIAL_STATUS: ScanPattern = { triggers: [/\s[45]\d\d/], pattern: /\b(?:an?|the|getting|got|get|gets|returns?|returned|returning|throws?|threw|hit|hitting|seeing|see|with|into)\s(?<value>[45]\d\d)s?(?=[\s.,;:!?)]|$)/gi };

// --- Addresses, hashes, IDs without a label -----------------------------------------------

// A dotted quad after one of these is a version ("version 10.0.0.1"), not an address.
export const VERSION_BEFORE = /\b(?:version|ver\.?|v|build|release|firmware|app|Chrome|Firefox|Edge|Safari|Windows\s+NT|iOS|Android|macOS)\s?$/i;
export const IPV4: ScanPattern = { triggers: [/\d\.\d{1,3}\.\d/], pattern: /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?::\d{1,5}|\/\d{1,2})?(?![\w]|\.\d)/g };
/** Candidates only; identifiers.ts checks the groups (so "10:11:00" is not an address). */
export const IPV6_CANDIDATE: ScanPattern = { triggers: ['::', /[0-9a-f]:[0-9a-f]{1,4}:[0-9a-f]/i], pattern: /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g };
export const MAC_ADDRESS: ScanPattern = { triggers: [/[:-][0-9A-Fa-f]{2}[:-]/], pattern: /(?<![\w:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:-])/g };
/** A whole value that is a UUID. */
export const UUID_ONLY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const UUID: ScanPattern = { triggers: [/-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-/], pattern: /\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b/g };
/** 32 (trace ids), 40 (git) or 64 (sha-256) hex digits; the finder checks the length. */
export const LONG_HEX: ScanPattern = { triggers: [/\d/], pattern: /\b[0-9a-fA-F]{32,64}\b/g };

/**
 * Upper-case IDs with a numbered tail: "EMP-0412", "BC-4471", "HF-LT-0231", "55-BO-2217", "KH-3190".
 * Common to account numbers, asset tags, ticket keys and vendor error codes; identifiers.ts reads
 * the kind from the words before it and keeps a short tail ("BF-219") only where it reads as an error.
 */
export const CAPS_ID: ScanPattern = {
  triggers: [/[A-Z0-9]-\d\d/],
  pattern: /(?<![\w./:\\-])(?=[A-Z0-9-]{0,30}[A-Z])[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){0,3}-(?<tail>\d{2,12})(?![\w-]|[.,]\d)/g,
};
/** Prefixes of standards and algorithms, not IDs: "SHA-256", "ISO-8601", "COVID-19". */
export const NOT_A_CAPS_ID = /^(?:SHA|AES|RSA|ISO|RFC|UTF|UCS|IEC|IEEE|ANSI|COVID|SARS|MP|PCI|TLS|SSL|HTTP|IPV|X|EN|DIN|BS|NIST|FIPS|PKCS|ECDSA|ED|CHACHA|GPT|WPA|MPEG|H|USB|DDR|LPDDR|PCIE|CAT|RJ|AM|PM|Q|FY|H1|H2|UTC|GMT)-/;
/** Words before an ID that say what it identifies, nearest first. */
export const KIND_BEFORE: readonly [RegExp, IdentifierKind][] = [
  [/\b(?:employees?|users?|members?|staff|contacts?|agents?|logins?|accounts?\s+of)\b/i, 'user'],
  [/\b(?:orders?|invoices?|bookings?|transactions?|payments?|receipts?|shipments?|refunds?)\b/i, 'order'],
  [/\b(?:requests?|traces?|jobs?|sessions?|events?|runs?)\b/i, 'request'],
  [/\b(?:error|errors|err|code|fails?|failed|failing|failure)\b/i, 'error-code'],
  [/\b(?:org|orgs|organi[sz]ations?|accounts?|tenants?|workspaces?|practices?|clinics?|stores?|shops?|merchants?|customers?|clients?|company|companies|sites?|portals?|teams?|restaurants?|locations?|branch(?:es)?)\b/i, 'account'],
];

/** "POST /v2/labels", "GET /api/users/42": the path of an HTTP request as written. */
export const HTTP_PATH: ScanPattern = { triggers: [/\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s\//], pattern: /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s(?<path>\/[\w\-.~%/{}:@+=&?]{1,300})/g };
/** A link written without its scheme: "shop.example.com/e/spring-sale". A path is required ("example.com" alone is a domain). */
export const BARE_URL: ScanPattern = {
  triggers: [/[a-z0-9]\.[a-z]{2,10}\/[\w-]/i],
  // Lower-case host: "Outlook.com/Hotmail users" names two services, not a link.
  pattern: /(?<![\w@./:-])(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,5}(?:com|net|org|io|co|app|dev|ai|me|info|biz|shop|store|site|online|tech|cloud|example|de|fr|nl|it|es|pt|br|uk|eu|ca|au|us|se|no|dk|fi|pl|ch|at|be|ie|nz|jp|in)\/[^\s<>"'`{}|\\^[\]“”‘’]{1,500}/g,
};
/** A Windows down-level logon name: "CORP\\jdoe", "HF\\jmorgan". */
export const DOMAIN_USER: ScanPattern = { triggers: ['\\'], pattern: /(?<![\w\\:.$%])[A-Z][A-Z0-9-]{1,14}\\[A-Za-z][\w.-]{1,30}(?![\w\\])/g };

/** API-style prefixed IDs ("cus_N1x…", "pi_3N…", "ws_7781") by prefix. */
export const PREFIXED_ID: ScanPattern = { triggers: ['_'], pattern: /\b(?<prefix>cus|acct|org|ten|ws|team|sub|usr|user|u|pi|ch|py|in|inv|txn|re|ord|cs|req|evt|job|trace|sess|msg|dev)_(?<rest>[A-Za-z0-9]{4,40})\b/g };
export const PREFIX_KINDS: Readonly<Record<string, IdentifierKind>> = {
  cus: 'account',
  acct: 'account',
  org: 'account',
  ten: 'account',
  ws: 'account',
  team: 'account',
  sub: 'account',
  usr: 'user',
  user: 'user',
  u: 'user',
  pi: 'order',
  ch: 'order',
  py: 'order',
  in: 'order',
  inv: 'order',
  txn: 'order',
  re: 'order',
  ord: 'order',
  cs: 'order',
  req: 'request',
  evt: 'request',
  job: 'request',
  trace: 'request',
  sess: 'request',
  msg: 'request',
  dev: 'other',
};

/** Any other short-prefix ID with a number in it ("exp_99812"); its kind is unknown. */
export const OTHER_PREFIXED_ID: ScanPattern = { triggers: ['_'], pattern: /\b[a-z]{2,6}_(?=[A-Za-z0-9]{0,30}\d{3})[A-Za-z0-9]{4,40}\b/g };

/** Business numbers with their own prefix: "INV-2024-0113", "ORD-88412", "CUST-1043". */
export const BUSINESS_ID: ScanPattern = { triggers: [/(?:INV|ORD|PO|SO|TXN|TRX|RMA|CUST|ACC|ORG|SUB|USR|REQ|JOB)[-#]?\d/], pattern: /\b(?<prefix>INV|ORD|PO|SO|TXN|TRX|RMA|CUST|ACC|ACCT|ORG|SUB|USR|REQ|JOB)[-#]?(?<rest>\d[\d-]{2,20}\d)\b/g };
export const BUSINESS_KINDS: Readonly<Record<string, IdentifierKind>> = {
  INV: 'order',
  ORD: 'order',
  PO: 'order',
  SO: 'order',
  TXN: 'order',
  TRX: 'order',
  RMA: 'order',
  CUST: 'account',
  ACC: 'account',
  ACCT: 'account',
  ORG: 'account',
  SUB: 'account',
  USR: 'user',
  REQ: 'request',
  JOB: 'request',
};

// --- Times ---------------------------------------------------------------------------------

const ZONE_ABBREVIATIONS =
  'UTC|GMT|PST|PDT|PT|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|AKST|AKDT|HST|BST|IST|CET|CEST|MEZ|MESZ|EET|EEST|WET|WEST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|JST|KST|SGT|HKT|MSK|SAST|BRT|ART|WIB|ICT|PHT|GST';
// "Berlin time", "New York time", but not "local time", "the time", "response time".
const CITY_TIME = String.raw`(?!(?:Local|The|Same|This|That|Our|Your|My|Their|Server|System|Response|Load|Run|Down|Real|Some|Each|Every|Next|Last|First|Any|Lead|Wait|Up|Over|Screen|Boot|Start|End|Due|Meal|Part|Full|Half|Short|Long|Free|Spare)\s)[A-Z][a-z]{2,15}(?:[\s-][A-Z][a-z]{2,15}){0,2}\s[Tt]ime`;
// A bare offset counts only after a space ("14:30 +01:00"): "9:00-10:00" is a range, not "-10:00".
const ZONE = String.raw`(?:(?:UTC|GMT)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?|(?<=\s)[+-](?:0\d|1[0-4]):?[0-5]\d(?![\d:])|(?:${ZONE_ABBREVIATIONS})|(?:Eastern|Pacific|Central|Mountain)(?:\s(?:Standard|Daylight))?(?:\s[Tt]ime)?|${CITY_TIME})(?![A-Za-z])`;

const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const DATE = String.raw`(?:\d{4}-\d{2}-\d{2}(?:T|\s{1,2}|,\s?)|\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s{1,2}|(?:\d{1,2}(?:st|nd|rd|th)?\s(?:${MONTHS})\.?(?:\s\d{4})?|(?:${MONTHS})\.?\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s\d{4})?),?\s(?:at\s)?)`;
// ISO times carry their offset right after the seconds: "10:11:00+01:00", "10:11:00.123Z".
const CLOCK = String.raw`(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,6})?(?:[+-](?:0\d|1[0-4]):?[0-5]\d(?![\d:]))?)?(?:\s?[aApP]\.?[mM]\.?(?![A-Za-z]))?|(?:1[0-2]|0?[1-9])\s?[aApP]\.?[mM]\.?(?![A-Za-z]))`;
// "8:30 this morning (Eastern)": the part of the day, kept only with the zone after it.
const DAYPART = String.raw`(?:\s(?:this\s|yesterday\s|last\s|in\sthe\s)?(?:morning|afternoon|evening|night))`;
const APPROXIMATELY = String.raw`(?:(?:around|about|approx\.?|approximately|roughly|circa|ca\.|~)\s?)`;

/** A clock time, with the date, approximation and time zone written next to it. */
export const TIME: ScanPattern = {
  triggers: [/\d(?::[0-5]\d|\s?[aApP]\.?[mM])/],
  pattern: new RegExp(String.raw`(?<![\w:.])${APPROXIMATELY}?${DATE}?${CLOCK}(?![\d:])(?:Z(?![A-Za-z])|${DAYPART}?\s?\(\s?${ZONE}\s?\)|${DAYPART}?\s?${ZONE})?`, 'g'),
};

/** Has a time zone: UTC/GMT, "Z", an offset after a clock time, a zone abbreviation or "Berlin time". */
export const TIME_ZONE = new RegExp(
  String.raw`\b(?:UTC|GMT)\b|\dZ\b|(?<=\d:\d\d(?::\d\d(?:[.,]\d{1,6})?)?\s?)[+-](?:0\d|1[0-4]):?[0-5]\d\b|\b(?:${ZONE_ABBREVIATIONS})\b|\b(?:Eastern|Pacific|Central|Mountain)\b|\b${CITY_TIME}\b`,
);

// Before a time in the same sentence: the time is an appointment, opening hours, a deadline or a
// duration, not when something happened ("call me tomorrow at 3pm", "office hours 9:00-17:00").
export const NOT_AN_EVENT_BEFORE =
  /\b(?:call\s+(?:me|us|you|him|her|them|back)|ring\s+me|phone\s+me|reach|reached|reachable|available|availability|free\s+(?:at|from|after|between)|meeting|meet|schedule\s+a|book\s+a|office\s+hours|business\s+hours|opening\s+hours|working\s+hours|support\s+hours|hours\s*:|mon(?:day)?\s*[-–]\s*fri(?:day)?|tomorrow|next\s+(?:week|mon|tue|wed|thu|fri|sat|sun)\w*|deadline|cut-?\s?off|respond|reply|get\s+back|hear\s+back|took|takes|lasted|lasting|duration|runtime|elapsed)\b[^.!?\n]{0,80}$/i;
// Right before a time: a deadline or opening time ("by 5pm", "opens at 9am").
export const NOT_AN_EVENT_RIGHT_BEFORE = /\b(?:by|opens?(?:\s+at)?|closes?(?:\s+at)?|until\s+tomorrow)\s+$/i;
export const DURATION_AFTER = /^\s?(?:min|mins|minutes|hours|hrs|h|sec|secs|seconds|ms|long)\b/i;

// --- Error messages ----------------------------------------------------------------------

/** A message that is only a code ("ERR_CONNECTION_RESET", "1043") is a code, not a message. */
export const CODE_ONLY = /^[\w.:#/-]+$/;
/** A quoted span: "…", “…”, '…' (an apostrophe inside a word does not end it). */
export const QUOTED: ScanPattern = { triggers: ['"', '“', "'", '‘'], pattern: /["“]([^"“”\n]{2,300})["”]|(?<![\w'])['‘]((?:[^'‘’\n]|(?<=[A-Za-z])['’](?=[A-Za-z])){2,300})['’](?![A-Za-z])/g };
/** Right before a quote: an explicit error word. Any quoted text after it is the message. */
export const STRONG_INTRO =
  /\b(?:error|errors|error\s+message|err|exception|warning|fault|failure|failed\s+with|erro|erros|erreur|erreurs|errore|errori|fehler|fehlermeldung|foutmelding|fout|mensagem\s+de\s+erro|mensaje\s+de\s+error|message\s+d['’]erreur|messaggio\s+di\s+errore)\b[^"“”‘\n]{0,30}$|\b(?:error|error\s+message|errors|message|fehlermeldung|erreur|erro|errore)\s{0,3}:\s{0,6}$/i;
/** Right before a quote: a verb of showing. The quoted text must read like an error too. */
export const WEAK_INTRO =
  /\b(?:message|messages|says|said|saying|say|shows|showed|shown|showing|show|displays|displayed|displaying|get|gets|got|getting|reads|reading|returns|returned|returning|throws|threw|throwing|popup|pop-up|banner|toast|alert|notification|dialog|prompt|reports|reported|receive|receives|received|receiving|see|sees|seeing|response|responds|responded)\b[^"“”‘\n]{0,30}$|(?:→|->|=>)[^\S\n]{0,3}$/i;
/** What an error message usually says. */
export const ERROR_VOCABULARY =
  /\b(?:not|no|never|error|errors|invalid|fail|failed|failure|failing|unable|cannot|can't|can’t|could\s+not|couldn't|couldn’t|denied|not\s+found|forbidden|unauthori[sz]ed|expired|timeout|timed\s+out|went\s+wrong|problem|unexpected|exception|missing|incorrect|wrong|not\s+allowed|no\s+access|blocked|refused|rejected|declined|mismatch|exceeded|limit|unavailable|oops|sorry|try\s+again|not\s+supported|unsupported|disabled|locked|conflict|does\s+not|doesn't|doesn’t|do\s+not|don't|don’t|isn't|isn’t|not\s+valid|bad|crash|crashed|broken|lost|offline|no\s+longer|permission|not\s+permitted|unknown|undefined|null|too\s+many|unreachable|violation|violates|constraint|already\s+exists|duplicate|needs\s+attention|attention\s+required|action\s+required|disconnected|fehlgeschlagen|nicht)\b/i;

/** The message of a JSON error body: {"message":"Upstream timeout"}. */
export const JSON_ERROR_MESSAGE: ScanPattern = {
  triggers: ['"message', '"error_description', '"error_message', '"detail', '"errormessage'],
  pattern: /"(?:message|error_description|error_message|errorMessage|detail)"\s{0,2}:\s{0,2}"(?<message>[^"\n]{3,300})"/g,
};

/** A pasted log line at error level: "2025-03-02T10:11:00Z ERROR [auth] SAML response invalid". */
export const LOG_ERROR_LINE: ScanPattern = { triggers: [/ERROR|FATAL|CRITICAL|SEVERE|ERR|level=error/], pattern: /^[^\S\n]{0,8}(?:[\[(]?[\d\-T:.,Z+/ ]{8,40}[\])]?[^\S\n]{1,4})?(?:\[?(?:ERROR|FATAL|CRITICAL|SEVERE|ERR)\]?|level=error)[^\S\n]{0,4}[:|-]?[^\S\n]{0,4}(?<message>[^\n]{3,400})/gm };
/** What a log line carries before its message: timestamp, [thread], logger name and " - ". */
export const LOG_LINE_PREFIX = /^(?:[\d\-T:.,Z+/]{8,40}[^\S\n]{1,4}|\[[^\]\n]{1,60}\][^\S\n]{0,4}|(?:[a-z][\w$]{0,30}\.){1,8}[A-Z][\w$]{0,60}[^\S\n]{0,4}(?:-[^\S\n]{1,4}|:[^\S\n]{1,4})|msg=|[|:-][^\S\n]{0,4}){1,6}/;
/** "Error: Unable to reach server" at the start of a line. */
export const ERROR_COLON_LINE: ScanPattern = { triggers: [/Error|ERROR|FATAL/], pattern: /^[^\S\n]{0,8}(?:Error|ERROR|Fatal\s+error|FATAL)[^\S\n]{0,2}:[^\S\n]{1,4}(?<message>[^\n]{3,300})/gm };
/** "The error message is: Invalid token." mid-line, unquoted: up to the end of the sentence. */
export const ERROR_COLON_INLINE: ScanPattern = {
  triggers: ['error', 'exception'],
  pattern: /\b(?:error|error\s+message|exception)(?:\s+(?:says|said|reads|read|is|was|shows|showed|text))?[^\S\n]{0,2}:[^\S\n]{1,3}(?<message>[^"“'‘\s][^\n]{2,300}?)(?=[.!?](?:\s|$)|\n|$)/gi,
};
/** A stack trace's exception line, class included: "TypeError: x is undefined", "java.net.SocketTimeoutException: Read timed out". */
export const EXCEPTION: ScanPattern = { triggers: ['error', 'exception'], pattern: /(?<![\w.])(?<message>(?:[a-z][\w]{0,30}\.){0,6}[A-Z][A-Za-z]{0,40}(?:Error|Exception)(?::[^\S\n]{1,3}|[^\S\n]-[^\S\n])[^\n]{3,300})/g };

// --- Ticket fields -------------------------------------------------------------------------

// A field's label says what its value is: "Account ID" = "88231" is an account with no other clue.
export const FIELD_KINDS: readonly [RegExp, IdentifierKind][] = [
  [/\b(?:error\s*code|status\s*code)\b/i, 'error-code'],
  [/\berror\s*message\b/i, 'error-message'],
  [/\b(?:user\s*name|login|user\s*id|affected\s+users?|user\s+e-?mail)\b/i, 'user'],
  [/\b(?:account|acct|org|organi[sz]ation|tenant|workspace|customer|company|subscription|instance)\b.*\b(?:id|number|no|#|slug|key)\b|^\s*(?:tenant|workspace|subdomain|instance)\s*$/i, 'account'],
  [/\b(?:order|invoice|transaction|payment|receipt|booking|purchase\s+order|po)\b/i, 'order'],
  [/\b(?:request|trace|correlation|job|session|event|ray)\s*id\b/i, 'request'],
  [/\b(?:url|link)\b/i, 'url'],
  [/\b(?:serial|s\/n|imei|ip\s*address|mac\s*address|hash|commit|device\s*id)\b/i, 'other'],
];
// Labels about amounts, dates and categories, whatever noun they start with ("Order total").
export const NOT_AN_ID_FIELD = /\b(?:total|amount|count|date|status|type|method|value|price|quantity|number\s+of|age|tier|plan|currency|region|name)\b/i;
export const EMPTY_VALUE = /^(?:n\/?a|none|unknown|other|not\s+sure|unsure|-+|\?+|yes|no|true|false|null|undefined|tbd|various|multiple)$/i;
