// Patterns for IDs recognisable without a label: IP and MAC addresses, UUIDs, hashes, prefixed and upper-case IDs.
// Every quantifier is bounded and no group repeats an ambiguous sub-pattern, so each regex is linear in the text it scans.
import type { ScanPattern } from '../sourceRef';
import type { IdentifierKind } from '../types';

// A dotted quad after one of these is a version ("version 10.0.0.1"), not an address.
export const VERSION_BEFORE = /\b(?:version|ver\.?|v|build|release|firmware|app|Chrome|Firefox|Edge|Safari|Windows\s+NT|iOS|Android|macOS)\s?$/i;
export const IPV4: ScanPattern = { triggers: [/\d\.\d{1,3}\.\d/], pattern: /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?::\d{1,5}|\/\d{1,2})?(?![\w]|\.\d)/g };
/** Candidates only; shapedIds.ts checks the groups (so "10:11:00" is not an address). */
export const IPV6_CANDIDATE: ScanPattern = { triggers: ['::', /[0-9a-f]:[0-9a-f]{1,4}:[0-9a-f]/i], pattern: /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g };
export const MAC_ADDRESS: ScanPattern = { triggers: [/[:-][0-9A-Fa-f]{2}[:-]/], pattern: /(?<![\w:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:-])/g };
/** A whole value that is a UUID. */
export const UUID_ONLY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const UUID: ScanPattern = { triggers: [/-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-/], pattern: /\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b/g };
/** 32 (trace ids), 40 (git) or 64 (sha-256) hex digits; the finder checks the length. */
export const LONG_HEX: ScanPattern = { triggers: [/\d/], pattern: /\b[0-9a-fA-F]{32,64}\b/g };

/**
 * Upper-case IDs with a numbered tail: "EMP-0412", "BC-4471", "HF-LT-0231", "55-BO-2217", "KH-3190".
 * Common to account numbers, asset tags, ticket keys and vendor error codes; shapedIds.ts reads
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
