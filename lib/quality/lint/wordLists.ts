// Word lists the lint rules share. All lower case, apostrophes straight; compared against a token
// with its surrounding punctuation and any possessive "'s" removed (see tokens.ts).

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));

/**
 * Words that carry no detail of their own in a support note: function words plus the generic
 * vocabulary every lazy note is made of ("customer", "issue", "error", "help"). What remains of a
 * sentence after removing these is what it actually says.
 */
export const FILLER_WORDS = words(`
  a an the and or but nor so yet if then than that this these those there here it its it's they them
  their theirs he him his she her hers we us our you your i me my mine who whom whose which what where
  when why how is are was were be been being am do does did done doing don't doesn't didn't isn't aren't
  wasn't weren't can can't cannot could couldn't would wouldn't should shouldn't will won't shall may might
  must has have had hasn't haven't hadn't having not no yes of in on at to from by for with without about
  into onto over under after before since until up down out off again also just still even too very
  really quite some any all each every both either neither more most much many few other another same
  such as like via per now already ever never always sometimes please pls plz thanks thank hi hello hey
  ok okay asap urgent urgently etc anything something everything nothing someone anyone everyone thing
  things stuff way lot lots bit side end get gets got getting make makes made seem seems seemed look
  looks looked looking see try tried trying tries help helped helps work works worked working check
  checked checking investigate investigated fix fixed issue issues problem problems trouble error errors
  customer customers client clients user users caller requester agent support l1 l2 tier escalate
  escalated escalating escalation call back let know need needs needed want wants wanted said says say
  told asked properly correctly well good bad right wrong able unable currently though although however
  because anymore reported reports report experiencing having facing seeing happening happens happened
`);

/**
 * Capitalised words that name nothing. A capitalised word in mid-sentence usually names a product,
 * company or person (specific); these are the ones agents capitalise for emphasis or habit.
 */
export const GENERIC_CAPITALISED = words(`
  customer customers client clients user users agent support team tier level please issue issues problem
  problems error errors note update urgent priority high medium low ticket i i'm i've i'd i'll it they we
  he she the a an this that and but not still also same no yes thanks hi hello hey dear regards ok okay
  restart restarted reboot rebooted tried checked cleared escalating escalated happening hypothesis context
  verify unknown unclear asap fyi works working broken help
`);

/** All-caps words that are shouting or chat shorthand rather than the name of a system. */
export const NON_NAME_ACRONYMS = words(`
  asap fyi ok pls plz eta tbd na id ids it am pm no yes not and the urgent help please issue bug error
  errors eod btw imo tldr wip fw fwd re cs csm cx dm lol idk
`);

/** Systems, protocols and file formats agents name in lower case ("sso", "webhook", "csv"). */
export const TECHNICAL_TERMS = words(`
  sso saml oauth oidc ldap scim mfa 2fa totp otp api apis webhook webhooks endpoint endpoints dns ssl tls
  smtp imap cdn csv pdf xlsx json xml cookie cookies cache firewall proxy vpn router idp sdk cli har
  certificate cert jwt cors captcha
`);

/** Monitoring, logging and third-party tools, i.e. places L2 can look. */
export const NAMED_TOOLS = words(`
  sentry datadog kibana grafana splunk newrelic cloudwatch honeycomb elasticsearch loki prometheus
  pagerduty stripe launchdarkly mixpanel amplitude segment okta auth0 postgres postgresql mysql redis kafka
  rabbitmq bigquery snowflake salesforce hubspot zendesk jira freshdesk intercom twilio sendgrid mailgun
  cloudflare vercel heroku aws gcp azure nginx apache haproxy metabase looker retool posthog logrocket
  fullstory bugsnag rollbar opsgenie statuspage
`);

/** Where the problem happens: browsers, systems, devices, networks, deployments. */
export const ENVIRONMENT_TERMS = words(`
  chrome firefox safari edge opera brave chromium windows macos mac osx linux ubuntu ios ipados android
  iphone ipad pixel samsung incognito staging production prod sandbox wifi wi-fi ethernet cellular mobile
  desktop tablet laptop
`);

/** Words that say when: days, months, relative days, time zones. */
export const TIME_TERMS = words(`
  yesterday today tonight overnight weekend monday tuesday wednesday thursday friday saturday sunday
  mondays tuesdays wednesdays thursdays fridays january february march april june july august september
  october november december utc gmt cet cest est edt pst pdt bst ist
`);

/** Multi-word places and times the single-word lists cannot hold. */
export const ENVIRONMENT_OR_TIME_PHRASE =
  /\b(?:(?:this|last|yesterday|tomorrow) (?:morning|afternoon|evening|night|week|month)|private (?:window|mode|browsing)|(?:mobile|desktop|web|ios|android) app)\b/iu;
