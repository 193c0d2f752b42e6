// An agent asks the customer to try something ("Could you try clearing your cache?") and the
// customer's very next message says how it went ("Cleared it, still the same error"). That is a
// step: the agent's, named by the agent's request, with the outcome in the customer's words.
// Only when the reply plainly answers the request: it names the same action, or refers back to
// it ("Tried that, no luck"). Anything looser gives no step, never a guessed result.
import type { TimelineEntry } from '../context';
import { clip } from '../text';
import { type ClauseContext, readClause, requestedActions, shownResult } from './triedClause';
import { EXCERPT_CHARS, type EntryStep } from './triedEntry';
import { sameStep, stepWords } from './triedKey';
import { entryLines, MAX_SCANNED_CHARS, splitSentences } from './triedLines';
import { opensWithOutcome } from './triedOutcome';
import { HEDGED, RESULT_LEAD_IN } from './triedPhrases';

/** A reply answers in its first few sentences, or not at all. */
const REPLY_SENTENCES = 6;

interface Request {
  action: string;
  sentence: string;
}

/** "Tried that, still the same error", "Did both but no luck": the outcome follows the reference. */
const DID_IT =
  /^(?:(?:i|we)(?:'ve|’ve| have)? )?(?:tried|did|done|followed|gave)(?: (that|it|this|so|those steps|these steps|the steps|your (?:steps|suggestions?)|what you suggested|as (?:you )?suggested|as asked|both|all of (?:that|them|those|these)|them all|all three|all))(?: (?:already|again|too|as well))?(?: it a (?:try|go|shot))?[,.;:!—–-]* ?(.+)$/i;
/** "That didn't help", "It worked!", "Your suggestion fixed it". */
const IT_WENT = /^(?:that|this|it|doing (?:that|this|so)|your suggestion|the suggestion)(?: (?:also|unfortunately|sadly|just))? (?=didn'?t|did not|doesn'?t|does not|worked|works|fixed|helped|made no|had no|changed nothing|did nothing|did the trick|solved|resolved)/i;
/** "No luck", "Still the same", "Same error": an outcome with nothing else to refer to. */
const BARE_OUTCOME =
  /^(?:unfortunately,? |sadly,? )?(?:no luck|no change|no difference|nope|still (?:the same|same|not working|broken|failing|getting|seeing|doesn'?t|does not|can'?t|cannot)|same (?:error|issue|problem|thing|result|message|behaviou?r))\b/i;
/** References to several requests at once: "Tried both", "did all of that". */
const PLURAL_REFERENCE = /^(?:both|those steps|these steps|the steps|your steps|all of (?:that|them|those|these)|them all|all three|all)$/i;

/** Words every request opens with; a reply without any asks for nothing. */
const MAY_ASK = /\b(?:could|can|would|will|please|pls|kindly|try)\b/i;

/** Requests in an agent's public reply, each with the action it asks for. */
function requestsIn(entry: TimelineEntry, ctx: ClauseContext): Request[] {
  const requests: Request[] = [];
  /** After "Could you try these?", each bullet is a request written as an imperative. */
  let listed = false;
  for (const line of entryLines(entry.text)) {
    if (line.kind !== 'text') {
      if (line.kind !== 'blank') listed = false;
      continue;
    }
    if (listed && line.bullet) {
      const item = line.text.trim();
      for (const action of requestedActions(`Please ${item.charAt(0).toLowerCase()}${item.slice(1)}`, ctx)) requests.push({ action, sentence: item });
      continue;
    }
    listed = false;
    for (const sentence of splitSentences(line.text)) {
      for (const action of requestedActions(sentence, ctx)) requests.push({ action, sentence });
      if (LIST_REQUEST.test(sentence) && MAY_ASK.test(sentence)) listed = true;
    }
  }
  return requests;
}

/** A request whose actions follow as a list: "Could you try these and let me know?", "Please do the following:". */
const LIST_REQUEST = /\b(?:these|the following|(?:the )?steps below|below)\b/i;

/** The customer's message that answers `entries[index]`: the next one, before any other agent reply. */
function nextCustomerMessage(entries: readonly TimelineEntry[], index: number): TimelineEntry | undefined {
  for (let i = index + 1; i < entries.length; i += 1) {
    const entry = entries[i];
    if (!entry) break;
    if (entry.authorRole === 'customer') return entry;
    if (entry.authorRole === 'agent' && entry.visibility === 'public') return undefined;
  }
  return undefined;
}

/** The first sentences of a message, as the extractor reads them (quotes and signatures dropped). */
function firstSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of entryLines(text)) {
    if (line.kind !== 'text') continue;
    for (const sentence of splitSentences(line.text)) {
      sentences.push(sentence);
      if (sentences.length >= REPLY_SENTENCES) return sentences;
    }
  }
  return sentences;
}

function stripLeadIns(text: string): string {
  let result = text.trim();
  for (let round = 0; round < 3; round += 1) result = result.replace(RESULT_LEAD_IN, '');
  return result.replace(/[\s.!]+$/, '');
}

/** The outcome a sentence states for what was asked, by referring back to it; undefined if none. */
function referredOutcome(sentence: string, requestCount: number): string | undefined {
  const did = DID_IT.exec(sentence);
  if (did) {
    if (requestCount > 1 && !PLURAL_REFERENCE.test(did[1] ?? '')) return undefined;
    const outcome = stripLeadIns(did[2] ?? '');
    return opensWithOutcome(outcome) ? outcome : undefined;
  }
  if (requestCount !== 1) return undefined;
  const went = IT_WENT.exec(sentence);
  if (went) return stripLeadIns(sentence.slice(went[0].length));
  return BARE_OUTCOME.test(sentence) ? stripLeadIns(sentence) : undefined;
}

/**
 * Steps for the requests in the agent's public reply `entries[index]` whose outcome the
 * customer's next message states. Each keeps the agent's entry as its source.
 */
export function followUpSteps(entries: readonly TimelineEntry[], index: number, ctx: ClauseContext): EntryStep[] {
  const entry = entries[index];
  if (!entry || entry.authorRole !== 'agent' || entry.visibility !== 'public') return [];
  const reply = nextCustomerMessage(entries, index);
  if (!reply || !MAY_ASK.test(entry.text.slice(0, MAX_SCANNED_CHARS))) return [];
  const requests = requestsIn(entry, ctx);
  if (requests.length === 0) return [];

  const answers = new Map<Request, EntryStep>();
  const give = (request: Request, result: string, replySentence: string) => {
    if (answers.has(request) || !result || HEDGED.test(result)) return;
    answers.set(request, { action: request.action, result: shownResult(result), excerpt: clip(`${request.sentence} Reply: ${replySentence}`, EXCERPT_CHARS) });
  };
  const customerCtx: ClauseContext = { ...ctx, internal: false, lenient: false };
  for (const sentence of firstSentences(reply.text)) {
    // The reply names the action: "I cleared the cache, still the same error".
    for (const step of readClause(sentence, customerCtx).steps) {
      if (step.result === undefined) continue;
      const words = stepWords(step.action);
      for (const request of requests) if (sameStep(words, stepWords(request.action))) give(request, step.result, sentence);
    }
    // The reply refers back to it: "Tried that, no luck".
    const outcome = referredOutcome(sentence, requests.length);
    if (outcome !== undefined) for (const request of requests) give(request, outcome, sentence);
  }
  return requests.flatMap((request) => answers.get(request) ?? []);
}
