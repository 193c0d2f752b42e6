// UI actions written as steps (action pairs, numbered and bulleted lists, menu paths), for the reproduction-steps item.
import { CONTEXT_CHARS, firstAccepted, MAX_CANDIDATES, type Span, wordBefore } from './text';

// Concrete UI actions. Troubleshooting verbs (cleared, restarted, tried, reinstalled, checked)
// are left out on purpose: "Cleared cache → same error" is what was tried, not how to reproduce.
const UI_VERBS = String.raw`open(?:ed|s)?|click(?:ed|s)?(?:\son)?|tap(?:ped|s)?(?:\son)?|press(?:ed|es)?|select(?:ed|s)?|cho(?:ose|oses|se)|go(?:es)?\s(?:to|into)|went\s(?:to|into)|navigat(?:e|ed|es)\s(?:to|into)|head(?:ed)?\sto|enter(?:ed|s)?|type[sd]?\sin|fill(?:ed|s)?\s(?:in|out)|log(?:ged|s)?\s?in(?:to)?|sign(?:ed|s)?\s?in(?:to)?|creat(?:e|ed|es)|add(?:ed|s)?|sav(?:e|ed|es)|upload(?:ed|s)?|submit(?:ted|s)?|export(?:ed|s)?|import(?:ed|s)?|edit(?:ed|s)?|delet(?:e|ed|es)|remov(?:e|ed|es)|drag(?:ged|s)?|drop(?:ped|s)?|switch(?:ed|es)?\s(?:to|on|off)|toggl(?:e|ed|es)|attach(?:ed|es)?|download(?:ed|s)?|appl(?:y|ied|ies)|invit(?:e|ed|es)|assign(?:ed|s)?|scroll(?:ed|s)?|launch(?:ed|es)?|visit(?:ed|s)?|search(?:ed|es)?\sfor|renam(?:e|ed|es)|publish(?:ed|es)?|print(?:ed|s)?|duplicat(?:e|ed|es)|archiv(?:e|ed|es)|chang(?:e|ed|es)|tick(?:ed|s)?|untick(?:ed|s)?|check(?:ed|s)?\sthe\sbox|paste[sd]?|cop(?:y|ied|ies)|set\s(?:the|it|up)|wait(?:ed)?\sfor`;
const UI_VERB = new RegExp(String.raw`(?<![\w'-])(?:${UI_VERBS})(?![\w'-])`, 'giu');
const STARTS_WITH_UI_VERB = new RegExp(String.raw`^(?:then\s|and\s|next\s|finally\s|I\s|we\s|you\s|user\s)?(?:${UI_VERBS})(?![\w'-])`, 'iu');
// A word right before the verb that makes it a noun or a failed attempt: "the export", "to save", "can't open".
const NOT_AN_ACTION_AFTER = new Set(
  "the a an my our your his her their this that its of each every no any to not can't cannot couldn't won't doesn't don't didn't unable failed pending recent scheduled bulk manual automatic other more some all those these which nothing everything something".split(' '),
);
// Lines and sentences that report a troubleshooting result rather than a step.
const TROUBLESHOOTING =
  /\bsame\s(?:error|issue|problem|result|thing|behaviou?r|message|outcome)\b|\b(?:didn't|did\snot|doesn't|does\snot|no)\s(?:help|luck|change|difference)\b|\b(?:didn't|did\snot|doesn't|does\snot)\s(?:fix|solve|resolve)\b|\bback\sin\b|\bincognito\b|\bcache\b|\bcookies?\b/iu;
const STEP_CONNECTOR = /,|;|\bthen\b|\band\b|\u2192|->|>|\bnext\b|\bafter(?:\sthat|wards)?\b|[.!]\s|\n/iu;

// A line or sentence that reports an investigation ("Checked the invites → 4 pending"): its verbs are
// what support looked at, not how to make the problem happen.
const INVESTIGATION_START = /^[\s\-*\u2022>]*(?:checked|verified|searched|looked\s(?:at|in|up|into)|confirmed|pulled|queried|reviewed|inspected)\b/iu;

/** Start of the line or sentence holding `index` (a bounded look back). */
function sentenceStart(text: string, index: number): number {
  const floor = Math.max(0, index - CONTEXT_CHARS);
  for (let i = index; i > floor; i -= 1) {
    const ch = text[i - 1];
    if (ch === '\n' || (/[.!?]/u.test(text[i - 2] ?? '') && /\s/u.test(ch ?? ''))) return i;
  }
  return floor;
}

/** Across a sentence break, the next step opens its sentence: "Open it. Click Save.", not "Users log in fine. Nothing changed". */
function opensItsSentence(text: string, gap: string, verbStart: number): boolean {
  if (!/[.!]\s|\n/u.test(gap)) return true;
  const head = text.slice(sentenceStart(text, verbStart), verbStart);
  return /^[\s\-*\u2022>\d.)]*(?:(?:then|and|next|finally|I|we|you|after\sthat)[\s,]+)?$/iu.test(head);
}

/** Two UI actions in a row within one passage: "open the invoice, add a discount", "click Save and then Export". */
export function findActionPair(text: string): Span | undefined {
  UI_VERB.lastIndex = 0;
  let previous: Span | undefined;
  for (let seen = 0; seen < MAX_CANDIDATES * 4; seen += 1) {
    const match = UI_VERB.exec(text);
    if (!match) return undefined;
    if (NOT_AN_ACTION_AFTER.has(wordBefore(text, match.index))) continue;
    const current = { start: match.index, end: match.index + match[0].length };
    if (previous) {
      const gap = text.slice(previous.end, current.start);
      const troubleshooting = TROUBLESHOOTING.test(text.slice(previous.start, Math.min(text.length, current.end + 60)));
      const investigating = INVESTIGATION_START.test(text.slice(sentenceStart(text, previous.start), previous.start + 1));
      if (gap.length <= 80 && STEP_CONNECTOR.test(gap) && !/[?]|\n\s*\n/u.test(gap) && !troubleshooting && !investigating && opensItsSentence(text, gap, current.start)) {
        return { start: previous.start, end: Math.min(text.length, current.end + 40) };
      }
    }
    previous = current;
  }
  return undefined;
}

// "1. Open…", "2) Click…", "Step 3: Save…" anywhere (inline or one per line).
const NUMBERED_STEP = /(?:(?:^|[\s(:;,])(\d{1,2})[.)]|\bstep\s?(\d{1,2})\s?[:.)-]?)[ \t]{1,3}(?=\S)/giu;

/** Two consecutively numbered steps that both start with a UI action. */
export function findNumberedSteps(text: string): Span | undefined {
  NUMBERED_STEP.lastIndex = 0;
  const markers: { n: number; start: number; body: number }[] = [];
  for (let match = NUMBERED_STEP.exec(text); match && markers.length < MAX_CANDIDATES; match = NUMBERED_STEP.exec(text)) {
    markers.push({ n: Number(match[1] ?? match[2]), start: match.index, body: match.index + match[0].length });
  }
  const isAction = (i: number) => {
    const marker = markers[i];
    if (!marker) return false;
    const stop = Math.min(markers[i + 1]?.start ?? text.length, marker.body + 160);
    const item = text.slice(marker.body, stop);
    return STARTS_WITH_UI_VERB.test(item) && !TROUBLESHOOTING.test(item);
  };
  for (let i = 0; i + 1 < markers.length; i += 1) {
    const [a, b] = [markers[i], markers[i + 1]];
    if (a && b && b.n === a.n + 1 && isAction(i) && isAction(i + 1)) return { start: a.start, end: Math.min(text.length, b.body + 40) };
  }
  return undefined;
}

const BULLET = /^[ \t]*(?:[-*\u2022\u00B7\u25AA\u25BA\u2023\u2013\u2014+]|\(?[a-z]\))[ \t]+/iu;

/** Two bullet lines in one list that both start with a UI action. */
export function findBulletedSteps(text: string): Span | undefined {
  let offset = 0;
  let first: number | undefined;
  for (const line of text.split('\n')) {
    const bullet = BULLET.exec(line);
    if (bullet) {
      const item = line.slice(bullet[0].length, bullet[0].length + 160);
      if (STARTS_WITH_UI_VERB.test(item) && !TROUBLESHOOTING.test(item)) {
        if (first !== undefined) return { start: first, end: offset + Math.min(line.length, 80) };
        first = offset;
      }
    } else if (line.trim() !== '') {
      first = undefined; // prose between bullets ends the list
    }
    offset += line.length + 1;
  }
  return undefined;
}

// "go to Settings > Billing", "open Admin › Users" (→ is left out: it usually announces a result).
const MENU_PATH =
  /(?<![\w'-])(?:go(?:es)?|going|went|navigat(?:e|ed|es|ing)|head(?:ed|ing)?|open(?:ed|s)?|click(?:ed|s)?(?:\son)?)\s(?:to\s|into\s|the\s)?[^\n>\u203A\u00BB]{1,40}?[^\s>\u203A\u00BB=-]\s?[>\u203A\u00BB]\s?[^\s>\u203A\u00BB][^\n>\u203A\u00BB.,;]{0,30}(?:[>\u203A\u00BB][^\n>\u203A\u00BB.,;]{1,30}){0,3}/giu;

// "click Export then CSV": one action, then the next control by name (or the next action).
const CLICK_THEN =
  /(?<![\w'-])(?:click(?:ed|s)?|tap(?:ped|s)?|select(?:ed|s)?|cho(?:ose|se)|press(?:ed|es)?|open(?:ed|s)?)\s(?:on\s)?[^.!?\n]{1,40}?\s(?:and\s)?then\s(?:on\s)?(["'\u201C]?[\w-]{1,30})/giu;
const NOT_CONTROLS = new Set('I It Nothing We This That There The Error Everything Then'.split(' '));

function namesNextStep(next: string): boolean {
  if (STARTS_WITH_UI_VERB.test(next)) return true;
  const word = next.replace(/^["'\u201C]/u, '');
  return /^["'\u201C]|^[A-Z]/u.test(next) && !NOT_CONTROLS.has(word);
}

/** "go to Settings > Billing". */
export const findMenuPath = (t: string) => firstAccepted(MENU_PATH, t, () => true);

/** "click Export then CSV". */
export const findClickThen = (t: string) =>
  firstAccepted(CLICK_THEN, t, (match) => namesNextStep(match[1] ?? '') && !NOT_AN_ACTION_AFTER.has(wordBefore(t, match.index)));
