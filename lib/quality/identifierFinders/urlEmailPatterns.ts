// Patterns for URLs, HTTP paths and e-mail addresses, and the words around an address that say whose it is.
// Every quantifier is bounded and no group repeats an ambiguous sub-pattern, so each regex is linear in the text it scans.
import type { ScanPattern } from '../sourceRef';

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

/** "POST /v2/labels", "GET /api/users/42": the path of an HTTP request as written. */
export const HTTP_PATH: ScanPattern = { triggers: [/\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s\//], pattern: /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s(?<path>\/[\w\-.~%/{}:@+=&?]{1,300})/g };
/** A link written without its scheme: "shop.example.com/e/spring-sale". A path is required ("example.com" alone is a domain). */
export const BARE_URL: ScanPattern = {
  triggers: [/[a-z0-9]\.[a-z]{2,10}\/[\w-]/i],
  // Lower-case host: "Outlook.com/Hotmail users" names two services, not a link.
  pattern: /(?<![\w@./:-])(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,5}(?:com|net|org|io|co|app|dev|ai|me|info|biz|shop|store|site|online|tech|cloud|example|de|fr|nl|it|es|pt|br|uk|eu|ca|au|us|se|no|dk|fi|pl|ch|at|be|ie|nz|jp|in)\/[^\s<>"'`{}|\\^[\]“”‘’]{1,500}/g,
};

// --- E-mail context ----------------------------------------------------------------------

// A user label shortly before an address: "user jane@…", "log in as jane@…", "affected: jane@…".
export const USER_BEFORE_EMAIL = /\b(?:user|users|username|login|log(?:ged)?\s+in\s+as|sign(?:ed)?\s+in\s+as|account|affected|member|employee|colleague|invited?|invitee|seat|for|e-?mail\s+of)\b[^\n@]{0,25}$/i;
// Where the sender gives their own contact: "reach me at", "Email: …", "cc: …".
export const CONTACT_BEFORE_EMAIL = /\b(?:reach|contact|email|e-mail|mail|write|reply|respond|cc|forward|send|copy)(?:\s+(?:me|us|him|her|them|it|back|directly))?\s+(?:at|to|on|via)\s*:?\s*$|^\s*(?:e-?mail|mail|contact|cc|bcc|to|from|reply-to|e)(?:\s+address)?\s*:\s*$/i;
// A signature-like line: "Priya | priya@x.com | +44 20 7946 0958".
export const SIGNATURE_LINE = /[|•]|(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}|^\s*(?:tel|phone|mobile|mob|m|t|p)\s*[.:]/i;
