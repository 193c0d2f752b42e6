// One sentence of an agent's note → the troubleshooting steps it states, each with the result it
// states. The reading is deliberately narrow: a clause is an action only when it is led by a
// troubleshooting verb (or is written in step notation), and a result only when the text says one.
import { type ActionHead, type ClauseContext, type ClauseReading, type HeadKind, remember, type StepDraft } from './triedContext';
import { analyseHead, isStrong } from './triedHead';
import { nothingFound, sourceAction, isFinding } from './triedFindings';
import { opensWithOutcome, shownResult } from './triedOutcome';
import {
  ACTION_END,
  ACTION_JOIN,
  ADVERB,
  ARROW,
  DETAIL_LABEL,
  DETERMINER_BEFORE,
  HEDGED,
  LOOSE_SEPARATOR,
  PLEASANTRY,
  QUESTION_START,
  REQUEST_INSIDE,
  REQUEST_START,
  RESULT_PREDICATE,
  RESULT_SEPARATOR,
  STATEMENT_WORD,
  STEP_HINT,
  SYMPTOM_ONSET,
  TRIED_HEADER_INLINE,
  headerVerb,
} from './triedPhrases';
import { readResult, resultOnly } from './triedResult';
import { INSPECTION_VERBS, NEEDS_RESULT_VERBS, gerundVerbBase, isBaseVerb, mentionsVerb, pastVerbBase } from './triedVerbs';
import { bare, clipWords, leadingWords, trimPunctuation, wordCountOver } from './triedWords';

export type { ClauseContext, ClauseReading, ReadingMemo, StepDraft } from './triedContext';
export { newReadingMemo } from './triedContext';
export { shownResult } from './triedOutcome';

/** How long an action may be, in words (the panel shows one line per step). */
const ACTION_WORDS = 8;
/** A chunk after "and" longer than this is a new clause, not more of the action's object. */
const MAX_OBJECT_WORDS = 12;
/** A verbless item longer than this is prose, not a step name. */
const NOUN_ACTION_MAX_WORDS = 8;
/** Bound on the steps read from one sentence ("A -> x; B -> y; …"). */
const MAX_STEPS_PER_SENTENCE = 6;

/** Whether a chunk after "and" / "," starts a new action or continues the previous one. */
function startsNewAction(head: ActionHead | undefined, previous: ActionHead | undefined, first: ActionHead | undefined, ctx: ClauseContext, separator: string): boolean {
  if (!head) return false;
  if (['past', 'tried', 'did', 'able'].includes(head.kind)) return true;
  if (head.kind === 'gerund') return previous?.kind === 'gerund';
  if (head.kind === 'base') return head.done || head.asked || previous?.kind === 'base';
  if (head.kind === 'passive') return previous !== undefined && previous.kind !== 'noun';
  // A verbless object: its own step only in a list ("Tried: cache clear, incognito") or after
  // "Tried" when it names something tried in a browser or on a device ("Tried Chrome and Firefox").
  if (ctx.listVerb !== undefined && first?.kind === 'noun') return /^[,;]/u.test(separator) || STEP_HINT.test(head.text) || /^\p{Lu}/u.test(head.text);
  if (first?.triedList) return STEP_HINT.test(head.text) || /^\p{Lu}/u.test(head.text);
  return false;
}

interface ActionOptions {
  hasResult: boolean;
  /** Named after "after" ("same error after reinstall"): a bare verb there is a noun, and done. */
  after?: boolean;
  /** Written as "X → Y": the agent's own step notation. */
  arrow: boolean;
  /** Separated from its result by a colon, dash or arrow: the agent's shorthand. */
  explicit: boolean;
  /** The result opens with outcome words ("same error"), not just any text after an arrow. */
  statedResult?: boolean;
}

/** Whether a head is a step in this sentence, given what else the sentence states. */
function isStep(head: ActionHead, text: string, ctx: ClauseContext, options: ActionOptions): boolean {
  if (head.asked && !options.hasResult) return false;
  if (head.background && !options.hasResult) return false;
  if ((head.kind === 'past' || head.kind === 'base') && !options.hasResult && NEEDS_RESULT_VERBS.has(verbOf(head) ?? '')) return false;
  switch (head.kind) {
    case 'past':
    case 'tried':
    case 'did':
    case 'able':
      return true;
    case 'passive':
      return !head.weak || options.hasResult;
    case 'gerund':
      // "Walked them through re-linking the account", "- clearing cache" under "Customer has tried:".
      return options.hasResult || head.done || ctx.lenient;
    case 'base':
      // Imperatives are advice unless the customer did them or the note records them as done.
      return head.done || options.after === true || ctx.lenient || (head.asked && options.hasResult) || (options.explicit && options.hasResult && ctx.internal && !/\byour\b/iu.test(text));
    case 'noun': {
      if (wordCountOver(text, NOUN_ACTION_MAX_WORDS) || STATEMENT_WORD.test(text) || DETAIL_LABEL.test(bare(text))) return false;
      // "user exists": the customer as subject and no verb is a statement about them.
      if (head.theirs && !head.reported) return false;
      if (ctx.lenient || head.done) return true;
      // "aaaa -> bbbb", a line in a language the extractor does not read: no step rather than a wrong one.
      // "Incognito → works"; not "In the add-ons manager → Permissions" (a menu path) nor a
      // fact that mentions Wi-Fi far into it ("drops every evening, also on wifi → …").
      if (options.arrow) return (!PREPOSITION_START.test(text) && STEP_HINT.test(leadingWords(text, 4).join(' '))) || options.statedResult === true;
      // "Incognito didn't help", not "I'm sorry to hear that the reset link didn't work".
      return options.hasResult && (head.reported || (STEP_HINT.test(text) && !wordCountOver(text, 4)));
    }
  }
}

/** A verbless phrase that starts with a place: a menu path or a location, not something tried. */
const PREPOSITION_START = /^(?:in|on|at|under|from|via|within|inside|into|to|go to|navigate to)\b/i;

/** The base of the verb a head starts with ("Sent the link" → "send"). */
const verbOf = (head: ActionHead) => pastVerbBase(bare(leadingWords(head.text, 1)[0])) ?? (isBaseVerb(bare(leadingWords(head.text, 1)[0])) ? bare(leadingWords(head.text, 1)[0]).toLowerCase() : undefined);

/** Cuts purposes and reasons, drops "your", capitalises and clips to a short phrase. */
function finishAction(raw: string, kind: HeadKind): string {
  let text = kind === 'noun' ? raw.replace(/^(?:the|a|an) /iu, '') : raw;
  const end = ACTION_END.exec(text);
  if (end && end.index > 0) text = text.slice(0, end.index);
  // An arrow inside is step notation the reading did not take: the action ends there.
  const arrow = ARROW.exec(text);
  if (arrow && arrow.index > 0) text = text.slice(0, arrow.index);
  // "your" goes, except inside a quoted label ("Access your data for all websites").
  const quote = text.indexOf('"');
  const unquoted = quote === -1 ? text : text.slice(0, quote);
  text = trimPunctuation(`${unquoted.replace(/\byour /giu, '')}${quote === -1 ? '' : text.slice(quote)}`.replace(/ (?:too|as well|also)$/iu, ''));
  text = text.replace(/^\S/u, (c) => c.toUpperCase());
  return clipWords(text, ACTION_WORDS);
}

/**
 * A chunk that neither starts an action nor continues one's object: "Cleared cache - will
 * escalate", "Reset MFA; cx is on iOS". Reading stops there rather than gluing it on.
 */
function endsActionList(chunk: string, separator: string): boolean {
  if (/^(?: ?(?:—|–|--|-) |; )$/u.test(separator)) return true;
  const text = chunk.trim();
  // "…and passed it to engineering": another clause in the past tense, not more of the object.
  if (/^(?:\p{L}+ed|sent|made|got|gave|told|took|went|put|left)\b/iu.test(text)) return true;
  return STATEMENT_WORD.test(text) || HEDGED.test(text) || QUESTION_START.test(text) || REQUEST_START.test(text) || wordCountOver(text, MAX_OBJECT_WORDS);
}

/** The actions in `text` ("Cleared cache and tried incognito" → two), as display phrases. */
function readActions(text: string, ctx: ClauseContext, options: ActionOptions): { actions: string[]; impliedResult?: string } {
  const pieces = text.split(ACTION_JOIN);
  const found: { head: ActionHead | undefined; text: string }[] = [];
  let first: ActionHead | undefined;
  for (let i = 0; i < pieces.length; i += 2) {
    const chunk = pieces[i] ?? '';
    const separator = pieces[i - 1] ?? '';
    if (!chunk.trim()) continue;
    // Later chunks keep the first one's subject: "The user was deleted and re-created by their admin last month".
    const inherited = first ? { asked: first.asked, done: first.done, reported: first.reported, theirs: first.theirs } : undefined;
    const head = analyseHead(chunk, ctx, inherited);
    const previous = found[found.length - 1];
    // "force-closed + reopened the app": one step written as two verbs.
    const plus = previous !== undefined && separator === ' + ' && head !== undefined && head.kind !== 'noun' && previous.head !== undefined && previous.head.kind !== 'noun';
    // "printer is a TM-30, connected over LAN": the participle describes, it is not a step.
    const describes = previous !== undefined && first?.kind === 'noun' && STATEMENT_WORD.test(previous.text) && head?.kind === 'past';
    if (plus || describes) {
      if (previous) previous.text += `${separator}${chunk}`;
      continue;
    }
    if (!previous || startsNewAction(head, previous.head, first, ctx, separator)) {
      let shown = head?.text ?? chunk;
      if (head?.kind === 'noun' && previous) {
        if (ctx.listVerb !== undefined) shown = `${ctx.listVerb} ${shown}`;
        else if (first?.triedList) shown = `Tried ${shown}`;
      } else if (head?.kind === 'noun' && ctx.listVerb !== undefined) {
        shown = `${ctx.listVerb} ${shown}`;
      }
      found.push({ head, text: shown });
      first ??= head;
    } else if (endsActionList(chunk, separator)) {
      break;
    } else {
      previous.text += `${separator}${chunk}`;
    }
  }
  const actions: string[] = [];
  let impliedResult: string | undefined;
  for (const { head, text: shown } of found) {
    if (!head) continue;
    impliedResult ??= head.impliedResult;
    const hasResult = options.hasResult || head.impliedResult !== undefined;
    if (!isStep(head, shown, ctx, { ...options, hasResult })) continue;
    const action = finishAction(shown, head.kind);
    if (action) actions.push(action);
  }
  return { actions, impliedResult };
}

/** Drops a trailing question or request: "I've reset your password, could you try again?" → "I've reset your password". */
function beforeRequest(sentence: string): string {
  const inside = REQUEST_INSIDE.exec(sentence);
  if (inside) return sentence.slice(0, inside.index);
  return sentence.endsWith('?') ? '' : sentence;
}

/** "Same error after clearing cache", "Still 403 even after re-adding the user". */
function readResultFirst(text: string, ctx: ClauseContext): StepDraft[] | undefined {
  const after = / (?:even |still |again )?after /iu.exec(text);
  if (!after) return undefined;
  const result = readResult(text.slice(0, after.index), ctx, false);
  if (!result.stated || !result.text || result.remainder !== undefined || result.isAction()) return undefined;
  const { actions } = readActions(text.slice(after.index + after[0].length), ctx, { hasResult: true, arrow: false, explicit: false, after: true });
  const shown = shownResult(result.text);
  return actions.length ? actions.map((action) => ({ action, result: shown })) : undefined;
}

/** "After clearing the cache, the error persists". */
function readAfterFirst(text: string, ctx: ClauseContext): StepDraft[] | undefined {
  if (!/^after /iu.test(text)) return undefined;
  const comma = text.indexOf(', ');
  if (comma === -1) return undefined;
  const result = readResult(text.slice(comma + 2), ctx, false);
  if (!result.stated || !result.text || result.isAction()) return undefined;
  const { actions } = readActions(text.slice('after '.length, comma), ctx, { hasResult: true, arrow: false, explicit: false, after: true });
  const shown = shownResult(result.text);
  return actions.length ? actions.map((action) => ({ action, result: shown })) : undefined;
}

const capitalise = (text: string) => text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** Thanks, greetings, questions and requests: never a step nor an outcome. */
function isChatter(text: string): boolean {
  const plain = text.replace(ADVERB, '');
  return [text, plain].some((t) => PLEASANTRY.test(t) || QUESTION_START.test(t) || REQUEST_START.test(t));
}

interface Piece {
  steps: StepDraft[];
  resultOnly?: string;
  /** Text after the first step and its result, read again for more steps. */
  remainder?: string;
  /** How to read the remainder, when it continues a list ("We went through: A (no), B (no)"). */
  next?: ClauseContext;
}

/** "2) re-authorized the connection": the number of an item written inline. */
const INLINE_NUMBER = /^\d{1,2}\) /;

/** The first action(s) in `text` with their result, and what is left to read. */
function readPiece(sentence: string, ctx: ClauseContext): Piece {
  const text = trimPunctuation(beforeRequest(sentence.trim().replace(INLINE_NUMBER, '')));
  if (!text) return { steps: [] };
  if (isChatter(text)) return { steps: [] };
  if (SYMPTOM_ONSET.test(text)) return { steps: [] };

  // "→ browser ok but app fails": a conclusion drawn from the steps above.
  if (ARROW_START.test(text)) return { steps: [] };
  // "To sum up: reinstalling didn't help": the summary's steps are read as any others.
  const summary = SUMMARY_LEAD.exec(text);
  if (summary) return readPiece(text.slice(summary[0].length), ctx);
  const attempt = reproAttempt(text, ctx);
  if (attempt) return attempt;
  if (ctx.listVerb === undefined) {
    const nothing = nothingFound(text, ctx, analyseHead);
    if (nothing) return { steps: [{ action: clipWords(nothing.action, ACTION_WORDS), result: shownResult(nothing.result) }] };
    const elsewhere = sameElsewhere(text, ctx);
    if (elsewhere) return elsewhere;
  }

  const resultFirst = readAfterFirst(text, ctx) ?? readResultFirst(text, ctx);
  if (resultFirst) return { steps: resultFirst };

  const outcome = resultOnly(text, ctx);
  if (outcome !== undefined) return { steps: [], resultOnly: outcome };

  // "We went through: logout/login (no), reinstall (no)": a list of steps inside a sentence.
  const inline = ctx.listVerb === undefined ? TRIED_HEADER_INLINE.exec(text) : null;
  if (inline) {
    const listCtx: ClauseContext = { ...ctx, lenient: true, listVerb: headerVerb(text.slice(0, text.length - (inline[1] ?? '').length)) };
    return { ...readPiece(inline[1] ?? '', listCtx), next: listCtx };
  }

  const colon = text.indexOf(': ');
  if (colon > 0 && ctx.listVerb === undefined) {
    const label = text.slice(0, colon);
    const rest = text.slice(colon + 2);
    const labelHead = analyseHead(label, ctx);
    // "Checked: status page, Okta status" / "The customer already tried: restarting the app,
    // reinstalling": a verb and its list. ("Restarted: no change" is a step and its outcome.)
    if (labelHead && (labelHead.kind === 'past' || labelHead.kind === 'tried') && !labelHead.text.includes(' ') && !opensWithOutcome(rest)) {
      const listCtx: ClauseContext = { ...ctx, lenient: true, listVerb: capitalise(labelHead.text) };
      return { ...readPiece(rest, listCtx), next: listCtx };
    }
    // "SSO: re-uploaded the IdP cert": a topic label before a step.
    if (labelHead?.kind === 'noun' && !wordCountOver(label, 3) && isStrong(analyseHead(rest, ctx))) return readPiece(rest, ctx);
    // "Checked theme/apps: cx updated the plugin", "TURN logs for tenant 12: allocations time out": what a look found.
    const findings = findingsStep(label, labelHead, rest, ctx);
    if (findings) return findings;
  }

  RESULT_SEPARATOR.lastIndex = 0;
  for (let match = RESULT_SEPARATOR.exec(text); match; match = RESULT_SEPARATOR.exec(text)) {
    const left = text.slice(0, match.index);
    if (!left.trim()) continue;
    const separator = match[0];
    const arrow = ARROW.test(separator);
    const loose = LOOSE_SEPARATOR.test(separator);
    // "Incognito works, normal window doesn't → likely extension": the outcome is before the arrow.
    if (arrow && RESULT_PREDICATE.test(left)) continue;
    const result = readResult(text.slice(match.index + separator.length), ctx, separator === ' (');
    if (result.text === undefined || !(arrow || loose || result.stated)) continue;
    // After an arrow, "bounced" or "setting enabled" is what happened, not another step.
    if (result.isAction() && !(arrow && (opensWithOutcome(result.text) || analyseHead(result.text, ctx)?.kind === 'passive'))) continue;
    const accepted = arrow || result.stated || isStrong(analyseHead(left.split(ACTION_JOIN)[0] ?? left, ctx));
    if (!accepted) continue;
    // "Terminal diag page → EPOS-ERR 1102": a look at something, named by what was looked at.
    const source = arrow && ctx.listVerb === undefined && isFinding(result.text) ? sourceAction(left, analyseHead(left, ctx)) : undefined;
    if (source) return { steps: [{ action: clipWords(source, ACTION_WORDS), result: shownResult(result.text) }], remainder: result.remainder };
    const { actions } = readActions(left, ctx, { hasResult: true, arrow, explicit: loose, statedResult: result.stated });
    if (actions.length === 0) {
      if (arrow) return { steps: [] };
      continue;
    }
    const shown = shownResult(result.text);
    return { steps: actions.map((action) => ({ action, result: shown })), remainder: result.remainder };
  }

  const predicate = RESULT_PREDICATE.exec(text);
  // "…you should be able to access the reports now": a hedge before it, so no stated outcome;
  // "re-processed the failed payments": "failed" describes, after a determiner.
  if (predicate && predicate.index > 0 && !HEDGED.test(text.slice(0, predicate.index)) && !DETERMINER_BEFORE.test(text.slice(0, predicate.index))) {
    const result = readResult(text.slice(predicate.index + 1), ctx, false);
    if (result.text !== undefined) {
      const { actions } = readActions(text.slice(0, predicate.index), ctx, { hasResult: true, arrow: false, explicit: false });
      const shown = shownResult(result.text);
      if (actions.length) return { steps: actions.map((action) => ({ action, result: shown })), remainder: result.remainder };
    }
  }

  const { actions, impliedResult } = readActions(text, ctx, { hasResult: false, arrow: false, explicit: false });
  return { steps: actions.map((action) => (impliedResult ? { action, result: impliedResult } : { action })) };
}

const ARROW_START = /^(?:→|⟶|⇒|-->|->|=>)/;
const SUMMARY_LEAD = /^(?:so,? )?(?:to (?:sum up|summari[sz]e|recap)|in summary|in short|summing up|recap|summary)[,:] /i;
/** "repro attempt: test VM with the update → connects fine": a test, named by its setup. */
const REPRO_LABEL = /^(?:repro(?:duction)?|test|retest)(?: (?:attempt|run|try))?: /i;

function reproAttempt(text: string, ctx: ClauseContext): Piece | undefined {
  if (!REPRO_LABEL.test(text)) return undefined;
  const arrow = ARROW.exec(text);
  if (!arrow) return undefined;
  const result = readResult(text.slice(arrow.index + arrow[0].length), ctx, false);
  if (result.text === undefined || !isFinding(result.text)) return undefined;
  const action = finishAction(text.slice(0, arrow.index), 'noun');
  return action ? { steps: [{ action, result: shownResult(result.text) }], remainder: result.remainder } : undefined;
}
/** "same on our demo store → works": the step before, repeated somewhere else. */
const SAME_ELSEWHERE = /^(?:the )?same (?:thing |test |check |steps? )?(?:on|in|with|for|via|from|using|against) \S/i;

function sameElsewhere(text: string, ctx: ClauseContext): Piece | undefined {
  if (!SAME_ELSEWHERE.test(text)) return undefined;
  const arrow = ARROW.exec(text);
  if (!arrow) return undefined;
  const result = readResult(text.slice(arrow.index + arrow[0].length), ctx, false);
  if (result.text === undefined || !isFinding(result.text)) return undefined;
  const action = finishAction(text.slice(0, arrow.index), 'noun');
  return action ? { steps: [{ action, result: shownResult(result.text) }], remainder: result.remainder } : undefined;
}

/**
 * "Checked theme/apps: cx updated the plugin to 2.0" (a look, then what it showed, whatever verb
 * that uses), "SCIM logs for tenant 12: PATCH sent a string" (the thing looked at, then what it showed).
 */
function findingsStep(label: string, labelHead: ActionHead | undefined, rest: string, ctx: ClauseContext): Piece | undefined {
  if (ARROW.test(label)) return undefined;
  const looked = labelHead !== undefined && labelHead.kind === 'past' && labelHead.text.includes(' ') && !labelHead.asked && INSPECTION_VERBS.has(verbOf(labelHead) ?? '');
  const action = looked ? finishAction(labelHead.text, 'past') : sourceAction(label, labelHead);
  if (!action) return undefined;
  const result = readResult(rest, ctx, false);
  if (result.text === undefined || !isFinding(result.text)) return undefined;
  return { steps: [{ action: looked ? action : clipWords(action, ACTION_WORDS), result: shownResult(result.text) }], remainder: result.remainder };
}

/**
 * The step a header line names when the lines under it are what it found: "Checked DNS with
 * dig:", "Line check on 3041:", "Gateway logs for the user:". Undefined for any other header.
 */
export function findingsHeaderAction(header: string, ctx: ClauseContext): string | undefined {
  const label = trimPunctuation(header);
  if (!label || ARROW.test(label) || / and /iu.test(label) || wordCountOver(label, MAX_OBJECT_WORDS)) return undefined;
  const head = analyseHead(label, ctx);
  if (head?.kind === 'past' && head.text.includes(' ') && !head.asked && !head.theirs && INSPECTION_VERBS.has(verbOf(head) ?? '')) return finishAction(head.text, 'past');
  const source = sourceAction(label, head);
  return source === undefined ? undefined : clipWords(source, ACTION_WORDS);
}

/** Every step `sentence` states, in order; or the outcome it states for the sentence before. */
export function readClause(sentence: string, ctx: ClauseContext): ClauseReading {
  const sentences = ctx.memo?.sentences;
  if (!sentences) return readSentence(sentence, ctx);
  const key = `${Number(ctx.lenient)}${Number(ctx.internal)}${ctx.listVerb ?? ''}|${sentence}`;
  return sentences.get(key) ?? remember(sentences, key, readSentence(sentence, ctx));
}

/**
 * Whether a sentence can hold a step at all: it uses a troubleshooting verb, step notation, or
 * names something tried ("Incognito works"). Most sentences of a long ticket cannot, and skip
 * the full reading; they may still state an outcome for the sentence before.
 */
function mayHoldStep(sentence: string): boolean {
  return ARROW.test(sentence) || mentionsVerb(sentence) || STEP_HINT.test(sentence) || MAY_BE_FINDING.test(sentence);
}

/** "Device status for store 12: last seen 18:12", "Nothing in the logs": findings, perhaps. */
const MAY_BE_FINDING = /: |^(?:nothing|no) /i;

function readSentence(sentence: string, ctx: ClauseContext): ClauseReading {
  if (!ctx.lenient && !mayHoldStep(sentence)) {
    const text = trimPunctuation(beforeRequest(sentence.trim()));
    const outcome = text && !isChatter(text) ? resultOnly(text, ctx) : undefined;
    return outcome === undefined ? { steps: [] } : { steps: [], resultOnly: outcome };
  }
  const steps: StepDraft[] = [];
  let rest: string | undefined = sentence;
  let outcome: string | undefined;
  let pieceCtx = ctx;
  for (let round = 0; rest && round < MAX_STEPS_PER_SENTENCE; round += 1) {
    const piece = readPiece(rest, pieceCtx);
    pieceCtx = piece.next ?? pieceCtx;
    if (round === 0) outcome = piece.resultOnly;
    steps.push(...piece.steps);
    rest = piece.steps.length ? piece.remainder : undefined;
  }
  return steps.length ? { steps } : { steps, resultOnly: outcome };
}

/** "Could you please try clearing your cache?", "Please restart the app", "Can you try incognito?" */
const REQUEST_OPENING = /^(?:(?:could|can|would|will) (?:you|u)(?: please)?|please|pls|kindly)(?: (?:also|just|quickly|first))?(?: (?:try|give))? /i;
/** Where a request's action ends: "…and let me know", "…to see if it helps". */
const REQUEST_TAIL = / (?:and|then|to|so) (?:let|send|tell|reply|confirm|report|share|see|check if|check whether)\b|,? (?:and )?(?:let (?:me|us) know|lmk)\b| (?:if|when|once|whether) /i;

/**
 * The actions a request asks the customer to do, as steps would name them once done:
 * "Could you try clearing your cache?" → ["Cleared cache"]; "Can you try incognito?" →
 * ["Tried incognito"]. Empty when the sentence is not such a request.
 */
export function requestedActions(sentence: string, ctx: ClauseContext): string[] {
  const text = trimPunctuation(sentence.trim().replace(/\?+$/, ''));
  const opening = REQUEST_OPENING.exec(text) ?? /^try /i.exec(text);
  if (!opening) return [];
  let rest = text.slice(opening[0].length);
  const tail = REQUEST_TAIL.exec(rest);
  if (tail) rest = rest.slice(0, tail.index);
  rest = trimPunctuation(rest);
  if (!rest || wordCountOver(rest, 10)) return [];
  const tried = /\b(?:try|give) $/i.test(opening[0]);
  const first = bare(leadingWords(rest, 1)[0]);
  // "try incognito" / "try a different browser": something tried, named without a verb.
  if (tried && !isBaseVerb(first) && gerundVerbBase(first) === undefined) {
    return STEP_HINT.test(rest) ? [finishAction(`Tried ${rest}`, 'tried')] : [];
  }
  return readActions(rest, { ...ctx, lenient: false, listVerb: undefined }, { hasResult: true, arrow: false, explicit: false, after: true }).actions;
}
