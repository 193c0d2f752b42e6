// The result side of a step: where it starts and ends in a sentence, the words that lead into it
// ("and it still fails" → "still fails"), and whether it states an outcome at all. A result is
// only ever text the sentence contains; a hedge ("should work now") is no result.
import { analyseHead, isStrong } from './triedHead';
import type { ClauseContext } from './triedContext';
import { opensWithOutcome, shownResult } from './triedOutcome';
import {
  DETERMINER_BEFORE,
  HEDGED,
  NOT_TROUBLESHOOTING,
  PLEASANTRY,
  QUESTION_START,
  REPORTING_PREFIX,
  REQUEST_START,
  RESULT_END,
  RESULT_LEAD_IN,
  RESULT_PREDICATE,
  RESULT_REPORTER,
  RESULT_WHOLE,
  SHARED_RESULT_HEAD,
  SHARED_RESULT_TAIL,
  STATEMENT_WORD,
  STEP_HINT,
} from './triedPhrases';
import { afterWords, trimPunctuation, wordCountOver } from './triedWords';

/** Bound on the loop that strips lead-in words. */
const MAX_LEAD_ROUNDS = 8;

/** "Confirmed working with cx": an outcome, though it opens with a step verb. */
const CONFIRMED_OUTCOME =
  /^(?:(?:confirmed|verified) (?:working|fixed|resolved|ok|fine|good|as working)|(?:reproduced|repro'?d|replicated) (?:it|this|that|the (?:issue|error|problem|bug|crash))(?=$|[:,;.!]| (?:too|again|as well|right away|immediately)\b))/i;
/** "NET-12 again", "25% again": the same thing came back. */
const AGAIN = /^\S+(?: \S+){0,2} again$/i;
const PAST_WITH_OBJECT = /^[a-z]+ed (?:the|a|an|their|our|his|her|its|it|them|this|that|up|down|off|out)\b/i;

/** Strips the words that lead into an outcome: "and it still fails" → "still fails". */
function stripResultLead(raw: string): string {
  let text = trimPunctuation(raw);
  for (let round = 0; round < MAX_LEAD_ROUNDS; round += 1) {
    const before = text;
    text = text.replace(RESULT_LEAD_IN, '').replace(RESULT_REPORTER, '').replace(SHARED_RESULT_HEAD, '');
    if (text === before) break;
  }
  for (let round = 0; round < 3; round += 1) text = text.replace(SHARED_RESULT_TAIL, '');
  return trimPunctuation(text);
}

export interface ResultReading {
  /** The result's words (see shownResult); undefined when the text hedges or is empty. */
  text?: string;
  /** Opens with outcome vocabulary ("same error", "works"). */
  stated: boolean;
  /** Reads as another action, not an outcome ("fixed the DNS record"). Computed when asked: it costs a full reading. */
  isAction: () => boolean;
  /** What follows the result in the sentence: perhaps another step. */
  remainder?: string;
}

/** "integration works now", "SSO still fails": a short subject, then an outcome. */
function subjectThenOutcome(text: string, ctx: ClauseContext, wholeSentence: boolean): boolean {
  const predicate = RESULT_PREDICATE.exec(text);
  if (!predicate || predicate.index === 0 || predicate.index > 40) return false;
  const subject = text.slice(0, predicate.index);
  if (DETERMINER_BEFORE.test(subject)) return false;
  // As a whole sentence, "Incognito works" names a step and its outcome, while "integration
  // works now" is only an outcome (of the sentence before).
  return !wordCountOver(subject, 3) && analyseHead(subject, ctx)?.kind === 'noun' && !STATEMENT_WORD.test(subject) && !(wholeSentence && STEP_HINT.test(subject));
}

/** Reads the result at the start of `raw`, up to where the next clause begins. */
export function readResult(raw: string, ctx: ClauseContext, closingParen: boolean, wholeSentence = false): ResultReading {
  let phrase = raw;
  let remainder: string | undefined;
  let separator: string | undefined;
  if (closingParen) {
    const close = raw.indexOf(')');
    if (close !== -1) {
      phrase = raw.slice(0, close);
      remainder = raw.slice(close + 1);
    }
  } else {
    const end = clauseEnd(raw, 0);
    if (end) {
      phrase = raw.slice(0, end.index);
      remainder = raw.slice(end.index + end.separator.length);
      separator = end.separator;
    }
  }
  const text = stripResultLead(phrase);
  if (!text || text.endsWith('?')) return { stated: false, isAction: () => false, remainder };
  // "came back fine, but it's daytime", "sync ok, dupes remain": the outcome goes on past its first clause.
  let shown = text;
  if (separator !== undefined && remainder !== undefined && !HEDGED.test(text)) {
    const longer = continueResult(text, separator, remainder, ctx);
    shown = longer.text;
    remainder = longer.remainder;
  }
  const wholeResult = RESULT_WHOLE.test(text);
  // "raised the export timeout": another action in the past tense, even with a verb not on the list.
  const isAction = () => {
    if (wholeResult || CONFIRMED_OUTCOME.test(text)) return false;
    const head = analyseHead(text, ctx);
    // "429s stopped" reads like a passive step, but its subject is an outcome word or code.
    if (head?.kind === 'passive' && opensWithOutcome(text)) return false;
    return isStrong(head) || PAST_WITH_OBJECT.test(text);
  };
  if (HEDGED.test(text)) return { stated: false, isAction, remainder };
  const stated = wholeResult || opensWithOutcome(text) || AGAIN.test(text) || subjectThenOutcome(text, ctx, wholeSentence);
  return { text: shown, stated, isAction, remainder };
}

/** Where the clause that starts at `from` ends: the separator and its position; quotes and short parentheses are kept whole. */
function clauseEnd(raw: string, from: number): { index: number; separator: string } | undefined {
  RESULT_END.lastIndex = from;
  let quoteFrom = from;
  let inQuote = false;
  for (let match = RESULT_END.exec(raw); match; match = RESULT_END.exec(raw)) {
    // "checked DMARC: "p=quarantine; adkim=s"": a quoted value is one piece, whatever it contains.
    for (let at = raw.indexOf('"', quoteFrom); at !== -1 && at < match.index; at = raw.indexOf('"', at + 1)) {
      inQuote = !inQuote;
      quoteFrom = at + 1;
    }
    if (quoteFrom < match.index) quoteFrom = match.index;
    if (inQuote) continue;
    // Keep a short parenthesis inside the result: "still fails (502)".
    const close = match[0] === ' (' ? raw.indexOf(')', match.index) : -1;
    if (close !== -1 && close - match.index <= 32) {
      RESULT_END.lastIndex = close + 1;
      continue;
    }
    if (match.index === from) continue;
    // "it arrived and works": one outcome, not an outcome and another clause.
    if (match[0] === ' and ' && opensWithOutcome(raw.slice(match.index + 5))) continue;
    return { index: match.index, separator: match[0] };
  }
  return undefined;
}

/** How long a result may grow, in words, when the text goes on stating it. */
const LONG_RESULT_WORDS = 14;
/** Separators after which a result may go on: "back online, dropped again", "sync ok but dupes remain". */
const CONTINUES = new Set([', ', ' but ', ' then ', ' since ', '… ', '...', '... ', '…']);

const wordCount = (text: string) => {
  let count = text ? 1 : 0;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) count += 1;
  return count;
};

/**
 * The result with the clauses after it that go on stating it, while they do and the whole stays
 * short: not a new action ("…, restarted the app"), a plan, a hedge, a question, or an action
 * with its own arrow ("…, incognito → works").
 */
function continueResult(first: string, separator: string, rest: string, ctx: ClauseContext): { text: string; remainder: string | undefined } {
  let text = first;
  let words = wordCount(first);
  let sep = separator;
  let remainder: string | undefined = rest;
  for (let round = 0; round < 6 && remainder !== undefined && CONTINUES.has(sep); round += 1) {
    const end = clauseEnd(remainder, 0);
    const chunk = trimPunctuation(end ? remainder.slice(0, end.index) : remainder);
    if (!chunk || (end && ARROW_SEPARATOR.test(end.separator))) break;
    const added = wordCount(chunk);
    if (words + added > LONG_RESULT_WORDS) break;
    if (HEDGED.test(chunk) || STATEMENT_STOP.test(chunk) || NOT_TROUBLESHOOTING.test(chunk)) break;
    const head = analyseHead(chunk, ctx);
    // "sync ok" opens with a verb but states an outcome.
    const verbThenOutcome = (head?.kind === 'base' || head?.kind === 'gerund') && opensWithOutcome(afterWords(chunk, 1));
    // A passive here is a finding ("25% still applied", "user suspended"), not a new step.
    const newStep = head !== undefined && (['past', 'tried', 'did', 'able', 'base', 'gerund'].includes(head.kind) || head.done);
    if (newStep && !verbThenOutcome) break;
    const glue = sep.trim() === '' || sep.startsWith(',') ? ', ' : sep.startsWith('.') || sep.startsWith('…') ? '… ' : ` ${sep.trim()} `;
    text = `${text}${glue}${chunk}`;
    words += added;
    remainder = end ? remainder.slice(end.index + end.separator.length) : undefined;
    sep = end?.separator ?? '';
  }
  return { text, remainder: remainder && remainder.trim() ? remainder : undefined };
}

const ARROW_SEPARATOR = /^ ?(?:→|⟶|⇒|-->|->|=>) ?$/;
/** Clauses that are no longer the outcome: requests, questions, plans, hand-offs. */
const STATEMENT_STOP = new RegExp(`${QUESTION_START.source}|${REQUEST_START.source}|${PLEASANTRY.source}`, 'i');

/** A sentence that only states an outcome: "Same error.", "Customer says it works now." */
export function resultOnly(text: string, ctx: ClauseContext): string | undefined {
  const reading = readResult(text.replace(REPORTING_PREFIX, ''), ctx, false, true);
  if (!reading.stated || reading.text === undefined || reading.isAction()) return undefined;
  // "Link succeeded but transactions still not importing" is an outcome; "same error; tried X" is not only one.
  if (reading.remainder !== undefined && isStrong(analyseHead(reading.remainder, ctx))) return undefined;
  return shownResult(reading.text);
}
