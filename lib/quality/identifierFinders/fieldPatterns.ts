// Patterns for ticket fields: the kind of identifier a field label names, labels that are never IDs, and empty values.
import type { IdentifierKind } from '../types';

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
