// Checklist item "Number of affected users": a number or a scope. Account size ("38 seats", "we have 38 users") is not one.
import { around, firstAccepted, firstOf, isAgentSide, NEGATION, type Span, type TextFinder } from './text';

export const PEOPLE = String.raw`(?:end[\s-]?)?users?|agents?|employees?|staff(?:\smembers?)?|people|persons?|(?:team\s)?members?|colleagues?|co-?workers?|customers?|clients?|accounts?|logins?|cashiers?|admins?|administrators?|students?|teachers?|drivers?|technicians?|operators?|reps?|representatives?|workers?|learners?|managers?|nurses?|doctors?|clinicians?|editors?|viewers?|developers?|engineers?|volunteers?|subscribers?|guests?|mailboxes|buyers?|shoppers?|purchasers?|patients?|callers?|recipients?|participants?|attendees?|residents?|households?|families|parents?|providers?|(?:new\s)?hires|joiners|contractors?|partners?|sellers?|vendors?|merchants?|cx|stores|shops|restaurants|locations|branches|outlets|clinics|practices|schools|orgs|organi[sz]ations|companies|tenants|workspaces`;
// Devices count as the affected scope only with a number ("25 scanners"): "all devices" is usually data.
const COUNTED_DEVICES = String.raw`devices|laptops|desktops|computers|PCs|machines|workstations|scanners|terminals|tablets|phones|handsets|printers|registers|tills|kiosks|thermostats|cameras|sensors|routers`;
const NUMBER_WORDS = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|a\sdozen|a\scouple(?:\sof)?|both`;
const NUMBER = String.raw`(?:\d{1,3}(?:[,.]\d{3})+|\d{1,6})\+?|(?:${NUMBER_WORDS})`;
// One optional describing word ("SSO", "remote"), never a function word that would bridge two phrases.
const DESCRIBING_WORD = String.raw`(?!(?:for|from|with|to|and|or|in|on|at|by|of|the|a|an|is|are|was|were)\b)[\w-]{2,20}\s`;
const ONE_WORD = String.raw`(?:${DESCRIBING_WORD})?`;
// Up to two describing words for a counted group: "3 other Bologna stores", "7 new SSO users".
const TWO_WORDS = String.raw`(?:${DESCRIBING_WORD}){0,2}`;
const OWNERS = String.raw`(?:our|my|the|their|your|these|those)\s`;

const COUNTED_PEOPLE = new RegExp(
  String.raw`(?<![\w.#:/$\u20AC\u00A3-])(?:${NUMBER})\s(?:out\sof\s(?:${NUMBER})\s)?(?:of\s${OWNERS})?${TWO_WORDS}(?:${PEOPLE}|${COUNTED_DEVICES})(?![\w-])|(?<![\w.#:/-])(?:${NUMBER})\sof\sus\b`,
  'giu',
);
const PERCENT_OF_PEOPLE = new RegExp(String.raw`\b\d{1,3}\s?%\sof\s(?:all\s)?(?:${OWNERS})?${ONE_WORD}(?:${PEOPLE})(?![\w-])`, 'giu');
const ALL_PEOPLE = new RegExp(
  String.raw`\b(?:all|every)\s(?:single\s)?(?:(?:of|one\sof)\s)?(?:${OWNERS})?(?:\d{1,6}\s)?${ONE_WORD}(?:${PEOPLE})(?![\w-])|\b(?:all|none|both|half|most|neither)\sof\s(?:us|${OWNERS}${ONE_WORD}(?:${PEOPLE}))(?![\w-])`,
  'giu',
);
const ONLY_ME = new RegExp(
  String.raw`\b(?:only|just)\s(?:(?:happen(?:s|ing)?|affect(?:s|ing)?|occur(?:s|ring)?)\s)?(?:(?:to|for|on|with|in)\s)?(?:me|myself|my\s(?:own\s)?(?:account|user|login|profile|mailbox|computer|laptop|device|machine|phone)|(?:one|a\s(?:single|few))\s${ONE_WORD}(?:${PEOPLE}))\b|\b(?:I'm|I\sam|I\sseem\sto\sbe)\sthe\sonly\sone\b|\bonly\sI\s(?:am|have|see|get|can't|cannot|experience|seem)\b|\b(?:affects|affecting|impacts|impacting)\sonly\s(?:me|my|one)\b|\b(?:a\s)?single\s${ONE_WORD}(?:${PEOPLE})(?![\w-])`,
  'giu',
);
const EVERYONE = /\b(?:everyone|everybody)\s(?:in|on|at|across|within|here|else|is|are|was|gets|got|sees|saw|can|can't|cannot|could|couldn't|has|had|who|using|from)\b|\b(?:for|affects|affecting|affected|impacts|impacting)\s(?:everyone|everybody)\b|\b(?:no\sone|nobody)\s(?:else\s)?(?:in|on|at|here|can|can't|could|is|has|was|seems|gets)\b/giu;
const WHOLE_GROUP =
  /\b(?:whole|entire)\s(?:[\w-]{2,20}\s)?(?:team|company|org|organi[sz]ation|office|department|dept|staff|workforce|tenant|workspace|account|branch|school|store|firm|group|site|division|region|user\s?base)\b|\b(?:company|org|organi[sz]ation|team|tenant|workspace|account|site|office)-wide\b/giu;
const LABELLED_COUNT = new RegExp(
  String.raw`\b(?:affected|impacted)\s(?:${PEOPLE})\s?[:=]\s?\S|\b(?:${PEOPLE})\s(?:affected|impacted)\s?[:=]\s?\S`,
  'giu',
);
// "B2B customers from other EU countries are being charged", "SSO users can't log in": a named
// subset of people (an acronym, a code or a subset adjective before them) as the subject of the symptom.
// Written with either case of the first letter ("New hires…"), since the pattern is case-sensitive.
const SUBSET_WORDS = 'new existing external internal remote mobile invited guest deactivated suspended migrated federated domestic international overseas foreign business trial paying free legacy non-admin admin'
  .split(' ')
  .map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`)
  .join('|');
const QUALIFIED_GROUP = new RegExp(
  String.raw`(?<![\w:.#/-])(?:(?:[A-Z][A-Z0-9]{1,5}|(?=[A-Z0-9]{0,6}[A-Z])[A-Z0-9]{0,3}\d[A-Z0-9]{0,3}|i[A-Z][A-Za-z]{1,8}|${SUBSET_WORDS})\s)(?:${PEOPLE})(?:\s(?:from|in|on|with|using|outside|at)\s(?:[\w-]{1,20}\s){1,4}?)?\s?(?:are|were|is|was|can't|cannot|can\snot|couldn't|aren't|weren't|get|gets|got|see|saw|keep|have\sbeen|had|still)\s`,
  'gu',
);
const NOT_GROUP_QUALIFIERS = new Set('THE AND ALL OUR NOT FOR ANY YOU'.split(' '));
// A count next to "users" in other languages; \b does not work after non-ASCII letters.
const COUNTED_PEOPLE_ELSEWHERE =
  /(?<![\w.#-])\d{1,6}\+?\s?(?:usuarios|usuários|utilisateurs?|Benutzer(?:innen)?|Nutzer(?:innen)?|Mitarbeiter(?:innen)?|Mitarbeitende|utenti|gebruikers|medewerkers|användare|brugere|brukere|käyttäjää|użytkowników|użytkownicy|uživatelů|felhasználó|kullanıcı|пользовател\p{L}*|сотрудник\p{L}*|empleados|employés|funcionários|dipendenti|ユーザー|用户)(?![\p{L}])/giu;

// "We have 38 users", "licensed for 38 agents": the size of the account, not who is affected…
const ACCOUNT_SIZE_BEFORE =
  /(?:\b(?:have|has|had|own|bought|purchased|pay(?:ing)?\sfor|licen[cs]ed\sfor|(?:seats?|licen[cs]es?|plan|subscription|contract)\s(?:for|with|covers?|of)|up\sto|limit\sof|max(?:imum)?\sof|total\sof)\s(?:about\s|around\s|over\s|roughly\s|~)?)$/iu;
// …unless the same phrase goes on to say they are hit.
const IMPACT_AFTER =
  /^\s(?:who|that|which)?\s?(?:are\s|were\s|have\sbeen\s|all\s)?(?:affected|impacted|locked|blocked|unable|getting|seeing|experiencing|can't|cannot|couldn't|can\sno\slonger|lost|hit|report(?:ed)?|complain(?:ed)?|failing|failed|stuck|having\s(?:the|this|trouble|issues|problems))\b/iu;
const ACCOUNT_SIZE_WORDS = /\b(?:licen[cs]ed|paid|registered|active|total|named)\s/iu;
// A number after a product or OS name is its version ("Android 11 devices", "Windows 11 laptops").
const NOT_A_COUNT_BEFORE =
  /(?:\b(?:version|v|error|code|id|step|no|number|ticket|case|port|page|line|build|release|update|firmware|fw|android|ios|ipados|macos|windows|win|chrome|firefox|safari|edge|office|outlook|iphone|ipad|pixel|galaxy|node|python|java|php|ubuntu|debian)|#)\s?$/iu;
// "Export all users", "the all users page": the data, not the people.
const DATA_VERB_BEFORE = /\b(?:export|exporting|exported|list|listing|delete|deleting|import|importing|select|selecting|show|showing|view|viewing|sync|syncing|download|downloading)\s$/iu;
const DATA_NOUN_AFTER = /^\s(?:page|list|tab|report|view|screen|table|export|csv|group|filter|column|field)\b/iu;

export const findAffectedUsers: TextFinder = (text, speaker) => {
  const stated = (span: Span) => !(isAgentSide(speaker) && around(text, span).question);
  const counted = (match: RegExpExecArray, span: Span) => {
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    const after = text.slice(span.end, span.end + 60);
    if (NOT_A_COUNT_BEFORE.test(before)) return false;
    const size = ACCOUNT_SIZE_BEFORE.test(before) || ACCOUNT_SIZE_WORDS.test(match[0]);
    return (!size || IMPACT_AFTER.test(after)) && stated(span);
  };
  const scoped = (_: RegExpExecArray, span: Span) => {
    const before = text.slice(Math.max(0, span.start - 20), span.start);
    const after = text.slice(span.end, span.end + 20);
    return !DATA_VERB_BEFORE.test(before) && !DATA_NOUN_AFTER.test(after) && stated(span);
  };
  return firstOf(text, [
    (t) => firstAccepted(LABELLED_COUNT, t, () => true),
    (t) => firstAccepted(ALL_PEOPLE, t, scoped),
    (t) => firstAccepted(COUNTED_PEOPLE, t, counted),
    (t) => firstAccepted(PERCENT_OF_PEOPLE, t, (_, span) => stated(span)),
    (t) => firstAccepted(ONLY_ME, t, (_, span) => stated(span)),
    (t) => firstAccepted(EVERYONE, t, (_, span) => stated(span)),
    (t) => firstAccepted(WHOLE_GROUP, t, (_, span) => stated(span)),
    (t) => firstAccepted(COUNTED_PEOPLE_ELSEWHERE, t, counted),
    (t) =>
      firstAccepted(QUALIFIED_GROUP, t, (match, span) => {
        const qualifier = match[0].split(' ')[0] ?? '';
        return !NOT_GROUP_QUALIFIERS.has(qualifier.toUpperCase()) && !NEGATION.test(around(t, span).clauseBefore) && stated(span);
      }),
  ]);
};
