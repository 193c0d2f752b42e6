// The result side of a step: where it starts and ends in a sentence, the words that lead into it
// ("and it still fails" → "still fails"), and whether it states an outcome at all. A result is
// only ever text the sentence contains; a hedge ("should work now") is no result.
import { analyseHead, isStrong } from './triedHead';
import type { ClauseContext } from './triedContext';
import { opensWithOutcome, shownResult } from './triedOutcome';
import {
  HEDGED,
  REPORTING_PREFIX,
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
import { trimPunctuation, wordCountOver } from './triedWords';

/** Bound on the loop that strips lead-in words. */
const MAX_LEAD_ROUNDS = 8;

/** "Confirmed working with cx": an outcome, though it opens with a step verb. */
const CONFIRMED_OUTCOME = /^(?:confirmed|verified) (?:working|fixed|resolved|ok|fine|good|as working)\b/i;
const PAST_WITH_OBJECT = /^[a-z]+ed (?:the|a|an|their|our|his|her|its|it|them|this|that|up|down|off|out)\b/i;

/** Strips the words that lead into an outcome: "and it still fails" → "still fails". */
export function stripResultLead(raw: string): string {
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
  // As a whole sentence, "Incognito works" names a step and its outcome, while "integration
  // works now" is only an outcome (of the sentence before).
  return !wordCountOver(subject, 3) && analyseHead(subject, ctx)?.kind === 'noun' && !STATEMENT_WORD.test(subject) && !(wholeSentence && STEP_HINT.test(subject));
}

/** Reads the result at the start of `raw`, up to where the next clause begins. */
export function readResult(raw: string, ctx: ClauseContext, closingParen: boolean, wholeSentence = false): ResultReading {
  let phrase = raw;
  let remainder: string | undefined;
  if (closingParen) {
    const close = raw.indexOf(')');
    if (close !== -1) {
      phrase = raw.slice(0, close);
      remainder = raw.slice(close + 1);
    }
  } else {
    RESULT_END.lastIndex = 0;
    for (let match = RESULT_END.exec(raw); match; match = RESULT_END.exec(raw)) {
      // Keep a short parenthesis inside the result: "still fails (502)".
      const close = match[0] === ' (' ? raw.indexOf(')', match.index) : -1;
      if (close !== -1 && close - match.index <= 32) {
        RESULT_END.lastIndex = close + 1;
        continue;
      }
      if (match.index === 0) continue;
      // "it arrived and works": one outcome, not an outcome and another clause.
      if (match[0] === ' and ' && opensWithOutcome(raw.slice(match.index + 5))) continue;
      phrase = raw.slice(0, match.index);
      remainder = raw.slice(match.index + match[0].length);
      break;
    }
  }
  const text = stripResultLead(phrase);
  if (!text || text.endsWith('?')) return { stated: false, isAction: () => false, remainder };
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
  const stated = wholeResult || opensWithOutcome(text) || subjectThenOutcome(text, ctx, wholeSentence);
  return { text, stated, isAction, remainder };
}

/** A sentence that only states an outcome: "Same error.", "Customer says it works now." */
export function resultOnly(text: string, ctx: ClauseContext): string | undefined {
  const reading = readResult(text.replace(REPORTING_PREFIX, ''), ctx, false, true);
  if (!reading.stated || reading.text === undefined || reading.isAction()) return undefined;
  // "Link succeeded but transactions still not importing" is an outcome; "same error; tried X" is not only one.
  if (reading.remainder !== undefined && isStrong(analyseHead(reading.remainder, ctx))) return undefined;
  return shownResult(reading.text);
}
