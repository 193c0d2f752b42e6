// Error codes in one text: labelled ("HTTP 502", "error 1043"), shaped ("ERR_…", "0x8007…", "ORA-…") and "a 502".
import { type Claim, scan } from '../sourceRef';
import { type ClaimKind, claim } from './claims';
import { CODE_RULES, COLLOQUIAL_STATUS } from './errorCodePatterns';
import { quantityAfter } from './textAround';

/** Error codes: labelled ("HTTP 502", "error 1043"), shaped ("ERR_…", "0x8007…", "ORA-…") and "a 502". */
export function codeClaims(text: string, present: ReadonlySet<string>): Claim<ClaimKind>[] {
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
