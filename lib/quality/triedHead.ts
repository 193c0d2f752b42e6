// The start of a clause → who did what: "cx confirmed clearing cache…" is the customer's step
// "Cleared cache"; "Had them reinstall the app" is a step done at the agent's request; "Cache
// cleared" is a step in the passive; "Customer is on Enterprise" is none.
import { type ActionHead, type ClauseContext, type HeadKind, type Inherited, remember } from './triedContext';
import {
  ABLE_TO,
  ADMIN_OBJECT,
  ADVERB,
  AGENT_SUBJECT,
  BACKGROUND_TIME,
  CAUSATIVE_ASKED,
  CAUSATIVE_DONE,
  COULD_NOT_REPRODUCE,
  CUSTOMER_SUBJECT,
  NEGATED,
  NOT_TROUBLESHOOTING,
  REPORTING_PREFIX,
} from './triedPhrases';
import { resultCase } from './triedOutcome';
import { INSPECTION_VERBS, REDO_VERBS, gerundVerbBase, isBaseVerb, pastVerbBase, toPast, verbKey } from './triedVerbs';
import { afterWords, bare, joinWords, leadingWords, trimPunctuation } from './triedWords';

/** Bound on the loop that strips subjects, adverbs and reporting verbs. */
const MAX_PREFIX_ROUNDS = 8;
/** "The export worker for your region was restarted": how long a passive's subject may be. */
const PASSIVE_SUBJECT_WORDS = 7;

const PRONOUN = /^(?:it|this|that|which|who|i|we|they|he|she|you|there|here|what)$/i;
const PASSIVE_AUX = /^(?:was|were|been|got|gotten)$/i;
const AUXILIARY = /^(?:was|were|been|be|is|are|am|has|have|had|got|gets|get|will|would)$/i;
const PRESENT_AUX = /^(?:is|are|am|be|being|will|not|isn't|aren't|'s)$/i;

/** Strips subjects, reporting verbs, causatives and adverbs from the front of a clause. */
function stripLead(raw: string, ctx: ClauseContext, inherited?: Inherited) {
  let text = raw;
  let { asked = false, done = false, reported = false, theirs = false } = inherited ?? {};
  for (let round = 0; round < MAX_PREFIX_ROUNDS; round += 1) {
    const before = text;
    const reporting = REPORTING_PREFIX.exec(text);
    if (reporting) {
      text = text.slice(reporting[0].length);
      reported = true;
    }
    const agent = AGENT_SUBJECT.exec(text);
    if (agent) text = text.slice(agent[0].length);
    const customer = CUSTOMER_SUBJECT.exec(text);
    if (customer) {
      text = text.slice(customer[0].length);
      theirs = true;
    }
    const [first, second] = leadingWords(text, 2);
    const name = bare(first).toLowerCase().replace(/['’]s$/u, '');
    if (ctx.customerNames.has(name) && second !== undefined && startsWithVerb(second)) {
      text = text.slice((first ?? '').length + 1);
      theirs = true;
    }
    // After the subject ("I had them…"), before the adverbs (which would take "had" for an auxiliary).
    const causeDone = CAUSATIVE_DONE.exec(text);
    if (causeDone) {
      text = text.slice(causeDone[0].length);
      done = true;
    }
    const causeAsked = CAUSATIVE_ASKED.exec(text);
    if (causeAsked && causeAsked[0].trim() !== '' && isBaseVerb(bare(leadingWords(text.slice(causeAsked[0].length), 1)[0]))) {
      text = text.slice(causeAsked[0].length);
      asked = true;
    }
    text = text.replace(ADVERB, '');
    // "Have reset the password" (an auxiliary), not "has the Editor role" (a verb).
    const [aux, verb] = leadingWords(text, 2);
    if (aux !== undefined && verb !== undefined && /^(?:have|has|had)$/i.test(aux) && pastVerbBase(bare(verb))) text = text.slice(aux.length + 1);
    if (text === before) break;
  }
  return { text: text.trim(), asked, done, reported, theirs: theirs || reported };
}

function startsWithVerb(word: string): boolean {
  const w = bare(word);
  return pastVerbBase(w) !== undefined || gerundVerbBase(w) !== undefined || isBaseVerb(w);
}

/** The base of the past-tense verb a clause starts with, reading two-word spellings ("power cycled"). */
function leadingPast(words: string[]): string | undefined {
  return pastVerbBase(bare(words[0])) ?? (words.length > 1 ? pastVerbBase(`${bare(words[0])}${bare(words[1])}`) : undefined);
}

/** Words that may follow a passive participle: "Cache cleared on both machines", "DNS flushed, …". */
const AFTER_PARTICIPLE =
  /^(?:on|in|at|for|from|to|via|with|again|twice|and|but|successfully|manually|already|too|as|by|before|after|locally|remotely|both|all|->|→|=>|-|—|–|:|;|\+)$/i;

/** "Cache cleared", "SSO metadata re-sent via admin", "Router was restarted". */
function passiveHead(words: string[]): { weak: boolean } | undefined {
  const first = bare(words[0]);
  // A base form may be a noun ("Sync re-triggered"); a past or -ing form starts another reading.
  if (PRONOUN.test(first) || AUXILIARY.test(first) || pastVerbBase(first) || gerundVerbBase(first)) return undefined;
  let weak = false;
  for (let i = 1; i < Math.min(words.length, PASSIVE_SUBJECT_WORDS + 1); i += 1) {
    const raw = words[i] ?? '';
    const word = bare(raw);
    if (raw.startsWith('(') || PRESENT_AUX.test(word)) return undefined;
    if (PASSIVE_AUX.test(word)) {
      weak = true;
      continue;
    }
    const verb = pastVerbBase(word);
    if (verb) {
      const next = words[i + 1];
      // "Sent the password reset link": "reset" is a noun there, not a participle.
      if (!(next === undefined || /[,;:]$/.test(raw) || AFTER_PARTICIPLE.test(next))) return undefined;
      return { weak: weak && !REDO_VERBS.has(verb) };
    }
    if (gerundVerbBase(word) !== undefined || /[,;:]$/.test(raw)) return undefined;
  }
  return undefined;
}

/** A guess, not something done: "likely consent revoked on the bank side". */
const GUESS = /^(?:likely|probably|prob|possibly|maybe|perhaps|presumably|apparently|seems|looks like|smells like|suspect|suspected|guess|i think|i guess|i suspect|hypothesis|theory)\b/i;
/** Command-line tools that name a check by themselves. */
const COMMAND = /^(?:dig|nslookup|traceroute|tracert|mtr|telnet|openssl|tcpdump|whois|wget)$/i;
/** Words that may stand between a verb and "by" in a record of a change: dates, times, "manually". */
const DATEISH =
  /^(?:\d[\d:./-]*(?:st|nd|rd|th|z|h)?|utc|cet|cest|gmt|bst|est|edt|pst|pdt|z|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|manually|automatically|on|at|yesterday|today|earlier)$/i;

/** "Changed 13:58 UTC by billing-sync": the verb is followed, after dates at most, by "by". */
function byWhom(words: string[]): boolean {
  for (let i = 1; i < words.length && i <= 6; i += 1) {
    const word = bare(words[i]);
    if (/^by$/i.test(word)) return true;
    if (!DATEISH.test(word)) return false;
  }
  return false;
}

/** Reads who did what at the start of `raw`; undefined when it is not a troubleshooting action. */
export function analyseHead(raw: string, ctx: ClauseContext, inherited?: Inherited): ActionHead | undefined {
  // The separator scan asks about the same chunks several times, and tickets repeat themselves.
  const heads = ctx.memo?.heads;
  const key = inherited ? `${Number(inherited.asked)}${Number(inherited.done)}${Number(inherited.reported)}${Number(inherited.theirs)}${raw}` : `----${raw}`;
  if (heads?.has(key)) return heads.get(key);
  const head = readHead(raw, ctx, inherited);
  return heads ? remember(heads, key, head) : head;
}

function readHead(raw: string, ctx: ClauseContext, inherited?: Inherited): ActionHead | undefined {
  const lead = stripLead(trimPunctuation(raw), ctx, inherited);
  const text = lead.text;
  if (!text) return undefined;
  // Every head is built here with the same fields in the same order (one object shape: fast).
  const head = (kind: HeadKind, shown: string, extra?: { weak?: boolean; triedList?: boolean; impliedResult?: string }): ActionHead => ({
    kind,
    text: shown,
    asked: lead.asked,
    done: lead.done,
    reported: lead.reported,
    theirs: lead.theirs,
    weak: extra?.weak ?? false,
    background: lead.theirs && BACKGROUND_TIME.test(shown),
    triedList: extra?.triedList ?? false,
    impliedResult: extra?.impliedResult,
  });

  const cannot = COULD_NOT_REPRODUCE.exec(text);
  if (cannot) {
    const verb = cannot[2] ?? 'reproduce';
    return head('tried', `Tried to ${verb}${text.slice(cannot[0].length)}`, { impliedResult: resultCase(`${cannot[1]} ${verb}`) });
  }
  if (NEGATED.test(text) || GUESS.test(text)) return undefined;

  const able = ABLE_TO.exec(text);
  if (able) {
    const rest = text.slice(able[0].length);
    const past = toPast(bare(leadingWords(rest, 1)[0]));
    return past ? checked(head('able', joinWords(past, afterWords(rest, 1)))) : undefined;
  }

  // Enough words for the passive reading: its subject, the participle and the word after it.
  const words = leadingWords(text, PASSIVE_SUBJECT_WORDS + 2);
  const w0 = bare(words[0]);
  const w1 = bare(words[1]).toLowerCase();
  if (/^did$/i.test(w0) && /^(?:a|an|another|some|the|full|clean|hard|quick)$/.test(w1)) return checked(head('did', text));
  if (/^gave$/i.test(w0) && / a (?:try|go|shot|whirl)\b/i.test(text)) return checked(head('did', text));

  // "dig example.com → 2 A records": a command run, named by its tool.
  if (COMMAND.test(w0) && words.length > 1) return checked(head('base', `Ran ${text}`));
  const past = leadingPast(words);
  // "Changed 2025-07-08 13:58 UTC by billing-sync", "Sent manually 3 Feb by a manager": a record of who did it, not a step.
  if (past && past !== 'try' && byWhom(words)) return undefined;
  if (past) {
    if (past === 'try') {
      // "Tried Chrome and Firefox" lists separate steps; "Tried clearing cache and cookies" does not.
      const next = bare(words[1]);
      const verbal = next === '' || /^to$/i.test(next) || gerundVerbBase(next) !== undefined || isBaseVerb(next);
      return checked(head('tried', text, { triedList: !verbal }));
    }
    return checked(head('past', text), past);
  }
  const gerund = gerundVerbBase(w0);
  if (gerund) return checked(head('gerund', joinWords(toPast(w0) ?? w0, afterWords(text, 1))), gerund);
  if (isBaseVerb(w0)) return checked(head('base', joinWords(toPast(w0) ?? w0, afterWords(text, 1))), verbKey(w0));
  const second = bare(words[1]);
  if (words.length > 1 && isBaseVerb(`${w0}${second}`)) {
    // "power cycle the modem" → "power cycled the modem".
    return checked(head('base', joinWords(`${w0} ${toPast(second) ?? second}`, afterWords(text, 2))), verbKey(`${w0}${second}`));
  }
  const passive = passiveHead(words);
  if (passive) return checked(head('passive', text, { weak: passive.weak }));
  return checked(head('noun', text));
}

/** Drops ticket admin and talk ("Changed priority", "Escalated to L2"). */
function checked(head: ActionHead, verbBase?: string): ActionHead | undefined {
  if (NOT_TROUBLESHOOTING.test(head.text)) return undefined;
  // "Checked Jira for known issues" is a check; "Reset the ticket SLA" is admin.
  if (verbBase !== undefined && !INSPECTION_VERBS.has(verbBase) && ADMIN_OBJECT.test(head.text)) return undefined;
  if (head.kind === 'passive' && ADMIN_OBJECT.test(head.text)) return undefined;
  return head;
}

/** A clear action: led by a step verb, a done passive, or done by the customer at the agent's request. */
export const isStrong = (head: ActionHead | undefined): boolean =>
  head !== undefined && (['past', 'tried', 'did', 'able'].includes(head.kind) || (head.kind === 'passive' && !head.weak) || head.done);
