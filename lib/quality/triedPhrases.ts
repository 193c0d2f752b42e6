// The phrases the "what's been tried" extractor recognises, as regular expressions.
//
// Every pattern here runs on one squashed sentence (single spaces, at most a few hundred
// characters) and is linear-time: anchored alternations of literals, bounded repeats, and no
// quantified group whose body can match the same text two ways (no catastrophic backtracking).

/**
 * A clause that is only an outcome even though it opens with a verb from the step list:
 * "Fixed.", "Works now", "Confirmed working". Checked before reading the clause as an action.
 */
export const RESULT_WHOLE =
  /^(?:(?:confirmed|verified) )?(?:fixed|resolved|solved|sorted|worked|works|working|failed|fails)(?: (?:it|now|again|too|as well|the (?:issue|problem|error)|for (?:them|him|her|the (?:customer|user))))?(?: now)?$/i;

/** A result that only guesses or advises is not a stated outcome: "should work now". */
export const HEDGED = /\b(?:should|would|might|may|will|hopefully|probably|possibly|likely|presumably|usually|typically|normally|generally|if|unless|maybe|perhaps|expect|expected|supposed)\b/i;

/**
 * An outcome stated as the predicate of the action: "Clearing the cache didn't help",
 * "The reinstall fixed it", "cx confirmed incognito made no difference". Unanchored search.
 */
export const RESULT_PREDICATE = new RegExp(
  ' (?:' +
    [
      "(?:didn'?t|did not|doesn'?t|does not|hasn'?t|has not|won'?t|wouldn'?t) (?:help|work|fix|change|resolve|solve|make|do|affect|improve|matter|stick)\\b",
      '(?:fixed|resolved|solved|sorted) (?:it|this|things|the (?:issue|problem|error))\\b',
      '(?:made|makes) (?:no|zero|any|a) (?:difference|change)\\b',
      '(?:had|has) (?:no|zero) (?:effect|impact)\\b',
      '(?:did|does) nothing\\b',
      'changed nothing\\b',
      'did the trick\\b',
      'made it worse\\b',
      '(?:also |still )?(?:helped|worked|works|failed|fails)\\b',
      '(?:also|still) (?:errors?|broken|same)\\b',
      '(?:gives?|gave|returns?|returned|shows?|showed|throws?|threw) (?:the )?same\\b',
      // "turning the permission on brought autofill back on most sites".
      '(?:brought|brings|got|gets) (?:\\S+ ){1,3}back\\b',
      '(?:is|was) (?:still )?(?:broken|failing)\\b',
      // "prints fine", "images load now" (not "access the reports now": "now" only after a known verb).
      '[a-z]+(?:s|ed) (?:fine|ok|okay|again|correctly|properly|normally|successfully|as expected)\\b',
      '(?:loads?|loaded|syncs?|synced|works?|resolves?|resolved|connects?|connected|prints?|sends?|arrives?|arrived|opens?|saves?|imports?|exports?|displays?|renders?|appears?|succeeded) now\\b',
      '(?:succeeded|succeeds)\\b',
      "(?:still )?(?:don'?t|doesn'?t|won'?t|can'?t|cannot|didn'?t|do not|does not|did not|never) [a-z]+",
    ].join('|') +
    ')',
  'i',
);

/** A determiner right before a would-be predicate: "the failed payments" is a noun phrase. */
export const DETERMINER_BEFORE = /(?:^| )(?:the|a|an|their|our|his|her|its|my|your|this|these|those|that|any|some|all|no|every)$/i;

/** Step notation: "Cleared cache → same error", "->", "=>". */
export const ARROW = / ?(?:→|⟶|⇒|-->|->|=>) ?/;

/** Where an action part may end and its result begin, scanned left to right. */
export const RESULT_SEPARATOR =
  / ?(?:→|⟶|⇒|-->|->|=>) ?| (?:—|–|--|-) |: |; |, | \(| but | and | with | w\/ | so | which | though | yet | = |\.{3} ?|… ?| (?=to no avail\b)| (?=without\b)/g;

/** Separators after which any text counts as the result, provided the action is clear. */
export const LOOSE_SEPARATOR = /^ ?(?:→|⟶|⇒|-->|->|=>|—|–|--|-|:|=)/;

/** Where a result ends; what follows may be another step ("same error; tried incognito → works"). */
export const RESULT_END =
  /, |; | (?:—|–|--|-) | ?(?:→|⟶|⇒|-->|->|=>) ?| \(| (?:so|which|because|since|until|but|though|although|however|whereas|while|and|then|as|per|pending) |\.{3} ?|… ?/g;

/** Qualifiers that say a result applies to several actions: "same error both times". */
export const SHARED_RESULT_TAIL =
  / (?:tho|though|btw|fwiw|thankfully|luckily|both times|each time|every time|in both cases|in all cases|for both|for all|on both|on all|in both|in all|either way|across the board|as well|too|on (?:all|both) (?:browsers|devices))$/i;

/** "all same error" / "both same": the quantifier goes, the outcome stays. */
export const SHARED_RESULT_HEAD = /^(?:all|both|each|every one|everything)(?: with)? (?=the same\b|same\b|still\b|fail|no\b|didn|did not|error)/i;

/** A result-only sentence that covers every step of the list before it: "None of it helped". */
export const AGGREGATE_RESULT = /^(?:none|neither|both|all|each|every|everything|any of)\b|\b(?:both times|each time|every time|in all cases|in both cases|all of (?:them|these|those|the above))\b/i;

/** Words that lead into a result and carry no meaning of their own. */
export const RESULT_LEAD_IN =
  /^(?:and|but|yet|so|though|however|unfortunately|sadly|alas|which|then|and then|still,|it|it's|it’s|it is|that|this|doing so|this step|that step|the result|result|outcome|in short)[,:]? /i;

/** Customer-voice words before an outcome: "cx says it works" → "it works". */
export const RESULT_REPORTER =
  /^(?:(?:the )?(?:cx|customer|cust|client|user|end user|requester|caller|they|he|she|we|i|you)(?: (?:says|said|reports|reported|confirms|confirmed|mentions|mentioned|notes|noted|states|stated|advises|advised|indicates|indicated|replied|responded|wrote|writes|came back|got back)(?: to (?:me|us))?(?: (?:and said|saying|with))?)?(?: that)?[,:]? )/i;

/** Someone reporting what the customer did: "cx confirmed", "per customer,", "you mentioned". */
export const REPORTING_PREFIX =
  /^(?:(?:the )?(?:cx|customer|cust|client|user|end user|requester|caller|they|he|she|you|u)(?: (?:says|said|reports|reported|confirms|confirmed|mentions|mentioned|notes|noted|states|stated|advises|advised|indicates|indicated|tells|told|explained|explains|replied|responded|wrote|writes|came back|got back|let us know|let me know)(?: (?:to )?(?:me|us))?(?: (?:and said|saying|with))?)(?: that)?[,:]? |(?:per|according to) (?:the )?(?:cx|customer|cust|client|user|them|him|her)[,:]? |(?:i |we )?confirmed with (?:the )?(?:cx|customer|client|user|them|him|her)(?: that)?[,:]? |as (?:the )?(?:cx|customer|you|they) (?:mentioned|said|confirmed|noted|reported)[,:]? |(?:cx|customer|cust):? |(?:i |we )?(?:see|understand|noticed?|gather|can see)(?: that)? (?=you|they|the customer|cx|he|she))/i;

/** The writer as subject: "I", "We've", "L1 has". */
export const AGENT_SUBJECT =
  /^(?:(?:i|we)(?:'ve|’ve|'d|’d| have| had(?! (?:the )?(?:cx|customer|cust|client|user|them|him|her)\b)| also| then)?|(?:l1|agent|our team|the team|myself)(?: (?:has|have|had))?) /i;

/** The customer as subject: "cx", "the customer has", "they've". */
export const CUSTOMER_SUBJECT =
  /^(?:the )?(?:cx|customer|cust|client|user|end user|end-user|requester|caller|they|he|she|you|u)(?:'ve|’ve| have| has| had)? /i;

/** Adverbs between the subject and the verb: "also", "already", "went ahead and". */
export const ADVERB =
  /^(?:also|already|then|just|first|firstly|again|successfully|manually|quickly|additionally|further|even|previously|earlier|initially|finally|personally|remotely|subsequently|later|next|afterwards|eventually|actually|definitely|indeed|separately|independently|both|once again|went ahead and|go ahead and|proceeded to|now|and|plus|&|ok so|so|ok|okay|alright|well|unfortunately|sadly|fyi)[,:]? /i;

/** "Had them clear the cache": the customer did it. */
export const CAUSATIVE_DONE =
  /^(?:had|got|made|walked|guided|helped|talked|took)(?: (?:the )?(?:cx|customer|cust|client|user|end user|requester|them|him|her))(?: (?:to|through|thru))? /i;

/** "Asked the customer to clear the cache": a request; a step only once its outcome is stated. */
export const CAUSATIVE_ASKED =
  /^(?:asked|told|advised|instructed|requested|suggested|recommended)(?: (?:the )?(?:cx|customer|cust|client|user|end user|requester|them|him|her))?(?: to| that (?:they|he|she) )? ?/i;

/** "Was able to reproduce on our test account" → a reproduction step. */
export const ABLE_TO = /^(?:(?:was|were) )?able to /i;

/** "Couldn't reproduce on staging" → action "Tried to reproduce on staging", result "couldn't reproduce". */
export const COULD_NOT_REPRODUCE =
  /^(?:(?:am|are|is|was|were) )?((?:unable to|not able to|wasn'?t able to|weren'?t able to|couldn'?t|could not|can'?t|cannot)) (repro(?:duce)?|replicate)\b/i;

/** Not done: "haven't tried safe mode yet", "didn't reinstall", "not tried". */
export const NEGATED =
  /^(?:not|never|no|haven'?t|hasn'?t|didn'?t|did not|have not|has not|don'?t|doesn'?t|won'?t|can'?t|cannot|couldn'?t|wasn'?t|weren'?t|isn'?t|aren'?t)\b/i;

/** A question to the customer, even without its "?". */
export const QUESTION_START =
  /^(?:(?:could|can|would|will|do|did|does|have|has|is|are|were|should|shall|may) (?:you|they|u|ya|the customer|the user|cx|we|i)\b|(?:what|why|how|when|where|which|who|whom)\b|any chance\b|is (?:it|there|this)\b|are there\b)/i;

/** A request or advice: "Please clear…", "You can try…", "I'd suggest…". */
export const REQUEST_START =
  /^(?:please|pls|plz|kindly|give it|go ahead|let me know|let us know|lmk|make sure|ensure|feel free|you can|you could|you may|you might|you should|you'll need|you will need|you need|i'd suggest|i would suggest|i suggest|i recommend|i'd recommend|we recommend|we suggest|suggest|recommend|if|when you|once|unless|don't|do not|remember|can|could|would|will|i'll|we'll|i will|we will|going to|gonna|plan|planning|need to|next|todo|to do|tbd|waiting|awaiting|pending|hoping|hopefully|looking into|investigating)\b/i;

/** Where a question or request begins inside a sentence: what came before may still be a step. */
export const REQUEST_INSIDE =
  /[,;:.!—–-]? (?:please|pls|plz|kindly|could you|can you|would you|will you|do you|did you|have you|can u|could u|let me know|let us know|lmk|would you mind|are you able|is it possible|any chance)\b/i;

/** Thanks, apologies and small talk: never a step. */
export const PLEASANTRY =
  /^(?:thanks|thank you|thx|ty|many thanks|sorry|apologies|apologize|apologise|cheers|hope|i hope|glad|happy to|appreciate|welcome|no worries|no problem|good to hear|great to hear|nice|hi|hello|hey|dear|greetings|(?:i'm|i’m|i am|im|we're|we’re|we are) (?:sorry|glad|happy|afraid|sad)|(?:i|we) (?:apologi[sz]e|appreciate))\b/i;

/** "Hi Dana," at the start of a line. */
export const GREETING = /^(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening)|morning|afternoon)(?: [^ ,!:]+){0,3} ?[,!:—-] ?/i;

/** A line that closes a message ("Thanks,", "Best regards, Sam"); what follows is a signature. */
export const SIGN_OFF =
  /^(?:best|regards|kind regards|warm regards|best regards|many thanks|thanks|thank you|thanks again|cheers|br|sincerely|talk soon|all the best|thx|ty|speak soon)(?:[,.!]?|, ?[^ ,]+(?: [^ ,]+){0,2})$/i;

/** A clock time at the start of a line: "14:32 -", "[09:05 CET]". */
export const LEADING_TIME = /^\[?\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,5})?\]?(?: ?[-–—:|] ?| )/i;

/** Labels that open a note and say nothing: "Note:", "Update:", "FYI -". */
export const NOTE_LABEL =
  /^(?:note|notes|update|fyi|internal|internal note|l1 note|l1 notes|edit|status update|ts update|quick update|summary|recap|info)(?: #?\d{1,4})?(?: ?[-–—:] ?| )/i;

/** Bullets and numbering: "- ", "* ", "• ", "1. ", "a) ", "[x] ". */
export const BULLET = /^(?:[-*•·‣◦▪▫–—]+|\d{1,2}[.)]|[a-z][.)]|\[[ x✓]?\])\s+/i;

const TRIED_HEADER_WORDS =
  '(?:l1 )?(?:troubleshooting|troubleshoot|t\\/s|ts)(?: (?:steps|step|done|performed|taken|so far|completed|attempted|tried|already done))*' +
  '|(?:steps|actions|things|checks|fixes|workarounds) (?:tried|taken|done|performed|completed|attempted|checked)(?: so far)?' +
  "|(?:what )?(?:i've|we've|i have|we have|has been|have been|l1 has|l1 have|l1|cx has|customer has)? ?(?:tried|done|checked|attempted)(?: so far| already)?" +
  '|already (?:tried|done|checked|attempted)' +
  "|what (?:was|has been|we|i|l1|the customer|cx) (?:tried|done|checked|attempted)(?: so far)?" +
  "|what's been (?:tried|done|checked)(?: so far)?" +
  '|attempted fixes' +
  "|(?:we |i |cx |customer |they )?(?:went|walked|ran) (?:through|thru)|(?:we |i |cx |customer )?(?:tried|did|checked) the following|here's what (?:we|i)(?:'ve| have) (?:tried|done)(?: so far)?";

/** The verb a "Tried:" or "Checked:" header lends its verbless items. */
export function headerVerb(header: string): string | undefined {
  if (/\b(?:tried|attempted)\b/i.test(header)) return 'Tried';
  if (/\bchecked\b/i.test(header)) return 'Checked';
  return undefined;
}

/** A line that opens a list of tried steps: "Troubleshooting so far:", "Tried:". */
export const TRIED_HEADER = new RegExp(`^(?:${TRIED_HEADER_WORDS}) ?:?$`, 'i');
/** The same header with the list on its line: "Tried: cache clear, incognito — same error". */
export const TRIED_HEADER_INLINE = new RegExp(`^(?:${TRIED_HEADER_WORDS}) ?[:—–-] (.+)$`, 'i');

/**
 * A line that opens a section whose lines are not tried steps: plans, questions, reproduction
 * steps, environment. Its bullets are skipped until a blank line or another header.
 */
export const SKIP_HEADER =
  /^(?:next steps?|plan|action plan|to ?do|to-do|questions?|open questions|questions? for [^:]{1,20}|asks?|ask for [^:]{1,20}|requests?|pending|follow[- ]?ups?|action items|need(?:ed)? from [^:]{1,20}|waiting on|blocked on|hypothesis|theory|theories|suspect(?:ed)?(?: cause)?|possible causes?|likely cause|root cause|env|environment|impact|issue|problem|symptoms?|expected(?: result| behaviou?r)?|actual(?: result| behaviou?r)?|repro(?:duction)?(?: steps)?|steps to reproduce|to reproduce|str|customer info|account|account info|account details|details|error|error message|logs?|log excerpt|timeline|not (?:yet )?tried|haven't tried|untried|ideas|suggestions|recommendations?|workaround|for l2|l2 please|please check|ask)\s?:/i;

/** Any short "Label:" line, which ends a list opened by a header. */
export const ANY_HEADER = /^[\p{L}][\p{L}0-9 '/&-]{0,40}:$/u;

/** "On Tue, 12 Nov 2026 at 15:00, Dana <dana@…> wrote:" and its translations. */
export const QUOTE_INTRO = /^(?:on|am|le|el|il|op|den|på) .{0,300}(?:wrote|schrieb|a écrit|escribió|ha scritto|scrisse|schreef|skrev) ?:$/i;
/** The first line of a wrapped "On … wrote:" when the "wrote:" is on the next line. */
export const QUOTE_INTRO_START = /^on \S.{0,200}\d/i;
export const QUOTE_INTRO_END = /(?:wrote|schrieb|a écrit|escribió) ?:$/i;
/** Outlook and forwarding separators; everything after is someone else's message. */
export const FORWARD_MARK = /^(?:-{2,} ?(?:original message|forwarded message) ?-{2,}|begin forwarded message:|_{8,}|sent from my \w+)$/i;
export const MAIL_HEADER = /^from: \S/i;
export const MAIL_HEADER_NEXT = /^(?:sent|date|to|subject): /i;

/**
 * Things tried in a browser or on a device that name a step without a verb:
 * "Incognito: same error", "Firefox → works".
 */
export const STEP_HINT =
  /\b(?:incognito|private (?:window|mode|browsing|tab)|inprivate|safe mode|another|different|other|alternate|second|new (?:browser|device|profile|user|account|computer|laptop|phone|network|session|token|key|cert|certificate|password|install)|firefox|chrome|safari|edge|brave|opera|vpn|proxy|hotspot|cellular|mobile data|4g|5g|lte|wi-?fi|ethernet|cache|cookies?|reinstall|re-install|reboot|restart|reset|refresh|hard refresh|clean install|fresh install|factory reset|test account|test user|sandbox|staging|desktop app|web app|mobile app|browser|extensions?|ad ?blocker|firewall|dns|password reset|re-?login|relog|logout|log out|re-?sync|resync|update|upgrade|downgrade|rollback|roll back)\b/i;

/** Label words: "Browser: Chrome 120" is a detail, not a step. */
export const DETAIL_LABEL =
  /^(?:error|errors|status|browser|os|version|account|plan|note|issue|problem|cause|result|expected|actual|ticket|customer|user|device|region|env|environment|steps|summary|impact|priority|org|tenant|id|url|time|date|subject|request|order|app|platform|build|release|tier|seats|code)$/i;

/** Words in a verbless list item that make it a statement, not a step: "cx is on Enterprise". */
export const STATEMENT_WORD =
  /\b(?:is|are|was|were|am|has|have|had|will|would|should|can|could|need|needs|not|never|yet|pending|todo|tbd|maybe|might|please|asked|waiting|known|see)\b|n't\b|\?/i;

/** Ticket admin and talk: "Changed priority", "Added tag", "Pinged L2 in Slack". */
export const ADMIN_OBJECT =
  /(?:^|\s)#\d|\b(?:ticket|tickets|priority|tags?|macro|assignee|jira|bug report|sla|internal note|l2|l3|tier ?[23]|escalation|status to|csat|survey|follow-?up)\b/i;
export const NOT_TROUBLESHOOTING =
  /\b(?:escalat\w*|emailed|e-mailed|called|phoned|messaged|slacked|replied|responded|followed up|reached out|assigned|reassigned|re-assigned|tagged|refunded|credited|apologi[sz]ed|thanked|as requested|per (?:the|your|their|cx'?s?|customer'?s?) request)\b|^confirmed (?:that )?(?:the|this|it) (?:issue|problem|bug|error) (?:is|was)\b|^(?:pinged|checked in) (?:with )?(?:l2|l3|eng|engineering|the team|team|someone|@|#|on slack|in slack|devs?|product|my lead|lead|tl|manager|sre|ops|on-?call|the customer|cx)\b/i;

/** "…and since then notifications don't arrive": how the problem began, not a step. */
export const SYMPTOM_ONSET = /\b(?:since then|ever since|and since|started (?:to|failing|happening|after|when))\b/i;

/** Customer actions that are background, not troubleshooting: "cx upgraded to Pro last week". */
export const BACKGROUND_TIME =
  /\b(?:ago|last (?:week|wk|month|year|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|recently|earlier this (?:week|month)|before the issue|prior to|since then|back in)\b/i;

/** Where an action phrase stops: purposes and reasons are not part of the action. */
export const ACTION_END =
 / (?:so|to see|to check|to rule out|to confirm|to make sure|to verify|to test|in case|just in case|as requested|as suggested|as advised|as asked|as (?:a|an) (?:test|workaround|precaution|trial)|per (?:your|my|l2|the|our|kb)|because|since|so that|hoping|in the hope|which|while|but|though|although)\b/i;

/** Words that join several actions in one sentence. */
export const ACTION_JOIN = /(, (?:and |then |& )?| and then | and | then | & | \+ | as well as | plus |; | (?:—|–|--|-) |\/(?=[a-z]))/i;
