// Labelled IDs in one text ("account ID 88231", "order #A-10442", "username jdoe"): the value after a label, if it looks like an ID.
import { type Claim, scan } from '../sourceRef';
import { type ClaimKind, claim } from './claims';
import { HYPHEN_WORDS, LABEL_RULES, STOPWORDS, type TokenMode } from './labelPatterns';
import { UUID_ONLY } from './shapedIdPatterns';
import { kindBefore, quantityAfter } from './textAround';

// "this workspace: connect ETIMEDOUT": a label after a determiner is a noun phrase, not a label.
const DETERMINER_BEFORE = /\b(?:this|that|these|those|each|every|which|what)\s+$/i;

/** "account ID 88231", "order #A-10442", "username jdoe": the value after a label, if it looks like an ID. */
export function labelledClaims(text: string, present: ReadonlySet<string>): Claim<ClaimKind>[] {
  const claims: Claim<ClaimKind>[] = [];
  for (const rule of LABEL_RULES) {
    scan(rule, text, present, (match) => {
      const raw = match.groups?.value ?? '';
      const value = raw.replace(/[._+-]+$/, '');
      const index = match.index + match[0].length - raw.length;
      // Not a value after all: the word read as one may be a label itself ("organisation (org ID 5512)").
      const reject = () => {
        if (index > match.index) rule.pattern.lastIndex = index;
      };
      // "user jane@…" is an address (found as one); "$49.99" after "payment" is money.
      if (text.charAt(index + raw.length) === '@' || /[$€£]\s?$/.test(text.slice(Math.max(0, index - 2), index))) return;
      if (DETERMINER_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) return reject();
      const explicit = match.groups?.suffix !== undefined || /[:=#]/.test(match.groups?.sep ?? '');
      // "account 2500 users" is a count; "org BC-4471 request rate" is not.
      if (!tokenFits(value, rule.mode, explicit) || (/^\d+$/.test(value) && quantityAfter(text, index + value.length))) return reject();
      if (!explicit && rule.bareMinDigits !== undefined && /^\d+$/.test(value) && value.length < rule.bareMinDigits) return reject();
      const kind = rule.kindFromContext ? kindBefore(text, match.index, rule.kind) : rule.kind;
      claims.push(claim(kind === 'error-code' ? rule.kind : kind, value, index, match.index, index + value.length));
    });
  }
  return claims;
}

/** Does a labelled value look like an ID, given how much the label vouches for it? */
function tokenFits(token: string, mode: TokenMode, explicit: boolean): boolean {
  if (token.length < 2 || token.length > 100) return false;
  const digits = token.replace(/\D/g, '').length;
  const isHex = /^[0-9a-f]{8,64}$/i.test(token) && digits > 0;
  // "49.99" is a price, "14.30" a time, "4.12.1" a version: not IDs.
  const numberLike = /^\d+(?:[.,]\d+)+$/.test(token);
  // Without "#", "ID" or ":" a short number is more likely a count ("order 500 units"), a year a date.
  const idLike = !numberLike && digits > 0 && token.length >= 4 && (digits >= 4 || /[A-Za-z]/.test(token)) && !/^(?:19|20)\d\d$/.test(token);
  const slugLike = /^[a-z0-9]+(?:[-_.][a-z0-9]+)+$/.test(token) && /[a-z]/.test(token) && token.length >= 4 && !HYPHEN_WORDS.test(token);
  const loginLike = /^[a-z][a-z0-9]*(?:[._][a-z0-9]+)+$/.test(token);
  const wordLike = /^[A-Za-z][\w.-]{1,63}$/.test(token) && !STOPWORDS.has(token.toLowerCase());
  switch (mode) {
    case 'hex':
      return isHex || (/^[0-9a-f]{7}$/i.test(token) && digits > 0);
    case 'strong':
      return isHex || UUID_ONLY.test(token) || (idLike && token.length >= 6);
    case 'login':
      return idLike || loginLike || slugLike;
    case 'word':
      return idLike || slugLike || wordLike;
    case 'slug':
      return idLike || slugLike || (explicit && wordLike && /^[a-z]/.test(token));
    case 'id':
      return idLike || (explicit && digits > 0 && !numberLike && token.length >= 3);
  }
}
