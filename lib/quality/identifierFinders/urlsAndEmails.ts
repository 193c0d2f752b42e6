// URLs and e-mail addresses in one text: help-centre links, signatures, contacts and team mailboxes are claimed but ignored.
import { type Claim, scan } from '../sourceRef';
import { type ClaimKind, claim } from './claims';
import { lineAround } from './textAround';
import { BARE_URL, CONTACT_BEFORE_EMAIL, EMAIL_PATTERN, HTTP_PATH, NOT_EVIDENCE_URL, ROLE_MAILBOX, SIGNATURE_LINE, URL_PATTERN, USER_BEFORE_EMAIL } from './urlEmailPatterns';

/** URLs (help-centre links ignored) and e-mail addresses (signatures, contacts and team mailboxes ignored). */
export function urlAndEmailClaims(text: string, present: ReadonlySet<string>, labelledEmails: Set<number>): Claim<ClaimKind>[] {
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
