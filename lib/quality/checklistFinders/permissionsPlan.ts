// Checklist item "Permissions / plan": the plan or tier, or the user's role and permissions.
import { around, firstAccepted, firstOf, isAgentSide, NEGATION, type Span, type TextFinder, wordBefore } from './text';

const TIERS = String.raw`free|basic|starter|standard|pro|professional|premium|plus|business|team|teams|growth|scale|enterprise|ultimate|essentials?|advanced|elite|trial|legacy|gold|silver|platinum|bronze|unlimited|startup|corporate|nonprofit|non-profit|education|developer|paid|max|lite|core|premier`;
const TIER_PLAN = new RegExp(String.raw`\b(?:${TIERS})\+?\s(?:plan|tier|subscription|edition|package|licen[cs]e)\b|\b(?:free|trial|paid|premium|pro|enterprise)\saccount\b`, 'giu');
// "Growth plan", "Scale tier": a capitalised name before plan/tier, minus words that name no plan.
const NAMED_PLAN = /\b([A-Z][A-Za-z0-9]{1,20}\+?)\s(?:[Pp]lan|[Tt]ier|[Ss]ubscription|[Ee]dition)\b/gu;
const NOT_PLAN_NAMES = new Set(
  'The Our My Your This That Their His Her A An Current New Old Same Action Payment Test Migration Rollout Backup Recovery Data Project Release Upgrade Any No Which What Each Every Its Next Previous Monthly Annual Yearly Service Support Price Pricing Billing Subscription Phone Mobile Marketing Sales Training Work Care Treatment Lesson Floor Meal Escalation Communication Remediation Response Test Deployment'.split(
    ' ',
  ),
);
const PLAN_LABELLED = /\b(?:plan|tier|subscription|edition)(?:\s(?:tier|level|type|name))?\s?[:=]\s?([A-Za-z0-9][\w+-]{1,30})/giu;
// "Action plan: escalate" is a plan of work, not a subscription.
const PLANS_OF_WORK = new Set('action test migration rollout backup recovery project release escalation remediation response communication deployment payment support training marketing'.split(' '));
const NOT_PLAN_VALUES = /^(?:we|i|the|to|is|a|an|please|unknown|none|n|na|tbd|not)$/iu;
const ON_TIER = new RegExp(
  String.raw`\b(?:[Oo]n|[Ss]ubscribed\sto|[Uu]pgraded\sto|[Dd]owngraded\sto|[Ss]witched\sto|[Mm]oved\sto)\s(?:the\s)?(?:Starter|Pro|Professional|Premium|Growth|Scale|Enterprise|Ultimate|Essentials?|Elite|Gold|Silver|Platinum|Bronze|Unlimited|Premier)\b(?!\s(?:mode|days?|hours?|systems?|support|auth\w*))`,
  'gu',
);
// "an Enterprise customer"; in the agent's note also a bare "Enterprise, 38 seats".
const TIER_NAMES = 'Enterprise|Professional|Premium|Starter|Ultimate|Pro|Growth|Scale|Platinum|Gold|Business';
const TIER_CUSTOMER = new RegExp(String.raw`\b(?:${TIER_NAMES})\s(?:customer|client|account|org|organi[sz]ation|workspace|tenant)s?\b`, 'gu');
const BARE_TIER = new RegExp(String.raw`(?:^|[\n,;(:]\s?)(?:${TIER_NAMES})(?=\s?(?:[,;)]|$|\n))`, 'gu');
const TRIAL = /\b(?:free\strial|trial\s(?:account|period|version|plan|workspace)|on\s(?:a|the)\s(?:free\s)?trial)\b/giu;

const ROLES = String.raw`super[\s-]?admin|admin(?:istrator)?|owner|account\sowner|workspace\sowner|billing\s(?:admin|owner|manager|contact)|org(?:anization)?\sadmin|workspace\sadmin|global\sadmin|tenant\sadmin|site\sadmin|read[\s-]only(?:\suser|\smember)?|view[\s-]only(?:\suser|\smember)?|viewer|editor|contributor|collaborator|guest(?:\suser)?|light\sagent|standard\suser|basic\suser|power\suser|regular\suser|limited\suser|restricted\suser|external\suser|supervisor|moderator`;
// "admin panel" is a page, not a role.
const NOT_A_ROLE_AFTER = String.raw`panel|console|page|settings|center|centre|portal|dashboard|area|ui|tools?|api|url|link|view|side|section|menu|screen|interface|app|mode|email|e-mail|address|password`;
const IS_ROLE = new RegExp(
  String.raw`\b(?:I'm|I\sam|am|is|are|was|were|as|become|becomes|became|made|promoted\sto|demoted\sto|changed\sto|set\sto|switched\sto)\s(?:(?:an?|the|our|their|a\sfull)\s){0,2}(?:${ROLES})\b(?!\s(?:${NOT_A_ROLE_AFTER})\b)`,
  'giu',
);
// "I'm the Pipewise admin", "she is our Okta owner": a product named between the article and the
// role. Case-sensitive, so the product must be capitalised ("is the only admin" is not this).
const IS_PRODUCT_ROLE = new RegExp(
  String.raw`(?<![\w'])(?:I'm|I\sam|[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Aa]s)\s(?:(?:an?|the|our|their)\s){1,2}[A-Z][\w-]{1,20}\s(?:super[\s-]?admin|admin(?:istrator)?|owner|account\sowner|workspace\sowner|editor|viewer|supervisor|moderator|manager)(?![\w-])(?!\s(?:${NOT_A_ROLE_AFTER})\b)`,
  'gu',
);
const ROLE_OR_RIGHTS = new RegExp(
  String.raw`\b(?:${ROLES}|agent|member|manager|limited|restricted|elevated|write|edit|read|delete|export|billing)\s(?:role|permissions?|rights|privileges|access(?:\slevel)?)\b`,
  'giu',
);
const NAMED_ROLE = /\b([A-Z][A-Za-z-]{1,20}(?:\s[A-Z][A-Za-z-]{1,20}){0,2})\s(?:[Rr]ole|[Pp]ermissions?)\b/gu;
const NOT_ROLE_NAMES = new Set('The This That Our My Your Their Which What No Any Each Every A An Same New Old Current Default Its Do Does Did Is Are User Users Roles Settings'.split(' '));
const ROLE_IS = /\brole\s?(?:is|was|=|:|set\sto)\s?(?:an?\s|the\s)?([A-Za-z][\w-]{1,30})/giu;
const NOT_ROLE_VALUES = /^(?:the|a|to|not|unclear|unknown|missing|support|this|that|it)$/iu;
// "has Manage Billing permission", "without admin rights". The lookahead keeps consent
// ("have my permission", "given us permission") out: that is the authorization item.
const HAS_RIGHTS =
  /\b(?:has|have|had|with|without|lacks?|lacking|missing|granted|assigned)\s(?:the\s|an?\s|no\s)?(?!(?:my|our|your|us|me|you|them|him|her|their|his|permission|consent|full|been|given|granted|explicit|written|verbal)\b)[\w-]{2,20}(?:\s[\w-]{2,20}){0,2}\s(?:permissions?|rights|privileges)\b/giu;

export const findPlanOrRole: TextFinder = (text, speaker) => {
  const stated = (span: Span) => !(isAgentSide(speaker) && around(text, span).question);
  return firstOf(text, [
    (t) => firstAccepted(TIER_PLAN, t, (_, span) => stated(span)),
    (t) => firstAccepted(NAMED_PLAN, t, (match, span) => !NOT_PLAN_NAMES.has(match[1]?.replace(/\+$/u, '') ?? '') && stated(span)),
    (t) =>
      firstAccepted(PLAN_LABELLED, t, (match, span) => !NOT_PLAN_VALUES.test(match[1] ?? '') && !PLANS_OF_WORK.has(wordBefore(t, span.start)) && stated(span)),
    (t) => firstAccepted(ON_TIER, t, (_, span) => stated(span)),
    (t) => firstAccepted(TRIAL, t, (_, span) => stated(span)),
    (t) => firstAccepted(TIER_CUSTOMER, t, (_, span) => stated(span)),
    (t) => (speaker === 'note' ? firstAccepted(BARE_TIER, t, () => true) : undefined),
    (t) => firstAccepted(IS_ROLE, t, (_, span) => stated(span)),
    (t) => firstAccepted(IS_PRODUCT_ROLE, t, (_, span) => stated(span) && !NEGATION.test(around(t, span).clauseBefore)),
    (t) => firstAccepted(ROLE_OR_RIGHTS, t, (_, span) => stated(span)),
    (t) => firstAccepted(NAMED_ROLE, t, (match, span) => !NOT_ROLE_NAMES.has(match[1]?.split(' ')[0] ?? '') && stated(span)),
    (t) => firstAccepted(ROLE_IS, t, (match, span) => !NOT_ROLE_VALUES.test(match[1] ?? '') && stated(span)),
    (t) => firstAccepted(HAS_RIGHTS, t, (_, span) => !/^\sto\s/u.test(t.slice(span.end, span.end + 4)) && stated(span)),
  ]);
};
