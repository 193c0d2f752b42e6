// Patterns for labelled IDs ("account ID 88231", "username jdoe") and the words that follow a label without being its value.
// Every quantifier is bounded and no group repeats an ambiguous sub-pattern, so each regex is linear in the text it scans.
import type { ScanPattern } from '../sourceRef';
import type { IdentifierKind } from '../types';

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
