// All identifiers in one scanned text: every finder claims spans, strongest first; overlaps and boilerplate are resolved here.
import { acceptNonOverlapping, boilerplateSpans, type Claim, KeywordIndex } from '../sourceRef';
import type { IdentifierKind } from '../types';
import { type ClaimKind, claim, type ScannedFind } from './claims';
import { codeClaims } from './errorCodes';
import { CODE_RULES, COLLOQUIAL_STATUS } from './errorCodePatterns';
import { errorMessages } from './errorMessages';
import { ERROR_COLON_INLINE, ERROR_COLON_LINE, EXCEPTION, JSON_ERROR_MESSAGE, LOG_ERROR_LINE, QUOTED } from './errorMessagePatterns';
import { labelledClaims } from './labelledIds';
import { LABEL_RULES } from './labelPatterns';
import { addresses, shapedIds } from './shapedIds';
import { BUSINESS_ID, CAPS_ID, DOMAIN_USER, IPV4, IPV6_CANDIDATE, LONG_HEX, MAC_ADDRESS, OTHER_PREFIXED_ID, PREFIXED_ID, UUID } from './shapedIdPatterns';
import { times } from './times';
import { TIME } from './timePatterns';
import { urlAndEmailClaims } from './urlsAndEmails';
import { BARE_URL, EMAIL_PATTERN, HTTP_PATH, URL_PATTERN } from './urlEmailPatterns';

const KEYWORDS = new KeywordIndex([
  ...LABEL_RULES,
  ...CODE_RULES,
  ...[URL_PATTERN, EMAIL_PATTERN, HTTP_PATH, BARE_URL, DOMAIN_USER, COLLOQUIAL_STATUS, IPV4, IPV6_CANDIDATE, MAC_ADDRESS, UUID, LONG_HEX, PREFIXED_ID, OTHER_PREFIXED_ID, BUSINESS_ID, CAPS_ID, TIME],
  ...[QUOTED, JSON_ERROR_MESSAGE, LOG_ERROR_LINE, ERROR_COLON_LINE, ERROR_COLON_INLINE, EXCEPTION],
]);

/** The scanned text's identifiers, without the ticket-level filters (own ticket, requester). */
export function scanIdentifiers(text: string): ScannedFind[] {
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
