// Checklist item "Account identifiers" written out in prose, for when the identifier extractor missed them.
import { around, firstAccepted, firstOf, isAgentSide, type Span, type Speaker } from './text';

export const ID_NOUNS = String.raw`account|acct|org|organi[sz]ation|tenant|workspace|customer|client|user|order|invoice|transaction|txn|request|subscription|instance|site|merchant|store|project|booking|reservation|employee|staff|member|patient|student|contact|company|portal|practice|clinic|shop|policy|contract|license|licence`;
const LABELLED_ID = new RegExp(
  String.raw`\b(?:${ID_NOUNS})[\s_-]?(?:id|ids|#|no\.?|nr\.?|number|num|uuid|guid|key)(?![A-Za-z])\s?(is\s|are\s|=|:|#)?\s?([A-Za-z0-9][A-Za-z0-9_.:@-]{1,63})`,
  'giu',
);
const NUMBERED_RECORD = /\b(?:order|invoice|transaction|receipt|booking|reservation|subscription|account|acct)\s?(?:#\s?|no\.\s?|number\s)?[A-Z]{0,5}-?\d{3,}\b/giu;
// "Klantnummer 30418876", "Kundennummer: 4471", "ID negozio 55-BO-2217": customer and account numbers in
// other languages (the value must hold a digit). Lookarounds instead of \b: \b fails after "é".
const FOREIGN_ID_LABEL =
  /(?<![\p{L}])(?:klant(?:en)?nummer|klantnr\.?|kunden(?:nummer|-?nr\.?|konto)|vertragsnummer|konto(?:nummer|-?nr\.?)|num[ée]ro\s(?:de\s|du\s)?(?:client|compte|contrat)|n[°º]\s?(?:de\s)?client|n[úu]mero\s(?:de|do|da)\s(?:cliente|cuenta|conta|contrato)|c[óo]digo\s(?:de|do)\scliente|numero\s(?:cliente|conto|contratto)|codice\scliente|ID\s(?:cliente|negozio|conto|account|utente|tienda|loja|client|compte|Kunde))(?![\p{L}])\s?(?:[:#]|is|ist|es|é|est|è)?\s?([A-Za-z0-9][\w./-]{1,40})/giu;
// "team WH-Engineering", "org BC-4471", "workspace ws_4kQ92LmP", "user HF\jmorgan", "user a.novak": a
// named account or user whose name is shaped like an identifier, not a word.
const NAMED_ACCOUNT =
  /(?<![\w-])(?:team|workspace|tenant|org|organi[sz]ation|store|shop|site|instance|practice|clinic|subdomain|project|portal|account|user(?:name)?|login|UPN)\s(?:name\s|is\s|=\s?|:\s?){0,2}([A-Za-z0-9][\w.\\@-]{1,40}[A-Za-z0-9])(?![\w\\-])/giu;
const SLUG_NOUNS = /^(?:workspace|tenant|subdomain|instance)$/iu;

/** "WH-Engineering", "BC-4471", "ws_4kQ92LmP", "HF\jmorgan", "a.novak"; not "on-call" or "set-up". */
function isIdentifierShaped(value: string, noun: string): boolean {
  const id = value.replace(/[.]+$/u, '');
  if (/^[A-Za-z0-9]{1,15}\\[A-Za-z0-9._-]{2,30}$/u.test(id)) return true; // DOMAIN\user
  if (!/[A-Za-z0-9][-_.][A-Za-z0-9]/u.test(id) && !/\d/u.test(id)) return false;
  if (/^\d{1,2}$/u.test(id)) return false;
  if (/^user(?:name)?$|^login$|^upn$/iu.test(noun)) return /^[a-z][a-z0-9]{0,20}[._][a-z][a-z0-9]{1,20}$/iu.test(id) || /^[A-Za-z]{1,10}[-_]?\d{2,}$/u.test(id);
  return /\d|_/u.test(id) || /^[A-Za-z][a-z]*[-.][A-Z]|[A-Z]{2}/u.test(id) || (SLUG_NOUNS.test(noun) && /^[a-z0-9]+(?:-[a-z0-9]+)+$/u.test(id));
}
const NOT_ID_VALUES = /^(?:is|the|and|please|missing|unknown|not|to|for|of|a|an|you|we|here|below|above|attached|or|in|on|n\/a|none|tbd)$/iu;
const EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,5}\.[A-Za-z]{2,24}(?![\w-])/gu;
const SERVICE_MAILBOX = /^(?:no-?reply|do-?not-?reply|donotreply|support|help|helpdesk|notifications?|mailer-daemon)@/iu;

/** "account ID: jdoe" names a user; "account ID so we can…" does not: without ":" the value must look like an ID. */
function isIdValue(value: string, labelled: boolean, requester: string | undefined): boolean {
  const id = value.replace(/[.:]+$/u, '');
  if (id.length < 2 || NOT_ID_VALUES.test(id) || id.toLowerCase() === requester) return false;
  return labelled || /[\d@_-]/u.test(id);
}

/** An account/user/order ID spelled out with its label, or an affected user's e-mail (not `requesterEmail`). */
export function findAccountId(text: string, speaker: Speaker, requesterEmail?: string): Span | undefined {
  const stated = (span: Span) => !(isAgentSide(speaker) && around(text, span).question);
  const requester = requesterEmail?.trim().toLowerCase();
  return firstOf(text, [
    (t) => firstAccepted(LABELLED_ID, t, (match, span) => isIdValue(match[2] ?? '', match[1] !== undefined, requester) && stated(span)),
    (t) => firstAccepted(NUMBERED_RECORD, t, (_, span) => stated(span)),
    (t) => firstAccepted(FOREIGN_ID_LABEL, t, (match, span) => /\d/u.test(match[1] ?? '') && stated(span)),
    (t) =>
      firstAccepted(NAMED_ACCOUNT, t, (match, span) => {
        const noun = /^[\w]+/u.exec(match[0])?.[0] ?? '';
        const value = match[1] ?? '';
        return value.toLowerCase() !== requester && !value.includes('@') && isIdentifierShaped(value, noun) && stated(span);
      }),
    // E-mails in a public agent reply are usually signatures; quoted headers ("<x@y> wrote") are not users.
    (t) =>
      speaker === 'agent'
        ? undefined
        : firstAccepted(EMAIL, t, (match, span) => {
            const address = match[0].toLowerCase();
            const quotedHeader = t[span.start - 1] === '<' || /mailto:$/iu.test(t.slice(Math.max(0, span.start - 7), span.start));
            return address !== requester && !quotedHeader && !SERVICE_MAILBOX.test(address);
          }),
  ]);
}
