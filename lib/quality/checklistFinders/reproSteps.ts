// Checklist item "Reproduction steps": a steps heading with steps after it, "reproduced it by …", or UI actions written as steps.
import { around, firstAccepted, firstOf, NEGATION, type Span, type TextFinder } from './text';
import { findActionPair, findBulletedSteps, findClickThen, findMenuPath, findNumberedSteps } from './uiSteps';

/** A span stretched over what follows it (up to a blank line), so the evidence shows the steps, not just the heading. */
function withFollowing(text: string, span: Span | undefined, chars = 60): Span | undefined {
  if (!span) return undefined;
  const following = text.slice(span.end, span.end + chars);
  const blank = following.search(/\n\s*\n/u);
  return { start: span.start, end: span.end + (blank === -1 ? following.length : blank) };
}

const REPRO_HEADING = /\b(?:steps?\sto\s(?:reproduce|repro)|repro(?:duction)?\s?steps?|how\sto\s(?:reproduce|repro))\b/giu;
const STR_HEADING = /\bSTR\s?:/gu;
// "Repro: …", "Reproduction case: …" (not "repro attempt:", which may well have failed).
const REPRO_COLON = /\brepro(?:duction)?(?:\s(?:case|scenario|path|setup))?\s?:/giu;
const TO_REPRODUCE = /(?:^|[.!?]\s|\n)[ \t]{0,8}to\s(?:reproduce|repro)(?:\sit|\sthis|\sthe\s(?:issue|problem|bug|error))?\s?[:,;\u2013\u2014-]/giu;
const REPRODUCED = /(?<![\w'-])(?:reproduced|reproducible|repro'd|reproduces|(?:can|could|was\sable\sto|were\sable\sto|managed\sto|able\sto)\s(?:reproduce|repro))(?![\w'-])/giu;
// Before a heading: asking for steps, or saying there are none.
const ASKING_OR_LACKING =
  /\b(?:send|share|provide|give|list|describe|include|write|tell|need|needs|needed|ask|asked|asking|request|requested|requesting|want|get|missing|lack|lacks|any|no|without|if|once)\b|n't\b|\bnot\b|\bnever\b|\bunable\b|\bcan\syou\b|\bcould\syou\b/iu;
const NO_CONTENT = /^(?:unknown|n\/a|na|none|nothing|not\s(?:yet\s)?(?:known|available|provided|clear|sure|given)|tbd|tbc|pending|missing|unclear|\?|-)(?![\w])/iu;

/** After "Steps to reproduce", something that reads like steps, not "unknown". */
function hasStepsAfter(text: string, end: number): boolean {
  const after = text
    .slice(end, end + 200)
    .replace(/^[\s:;,\u2013\u2014-]+/u, '')
    .replace(/^(?:are|is)\s/iu, '');
  return !NO_CONTENT.test(after) && /^\S+\s+\S+/u.test(after);
}

/** After "reproduced it", how: "on staging: create invoice, add discount, save", "by …", "when …". */
function saysHow(after: string): boolean {
  return (
    /^[^\n]{0,80}?:\s?\S+\s\S+\s\S+/u.test(after) ||
    /^[^\n.]{0,80}?\b(?:by|when|as\sfollows|with\s(?:these|the\sfollowing)\ssteps|following\s(?:these\s)?steps)\b\s?\S+\s\S+/iu.test(after) ||
    // "reproduce the 809 error with the IKEv2 profile on a patched test machine": the setup that triggers it.
    /^[^\n.]{0,60}?\b(?:with|using)\s(?:the\s|a\s|an\s|our\s|their\s|your\s|any\s)?\S+\s\S+\s(?:on|in|and|after|from)\s\S+/iu.test(after) ||
    findActionPair(after) !== undefined
  );
}

export const findReproSteps: TextFinder = (text) => {
  const headingStates = (_: RegExpExecArray, span: Span) => {
    const context = around(text, span);
    return !context.question && !ASKING_OR_LACKING.test(context.clauseBefore) && hasStepsAfter(text, span.end);
  };
  return firstOf(text, [
    (t) => withFollowing(t, firstAccepted(REPRO_HEADING, t, headingStates)),
    (t) => withFollowing(t, firstAccepted(STR_HEADING, t, headingStates)),
    (t) => withFollowing(t, firstAccepted(REPRO_COLON, t, headingStates)),
    (t) => withFollowing(t, firstAccepted(TO_REPRODUCE, t, (_, span) => hasStepsAfter(t, span.end))),
    (t) =>
      withFollowing(
        t,
        firstAccepted(REPRODUCED, t, (_, span) => {
          const context = around(t, span);
          return !context.question && !NEGATION.test(context.clauseBefore) && saysHow(t.slice(span.end, span.end + 300).split('\n')[0] ?? '');
        }),
      ),
    findNumberedSteps,
    findBulletedSteps,
    findMenuPath,
    findClickThen,
    findActionPair,
  ]);
};
