// The `vague` rule: phrases that stand in for missing detail ("not working", "restart didn't help").
// A phrase is only flagged when the sentence around it adds nothing concrete, so "SSO login is not
// working for the 38 SAML users since 09:10 UTC" passes while "Not working after setup." does not.

import { type LintFinding, toExcerpt } from './findings';
import { namesATarget, type ReadSentence } from './specificity';
import { contentWordsOutside, isContentWord, type Token } from './tokens';

interface Span {
  start: number;
  end: number;
}

export type VagueTriggerId =
  | 'restart'
  | 'could-not-reproduce'
  | 'not-working'
  | 'please-investigate'
  | 'customer-frustrated'
  | 'see-ticket'
  | 'issue-persists'
  | 'intermittent'
  | 'some-issues'
  | 'tried-everything'
  | 'mixed-results'
  | 'reproduced';

/**
 * What a trigger makes of one match: the words it covers (reported when vague, and claimed either
 * way so an overlapping phrase is not judged twice), or undefined when the match is not the phrase.
 */
interface Verdict {
  span: Span;
  vague: boolean;
}

interface VagueTrigger {
  id: VagueTriggerId;
  message: string;
  /** Global, case-insensitive; alternations of fixed words only, so matching stays linear. */
  pattern: RegExp;
  judge(sentence: ReadSentence, match: Span): Verdict | undefined;
}

/**
 * Content words a sentence needs besides the phrase to count as a description of its own: "The
 * invoice editor is not working when saving a draft with attachments" says what fails.
 */
const DESCRIBED = 4;

/** Vague unless the sentence is concrete or `enoughDetail` finds what the phrase leaves out. */
const judgedBy =
  (enoughDetail: (sentence: ReadSentence, match: Span) => boolean) =>
  (sentence: ReadSentence, match: Span): Verdict => ({ span: match, vague: !sentence.concrete() && !enoughDetail(sentence, match) });

const describedElsewhere = (minWords: number) => (s: ReadSentence, m: Span) => contentWordsOutside(s.tokens(), m.start, m.end) >= minWords;

const hasWordFrom = (list: ReadonlySet<string>) => (s: ReadSentence, m: Span) =>
  s.tokens().some((t) => (t.end <= m.start || t.start >= m.end) && list.has(t.key));

const set = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));

/** "How/where" words that make "could not reproduce" useful: on what, with what. */
const REPRO_DETAIL = set(`
  account accounts tenant org organisation organization workspace steps step browser browsers device devices
  environment env machine laptop phone data dataset file files settings config role admin test same following
  using plan version
`);

/** Words that turn "customer frustrated" into impact: who is blocked, what is at stake, since when. */
const IMPACT = set(`
  blocked blocking block blocks deadline payroll revenue losing lost churn cancel cancelling canceling
  cancellation renewal contract refund competitor switching leave leaving launch go-live outage downtime sla
  team staff employees orders sales money invoices clients patients students time times since week weeks
  days hours month months second third fourth fifth repeated manager supervisor complaint legal executive
`);

const RESTART_OUTCOME =
  /\b(?:did(?:n't| not)\s+(?:help|fix|work|change|solve|resolve|do anything|make a difference)|(?:does|do|will|would)(?:n't| not)\s+help|won't\s+help|no\s+(?:change|difference|luck|effect|improvement|joy|success)|not\s+help(?:ed|ing|ful)?|same\s+(?:issue|problem|result|thing|error|behaviou?r)|still\s+(?:not(?:\s+work\w*)?|the same|fail\w*|broken|happen\w*|occur\w*|persist\w*|there|get\w*|see\w*)|(?:issue|problem|error)\s+persists|nothing\s+changed|to\s+no\s+avail|without\s+(?:success|luck)|unsuccessful)\b/iu;

/** Words after "restarted" that are not the thing restarted. */
const NOT_RESTART_OBJECT = set(`
  it this that everything all again twice once several multiple times already but and no not still with
  without however yet too also so then which on at for after before to was is has had did didn't doesn't
  does helped help same nothing issue problem error several couple
`);

/** Words before "restart" that are not the thing restarted ("a hard restart", "tried restarting"). */
const NOT_RESTART_SUBJECT = set(`
  hard soft full quick simple complete another several multiple manual forced tried did after also already
  one two three a the
`);

const DETERMINERS = set('the their his her its our my your a an both each');

/** "Restarted the router", "router restart", "a restart of the app": something named was restarted. */
function namesWhatWasRestarted(tokens: readonly Token[], match: Span): boolean {
  const index = tokens.findIndex((t) => t.start <= match.start && match.start < t.end);
  const token = tokens[index];
  if (!token) return false;
  const before = tokens[index - 1];
  if (before && !token.opensClause && isContentWord(before) && !NOT_RESTART_SUBJECT.has(before.key)) return true;
  // Punctuation straight after the word ("Restarted, no change") means nothing follows it.
  if (token.raw.length > token.word.length && !/^\p{L}/u.test(token.raw.slice(token.raw.indexOf(token.word) + token.word.length))) {
    return false;
  }
  let next = tokens[index + 1];
  if (next?.key === 'of') next = tokens[index + 2];
  if (!next || next.word === '') return false;
  if (DETERMINERS.has(next.key)) {
    const noun = tokens[tokens.indexOf(next) + 1];
    return noun !== undefined && noun.word !== '' && !NOT_RESTART_OBJECT.has(noun.key);
  }
  return isContentWord(next) && !NOT_RESTART_OBJECT.has(next.key);
}

/** In priority order: where two phrases overlap ("restart didn't work"), the first one reports. */
const VAGUE_TRIGGERS: readonly VagueTrigger[] = [
  {
    id: 'restart',
    message: '"restart didn\'t help": say what was restarted and when',
    pattern: /\b(?:restart(?:ed|ing|s)?|reboot(?:ed|ing|s)?|power[- ]?cycl(?:e|ed|ing)|relaunch(?:ed|ing)?)\b/giu,
    judge(sentence, match) {
      // Only "restarted … didn't help" is the phrase; "restarted the sync at 10:05, it works" is not.
      const outcome = RESTART_OUTCOME.exec(sentence.text);
      if (!outcome) return undefined;
      const span = { start: Math.min(match.start, outcome.index), end: Math.max(match.end, outcome.index + outcome[0].length) };
      return { span, vague: !sentence.concrete() && !namesWhatWasRestarted(sentence.tokens(), match) };
    },
  },
  {
    id: 'could-not-reproduce',
    message: '"could not reproduce": say where and how you tried (account, browser, steps)',
    pattern:
      /\b(?:(?:could(?:n't| not)|can(?:'t|not| not)|unable to|failed to|(?:was|were)(?:n't| not) able to|did(?:n't| not))\s+(?:reproduce|repro|replicate)|not reproducible|no repro|(?:cannot|can't) be reproduced)\b/giu,
    judge: judgedBy(hasWordFrom(REPRO_DETAIL)),
  },
  {
    id: 'not-working',
    message: '"not working": say what fails and what the customer sees',
    pattern:
      /\b(?:(?:not|isn't|aren't|wasn't|weren't|never) working\b(?!\s+(?:hours|days?|time|weeks?))|(?:does|do)(?:n't| not)\s+(?:seem to\s+)?work\b|won't work\b|stopped working\b|(?:is|are|was|seems|looks|got)\s+broken\b|broken(?=[ \t]*(?:[.!,;:\n]|$)))/giu,
    // "didn't work" is left out: it reports an attempt's result ("cleared cache, didn't work"),
    // as is "not working" after an arrow ("Cleared cookies → still not working").
    // Naming the kind of system alone ("VPN not working for some users") does not say what fails.
    judge: (s, m) => ({ span: m, vague: !s.specific() && !isResultOfAttempt(s, m) && !describedElsewhere(DESCRIBED)(s, m) }),
  },
  {
    id: 'please-investigate',
    message: '"please investigate": say what L2 should look at first',
    pattern: /\bplease\s+(?:investigate|check|look\s+into|look\s+at|review|advise)\b/giu,
    judge: judgedBy((s, m) => namesATarget(s.tokens()) || describedElsewhere(DESCRIBED)(s, m)),
  },
  {
    id: 'customer-frustrated',
    message: '"customer frustrated": give the impact instead (who is blocked, since when)',
    pattern:
      /\b(?:(?:customer|client|user|requester|caller|they|he|she)(?:'s|'re|,|\s+(?:is|are|was|were|seems?|seemed|getting|got|becoming|very|really|extremely|quite|so|increasingly|now|feels?)){0,4}\s*(?:frustrated|angry|upset|annoyed|unhappy|irate|furious)|(?:frustrated|angry|upset|annoyed|unhappy|irate|furious)\s+(?:customer|client|user|caller))\b/giu,
    judge: judgedBy((s, m) => hasWordFrom(IMPACT)(s, m) || describedElsewhere(6)(s, m)),
  },
  {
    id: 'see-ticket',
    message: '"see ticket": summarise it here, L2 should not have to dig',
    pattern:
      /\b(?:(?:see|refer to|as per|per)\s+(?:the\s+|this\s+|our\s+|my\s+)?(?:ticket|thread|conversation|notes?|comments?|emails?|chat|transcript|history|above|below|previous\s+(?:notes?|messages?|comments?|replies))|(?:details?|info|information)\s+(?:are\s+|is\s+)?in\s+(?:the\s+)?(?:ticket|thread|notes?|conversation))\b/giu,
    judge: judgedBy(() => false),
  },
  {
    id: 'issue-persists',
    message: '"issue persists": say what still fails, and after what',
    pattern:
      /\b(?:(?:(?:the|this|same)\s+)?(?:issue|problem|error|behaviou?r)s?\s+(?:still\s+)?persists?|still\s+(?:persists|persisting|happening|occurring|the same))\b/giu,
    judge: judgedBy(describedElsewhere(3)),
  },
  {
    id: 'intermittent',
    message: '"intermittent problem": say what fails, how often and since when',
    pattern:
      /\b(?:intermittent(?:ly)?|sporadic(?:ally)?|random(?:ly)?|occasional(?:ly)?)\s+(?:problems?|issues?|errors?|failures?|glitch(?:es)?|bugs?|trouble)\b/giu,
    judge: judgedBy(describedElsewhere(DESCRIBED)),
  },
  {
    id: 'some-issues',
    message: '"some issues": say which, and what the customer sees',
    pattern:
      /\b(?:(?:some|various|several|a few|many|multiple|a lot of|lots of|general|weird|strange|odd|technical)\s+(?:issues|problems|errors|trouble|glitches|difficulties)|(?:experiencing|having|facing|encountering|experiences|has|have|had)\s+(?:an?\s+|the\s+|some\s+)?(?:issues?|problems?|trouble|difficult(?:y|ies)))\b/giu,
    judge: judgedBy(describedElsewhere(DESCRIBED)),
  },
  {
    id: 'tried-everything',
    message: '"tried everything": list each step and what it changed',
    pattern:
      /\b(?:tried everything|(?:tried|did|done|checked)\s+(?:all\s+)?the\s+usual(?:\s+(?:stuff|things|steps|checks|suspects|troubleshooting|fixes))?|(?:all\s+)?the\s+usual\s+(?:stuff|things|suspects|fixes)|(?:did|done|completed|performed|went through)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:basic|usual|standard|normal)\s+(?:troubleshooting|steps|checks)|(?:basic|usual|standard)\s+troubleshooting(?:\s+(?:done|steps|completed))?)\b/giu,
    judge: judgedBy(describedElsewhere(DESCRIBED)),
  },
  {
    id: 'mixed-results',
    message: '"some worked, some didn\'t": say which, how many and what differed',
    pattern:
      /\b(?:some\s+(?:of\s+them\s+|\w+\s+)?(?:worked|work|succeeded|passed|went\s+through|connected|failed|fail|didn't|did\s+not|don't|do\s+not)\b(?:[\s,;:]+(?:and\s+|but\s+|while\s+)?(?:some|others)\s+(?:didn't|did\s+not|don't|do\s+not|worked|work|failed|fail|succeeded|passed|not)\b)|(?:mixed|inconsistent)\s+results)/giu,
    judge: judgedBy(describedElsewhere(DESCRIBED)),
  },
  {
    id: 'reproduced',
    message: '"reproduced": say where and how (account, browser, steps) and what you saw',
    pattern: /\b(?:reproduced|repro'd|able\s+to\s+(?:reproduce|repro)|(?:can|could)\s+(?:reproduce|repro))(?:\s+(?:it|this|that|the\s+(?:issue|problem|error|bug)))?\b/giu,
    // Only the bare claim: a "could not reproduce" is judged above, and any "where/how" word passes.
    judge: (s, m) =>
      /\b(?:not|n't|never|unable|cannot)\s*(?:be\s+|able\s+to\s+)?$/iu.test(s.text.slice(Math.max(0, m.start - 16), m.start))
        ? undefined
        : { span: m, vague: !s.concrete() && !hasWordFrom(REPRO_DETAIL)(s, m) && !describedElsewhere(DESCRIBED)(s, m) && !/^\s*(?::|on|in|with|using|by|when|via|from)\b/iu.test(s.text.slice(m.end)) },
  },
];

const isResultOfAttempt = (s: ReadSentence, m: Span): boolean => /→|->|=>/u.test(s.text.slice(0, m.start));

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Matches judged per phrase and sentence: the verdict rarely changes after the first. */
const MAX_JUDGED_PER_SENTENCE = 3;
/** Matches judged per phrase in the whole text, so a hostile paste cannot make a keystroke slow. */
const MAX_JUDGED_PER_TEXT = 200;

/** Index of the sentence containing `offset`, by binary search over the sentence starts. */
function sentenceAt(sentences: readonly ReadSentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((sentences[mid] as ReadSentence).start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * One finding per kind of vague phrase (its first vague occurrence), in the order of the triggers.
 * `read` is the text the sentences were read from; `shown` the same text before apostrophes were
 * straightened, so the excerpt is what the agent wrote. `skip` leaves out kinds another rule
 * already reports better. Each pattern runs once over the whole text (not once per sentence).
 */
export function findVagueText(
  sentences: readonly ReadSentence[],
  read: string,
  shown: string,
  skip: ReadonlySet<VagueTriggerId> = new Set(),
): LintFinding[] {
  if (sentences.length === 0) return [];
  const found = new Map<VagueTriggerId, LintFinding>();
  /** Spans (sentence offsets) already covered by a phrase, per sentence index. */
  const claimed = new Map<number, Span[]>();
  for (const trigger of VAGUE_TRIGGERS) {
    if (skip.has(trigger.id)) continue;
    const judgedIn = new Map<number, number>();
    let judged = 0;
    for (const match of read.matchAll(trigger.pattern)) {
      const index = sentenceAt(sentences, match.index);
      const sentence = sentences[index] as ReadSentence;
      const phrase = { start: match.index - sentence.start, end: match.index - sentence.start + match[0].length };
      // A phrase broken by a line or sentence end ("not\nworking") is not the phrase.
      if (phrase.start < 0 || phrase.end > sentence.text.length) continue;
      const spans = claimed.get(index) ?? [];
      if (spans.some((span) => overlaps(span, phrase)) || (judgedIn.get(index) ?? 0) >= MAX_JUDGED_PER_SENTENCE) continue;
      judgedIn.set(index, (judgedIn.get(index) ?? 0) + 1);
      const verdict = trigger.judge(sentence, phrase);
      if (verdict) claimed.set(index, [...spans, verdict.span]);
      if (verdict?.vague && !found.has(trigger.id)) {
        const excerpt = shown.slice(sentence.start + verdict.span.start, sentence.start + verdict.span.end);
        found.set(trigger.id, { rule: 'vague', message: trigger.message, excerpt: toExcerpt(excerpt) });
      }
      if ((judged += 1) >= MAX_JUDGED_PER_TEXT) break;
    }
  }
  return VAGUE_TRIGGERS.flatMap((trigger) => found.get(trigger.id) ?? []);
}
