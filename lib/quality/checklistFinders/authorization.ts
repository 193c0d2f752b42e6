// Checklist item "Customer authorization for account changes": the customer granting access or changes, or an agent recording it.
import { around, firstAccepted, firstOf, isAgentSide, type Span, type TextFinder } from './text';

const ACCESS = String.raw`(?:log\s?in(?:to)?|login|sign\s?in(?:to)?|access|impersonate|make\s(?:(?:any|the|those|these|necessary|needed|required|whatever|some|all)\s){0,2}changes?|change|reset|modify|edit|update(?!\s(?:me|us)\b)|delete|remove|restore|unlock|disable|enable|fix|adjust|configure|proceed|go\sinto|look\s(?:into|at)\s(?:my|our|the)\saccount|use\s(?:my|our)\s(?:account|login|credentials)|do\s(?:that|it|this|so|whatever)|apply|cancel|refund|merge|migrate|transfer|switch|turn\s(?:on|off)|deactivate|reactivate|recover|revert|roll\sback|clean\sup|correct|reassign|revoke|reconnect|re-?sync|resend|re-?install|re-?run|rotate|purge|wipe|rebuild|repair|reprocess|re-?enable|reconfigure|re-?create|set\s(?:it\s|them\s)?up|unblock|override|upgrade|downgrade|pause|resume|provision|deprovision|enter|come\sin(?:side)?|work\son)\b`;

// First person, as the customer writes it.
const CUSTOMER_GRANTS = [
  /\byou\s(?:now\s)?have\s(?:my|our)\s(?:full\s|explicit\s|written\s)?(?:permission|consent|approval|authori[sz]ation|blessing|go-ahead|ok)\b/giu,
  /\b(?:I|we)\s(?:hereby\s|also\s|fully\s)?(?:authori[sz]e|allow|permit|approve)\s(?:you|support|your\s(?:team|agents?|staff|engineers?)|the\s(?:change|changes|reset|update|access|login|migration|request|deletion|refund)|this|that|it)\b/giu,
  /\b(?:I|we)\s(?:hereby\s|also\s)?(?:consent\b|give\s(?:you\s|support\s|your\steam\s)?(?:(?:my|our|full|explicit)\s){0,2}(?:permission|consent|approval|authori[sz]ation|go-ahead|ok)\b|grant\s(?:you\s|support\s|your\steam\s)?(?:(?:my|our|full)\s){0,2}(?:permission|consent|approval|access)\b)/giu,
  new RegExp(
    String.raw`\b(?:feel\sfree|you(?:'re|\sare)\s(?:welcome|free)|(?:it's\s|that's\s|it\sis\s|that\sis\s)?(?:ok|okay|fine|alright)(?:\sfor\s(?:you|support|your\steam))?|(?:I'm|I\sam|we're|we\sare)\s(?:ok|okay|fine|happy)\sfor\s(?:you|support|your\steam)|happy\sfor\syou)\sto\s(?:go\sahead\sand\s)?${ACCESS}`,
    'giu',
  ),
  new RegExp(
    String.raw`\byou\s(?:can|may|are\sallowed\sto|have\s(?:my\s|our\s)?permission\sto|are\sauthori[sz]ed\sto)\s(?:go\sahead\sand\s)?${ACCESS}`,
    'giu',
  ),
  new RegExp(
    String.raw`\b(?:I|we)\s(?:don't|do\snot)\smind\s(?:if\s)?(?:you|support|your\steam)\s(?:go\sahead\sand\s)?(?:${ACCESS}|logging\sin|accessing|making\schanges|resetting|changing)`,
    'giu',
  ),
  /\b(?:log|sign)\s?in\sas\s(?:me|us|my\suser|our\sadmin|the\sadmin|her|him|them)\b/giu,
  // "Yes, go ahead", "Please proceed with the reset": at the start of a clause, after nothing but
  // assent, and either alone or about the account ("go ahead and send the invoice" grants nothing).
  new RegExp(
    String.raw`(?:^|[.!,;:]\s{0,3}|\n[ \t]{0,8})(?:(?:yes|yeah|yep|sure|ok|okay|please|absolutely|of\scourse|fine|great|perfect|thanks|thank\syou)[\s,!.]{1,3}){0,3}(?:please\s)?(?:go\sahead|proceed)(?:\s(?:and\s)?${ACCESS}|\swith\s(?:the\s)?(?:reset|change|changes|update|fix|migration|deletion|refund|it|that|this)\b|(?=\s{0,3}(?:[.!,;]|$)))`,
    'giu',
  ),
];

const SUBJECT = String.raw`(?:(?:the\s)?(?:customer|client|requester|account\sowner|cx|they|she|he)|([A-Z][a-z]{1,20}(?:\s[A-Z][a-z]{1,20})?))`;
// The same in the other languages customers write in: German, Dutch, Spanish, Portuguese, French,
// Italian. Only unambiguous forms (a "you" or a permission noun), not bare "pueden acceder", which
// also describes users who can (or cannot) get in. Lookarounds instead of \b: \b fails after "ã".
const FOREIGN_GRANTS = [
  /(?<![\p{L}])(?:Sie\shaben|ihr\shabt|du\shast)\s(?:hiermit\s)?(?:meine|unsere)\s(?:ausdrückliche\s)?(?:Freigabe|Erlaubnis|Zustimmung|Genehmigung|Einwilligung|Einverständnis)(?![\p{L}])/giu,
  /(?<![\p{L}])(?:(?:Sie|ihr)\s(?:dürfen|dürft|können|könnt)\s(?:gerne?|gern|ruhig)|(?:ich|wir)\s(?:erlaube|erlauben|genehmige|genehmigen|autorisiere|autorisieren)\s(?:Ihnen|euch|dir|den\sSupport))(?![\p{L}])/giu,
  /(?<![\p{L}])(?:mag|mogen|mogen\sjullie|mag\su)\s(?:gerust|best|altijd)(?![\p{L}])|(?<![\p{L}])(?:u\sheeft|jullie\shebben)\s(?:mijn|onze)\s(?:toestemming|goedkeuring|akkoord)(?![\p{L}])|(?<![\p{L}])(?:ik|wij|we)\s(?:geef|geven)\s(?:u\s|jullie\s)?(?:toestemming|akkoord)(?![\p{L}])/giu,
  /(?<![\p{L}])(?:(?:tienen|tiene|tenéis|têm|tem|t[eê]m|vocês\stêm|avez|avete|ha)\s(?:a\s|il\s)?(?:mi|nuestra|nuestro|minha|nossa|mon|notre|mio|nostro|mia|nostra)\s(?:permiso|autorización|consentimiento|autorização|permissão|consentimento|autorisation|accord|permission|consentement|permesso|consenso|autorizzazione)|(?:les|os|vos|vi|la|lo)?\s?(?:autorizo|autorizamos|autorizziamo|j'autorise|nous\sautorisons)|(?:ustedes|vocês|vous)\s(?:pueden|podem|pouvez)\s(?:acceder|entrar|modificar|cambiar|acessar|aceder|alterar|mudar|vous\sconnecter|accéder|modifier|changer))(?![\p{L}])/giu,
];
const FOREIGN_NEGATION = /(?<![\p{L}])(?:nicht|kein\p{L}*|niet|geen|não|nao|pas|non|no|nunca|jamais|nie|never)(?![\p{L}])/iu;

// Third person, as an agent records it; any speaker may write these.
const RECORDED_GRANTS = [
  /\b(?:the\s)?(?:customer|client|requester|account\sowner|cx)\s(?:has\s|have\s|had\s)?(?:explicitly\s|verbally\s|already\s|now\s)?(?:authori[sz]ed|approved|consented|allowed|OK'?d|okayed|okay'?d|signed\soff)\b/giu,
  // "OK for engineer to enter", "fine for us to reset the MFA": an agent recording that a change is cleared.
  new RegExp(
    String.raw`(?<![\w'])(?:ok|okay|fine|cleared|approved|allowed)\s(?:for\s)(?:us|me|support|L2|L1|(?:the\s|an?\s|our\s)?(?:team|engineer|technician|tech|agent|installer|field\sengineer))\sto\s(?:go\sahead\sand\s)?${ACCESS}`,
    'giu',
  ),
  new RegExp(
    String.raw`\b${SUBJECT}\s(?:has\s|have\s|had\s)?(?:explicitly\s|verbally\s|already\s)?(?:authori[sz]ed|allowed|permitted|cleared)\s(?:us|me|support|L2|the\steam)\sto\s(?:go\sahead\sand\s)?${ACCESS}`,
    'giu',
  ),
  new RegExp(
    String.raw`\b${SUBJECT}\s(?:has\s|have\s|had\s)?(?:explicitly\s|verbally\s|already\s)?(?:gave|given|granted|provided|sent)\s(?:us\s|me\s|support\s|L2\s)?(?:(?:their|his|her|the|explicit|written|verbal|full)\s){0,2}(?:permission|consent|approval|authori[sz]ation|go-ahead|ok)\b`,
    'giu',
  ),
  new RegExp(
    String.raw`\b${SUBJECT}\s(?:has\s|had\s)?(?:confirmed|said|says|agreed|stated)\s(?:that\s)?(?:we|I|support|L2|you|the\steam)\s(?:can|may|could|are\sallowed\sto|should)\s(?:go\sahead\sand\s)?${ACCESS}`,
    'giu',
  ),
  /\b(?:permission|consent|approval|authori[sz]ation|go-ahead)\s(?:was\s|has\sbeen\s|is\s|now\s)?(?:granted|given|received|obtained|confirmed|provided)\b/giu,
  /\b(?:with|per|have|got|received|obtained|has)\s(?:the\s)?(?:customer's|client's|requester's|their|his|her|explicit|written|verbal)\s(?:explicit\s|written\s|verbal\s)?(?:permission|consent|approval|authori[sz]ation|go-ahead|ok)\b/giu,
  /\b(?:authori[sz]ation|consent|permission|access\sapproval|approval)\s?[:=]\s?(?:yes|y|granted|given|confirmed|received|obtained|ok|approved|true)\b/giu,
  /\b[Aa]pproved\sby\s[A-Z][\w'-]{1,30}(?:\s[A-Z][\w'-]{1,30})?\s(?:to|for)\b/gu,
];
// Capitalised words that are not a person's name at the start of "X gave permission".
const NOT_NAMES = new Set('We I You It This That There Nobody Who Someone Please If Do Did Does Has Have Could Would Can'.split(' '));
/** The subject group of a recorded grant, when it is a name, must look like one ("Dana", not "we"). */
const isNameOrNone = (name: string | undefined) => name === undefined || (/^[A-Z]/u.test(name) && !NOT_NAMES.has(name.split(' ')[0] ?? ''));
// A clause that asks for, awaits or conditions consent rather than giving it.
const NOT_GIVEN =
  /\bnot\b|n't\b|\bnever\b|\bno\b|\bwithout\b|\bif\b|\bwhether\b|\bunless\b|\bonce\b|\bbefore\b|\b(?:please|can\syou|could\syou|to)\sconfirm\b|\blet\s(?:us|me)\sknow\b|\bneeds?\b|\brequires?\b|\bask(?:ed|ing)?\b|\brequest(?:ed|ing)?\b|\bwould\syou\b|\bwaiting\b|\bpending\b/iu;
// An agent quoting the customer: "Customer wrote: feel free to log in".
const REPORTED = /\b(?:said|says|wrote|writes|replied|confirmed|stated|mentioned|added|told\s(?:us|me))\b|["\u201C]/iu;

export const findAuthorization: TextFinder = (text, speaker) => {
  const given = (span: Span) => {
    const context = around(text, span);
    return !context.question && !NOT_GIVEN.test(context.clauseBefore);
  };
  const customerVoice = (span: Span) => !isAgentSide(speaker) || REPORTED.test(around(text, span).before);
  const rules = [
    ...CUSTOMER_GRANTS.map((re) => (t: string) => firstAccepted(re, t, (_, span) => customerVoice(span) && given(span))),
    ...FOREIGN_GRANTS.map(
      (re) => (t: string) =>
        firstAccepted(re, t, (_, span) => customerVoice(span) && given(span) && !FOREIGN_NEGATION.test(around(t, span).clauseBefore)),
    ),
    ...RECORDED_GRANTS.map((re) => (t: string) => firstAccepted(re, t, (match, span) => isNameOrNone(match[1]) && given(span))),
  ];
  return firstOf(text, rules);
};
