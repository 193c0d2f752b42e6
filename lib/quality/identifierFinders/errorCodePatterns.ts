// Patterns for error codes: HTTP statuses, "error 1043", ERR_/errno names, HRESULTs, vendor and SMTP codes, "a 502".
// Every quantifier is bounded and no group repeats an ambiguous sub-pattern, so each regex is linear in the text it scans.
import type { ScanPattern } from '../sourceRef';

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
