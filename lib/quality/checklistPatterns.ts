// What counts as each missing-data checklist item in free text and in ticket fields. Every
// finder answers "where does this text say it?" with a span, or nothing. Patterns are plain,
// bounded regular expressions (no nested unbounded repeats), run over at most MAX_SCAN_CHARS
// per text, so a 1 MiB paste costs the same as a 20 KB one. The caller decides precedence and
// wording; nothing here knows about tickets or evidence strings.
import { stripInvisible } from '../text';

/**
 * Who wrote a text. It changes what counts: a customer saying "feel free to log in" grants
 * access, an agent saying the same is instructing the customer; an agent's question ("is it all
 * users?") states nothing. `note` is the agent's own handoff text.
 */
export type Speaker = 'customer' | 'agent' | 'unknown' | 'note';

export interface Span {
  start: number;
  end: number;
}

export type TextFinder = (text: string, speaker: Speaker) => Span | undefined;

/** How much of one text is scanned; what L2 needs is near the top of an entry. */
export const MAX_SCAN_CHARS = 20_000;
/** Rejected candidates tried per pattern and text, so hostile repetition stays cheap. */
const MAX_CANDIDATES = 500;
/** How far around a match the sentence is looked for. */
const CONTEXT_CHARS = 300;

/** The part of `text` that is scanned: capped, without invisible characters, straight apostrophes. */
export function scannable(text: string): string {
  return stripInvisible(text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text)
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u2018\u2019\u02BC\u00B4`]/gu, "'")
    .replace(/\u2212/gu, '-');
}

// ---------------------------------------------------------------------------------------------
// Sentence context: negation, questions and conditions decide whether a phrase states a fact.

interface Around {
  /** From the start of the sentence to the match. */
  before: string;
  /** From the last clause break (comma, semicolon, colon, "but") to the match. */
  clauseBefore: string;
  /** The sentence ends with "?" and the sentence or clause opens like a question. */
  question: boolean;
}

const INTERROGATIVE =
  /^[\s"'>*-]*(?:do|does|did|can|could|would|will|may|might|is|are|was|were|should|shall|have|has|had|what|who|which|when|where|why|how|am|any|isn't|aren't|don't|doesn't|won't|wouldn't|couldn't|can't|please confirm)\b/iu;

function around(text: string, span: Span): Around {
  let from = span.start;
  const floor = Math.max(0, span.start - CONTEXT_CHARS);
  while (from > floor) {
    const ch = text[from - 1];
    if (ch === '\n') break;
    if (/\s/u.test(ch ?? '') && /[.!?]/u.test(text[from - 2] ?? '')) break;
    from -= 1;
  }
  let to = span.end;
  const ceil = Math.min(text.length, span.end + CONTEXT_CHARS);
  while (to < ceil) {
    const ch = text[to] ?? '';
    if (ch === '\n') break;
    to += 1;
    if (/[.!?]/u.test(ch) && (to >= text.length || /\s/u.test(text[to] ?? ''))) break;
  }
  const before = text.slice(from, span.start);
  const clauseBefore = before.slice(lastClauseBreak(before));
  const question = text[to - 1] === '?' && (INTERROGATIVE.test(before) || INTERROGATIVE.test(clauseBefore));
  return { before, clauseBefore, question };
}

function lastClauseBreak(before: string): number {
  for (let i = before.length - 1; i >= 0; i -= 1) {
    if (/[,;:(\u2013\u2014]/u.test(before[i] ?? '')) return i + 1;
    if (before.startsWith(' but ', i)) return i + 5;
  }
  return 0;
}

const NEGATION = /\bnot\b|n't\b|\bnever\b|\bno\b|\bwithout\b|\bunable\b|\bcannot\b|\bfail(?:ed|s)?\b/iu;

/** The first match of global `re` that `accept` keeps. */
function firstAccepted(re: RegExp, text: string, accept: (match: RegExpExecArray, span: Span) => boolean): Span | undefined {
  re.lastIndex = 0;
  for (let tried = 0; tried < MAX_CANDIDATES; tried += 1) {
    const match = re.exec(text);
    if (!match) return undefined;
    if (match[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const span = { start: match.index, end: match.index + match[0].length };
    if (accept(match, span)) return span;
  }
  return undefined;
}

/** The first span any rule finds, trying rules in order (strongest first). */
function firstOf(text: string, rules: readonly ((text: string) => Span | undefined)[]): Span | undefined {
  for (const rule of rules) {
    const span = rule(text);
    if (span) return span;
  }
  return undefined;
}

const isAgentSide = (speaker: Speaker) => speaker === 'agent' || speaker === 'note';

// ---------------------------------------------------------------------------------------------
// Timestamps with a time zone.

// Two-letter US zones (ET, PT…) only count right after a clock time; alone they are too common.
const LONG_ZONES =
  'CET|CEST|EET|EEST|WET|WEST|BST|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|JST|KST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|SGT|HKT|MSK|BRT|ART|SAST|WIB|PHT|ICT|PKT|GST';
const UTC_GMT = '[Uu][Tt][Cc]|[Gg][Mm][Tt]';
const CLOCK = String.raw`(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?(?:\s?[AaPp]\.?[Mm]\b\.?)?|(?:0?[1-9]|1[0-2])\s?[AaPp]\.?[Mm]\b\.?)`;
const ZONE_AFTER_CLOCK = [
  String.raw`\s{0,2}\(?\s?(?:${UTC_GMT})(?:\s?[+-]\s?\d{1,2}(?::?[0-5]\d)?)?(?![A-Za-z])\)?`,
  String.raw`\s{0,2}\(?(?:${LONG_ZONES}|ET|PT|CT|MT)(?![A-Za-z])\)?`,
  String.raw`Z(?![A-Za-z])`,
  // "+01:00" right after the time; "-05:00" only after a space, so "09:00-10:30" stays a range.
  String.raw`\s?\+(?:0\d|1[0-4]):?[0-5]\d(?!\d)`,
  String.raw`\s-(?:0\d|1[0-2]):?[0-5]\d(?!\d)`,
  // "10:00 London time", "9am Eastern Standard Time" (the place is checked afterwards).
  String.raw`\s(?:[A-Z][a-z]{1,20}\s){1,3}[Tt]ime\b`,
  // "9:30 Eastern", "8:30 this morning (Eastern)": a US zone by name, right after or in brackets a few words on.
  String.raw`\s(?:Eastern|Pacific|Central|Mountain)\b(?!\s(?:Europe|Asia|Africa|America|region|office|branch|line))`,
  String.raw`[ \t][^\n.()]{1,24}?\s\((?:Eastern|Pacific|Central|Mountain|${UTC_GMT}|${LONG_ZONES}|ET|PT|CT|MT)(?:\s(?:[Tt]ime|[Ss]tandard|[Dd]aylight))?\)`,
].join('|');
const ZONED_CLOCK = new RegExp(String.raw`(?<![\d:.])${CLOCK}(?:${ZONE_AFTER_CLOCK})`, 'gu');
// An ISO time with Z or an offset; "-hh:mm" needs the T or seconds so a range is not read as one.
const ISO_ZONED_SRC = String.raw`\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?|\s\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?)\s?(?:Z|[+-](?:0\d|1[0-4]):?[0-5]\d)(?!\w)`;
const ISO_ZONED = new RegExp(ISO_ZONED_SRC, 'gu');
const ZONE_WORD = new RegExp(
  String.raw`(?<![A-Za-z])(?:${UTC_GMT}|${LONG_ZONES})(?![A-Za-z])|\b(?:Eastern|Pacific|Central|Mountain|Atlantic|Alaska|Hawaii)(?:\s(?:Standard|Daylight))?\s[Tt]ime\b`,
  'u',
);
// "<Word> time" that names no place.
const NOT_PLACES = new Set(
  'Local Server System Your My Our Their The This That Same Any Every Each Next Last First Real Office Business Working Lunch Break Response Down Up Load Run Wait Due Standard Current Daylight'.split(
    ' ',
  ),
);

function namesAPlace(match: string): boolean {
  const place = /\s([A-Z][a-z]{1,20})\s(?:[A-Z][a-z]{1,20}\s){0,2}[Tt]ime$/u.exec(match);
  return !place || !NOT_PLACES.has(place[1] ?? '');
}

function findZonedClock(text: string): Span | undefined {
  return firstAccepted(ZONED_CLOCK, text, (match) => namesAPlace(match[0]));
}

/** Whether a time, as an extractor wrote it ("14:32 CET", "2026-11-12T14:32:00Z"), carries its zone. */
export function hasZone(value: string): boolean {
  const text = scannable(value.slice(0, 200));
  return ZONE_WORD.test(text) || firstAccepted(ISO_ZONED, text, () => true) !== undefined || findZonedClock(text) !== undefined;
}

/** A clock time with its zone, or an ISO time with Z/offset, in prose. */
export const findZonedTime: TextFinder = (text, speaker) =>
  firstOf(text, [
    (t) => firstAccepted(ISO_ZONED, t, () => true),
    (t) => firstAccepted(ZONED_CLOCK, t, (match, span) => namesAPlace(match[0]) && !(isAgentSide(speaker) && around(t, span).question)),
  ]);

// ---------------------------------------------------------------------------------------------
// Reproduction steps.

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

function wordBefore(text: string, index: number): string {
  const head = text.slice(Math.max(0, index - 24), index);
  return /([A-Za-z']+)\W*$/u.exec(head)?.[1]?.toLowerCase() ?? '';
}

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
function findActionPair(text: string): Span | undefined {
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
function findNumberedSteps(text: string): Span | undefined {
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
function findBulletedSteps(text: string): Span | undefined {
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
    (t) => firstAccepted(MENU_PATH, t, () => true),
    (t) => firstAccepted(CLICK_THEN, t, (match) => namesNextStep(match[1] ?? '') && !NOT_AN_ACTION_AFTER.has(wordBefore(t, match.index))),
    findActionPair,
  ]);
};

// ---------------------------------------------------------------------------------------------
// Affected users: a number or a scope. Account size ("38 seats", "we have 38 users") is not one.

const PEOPLE = String.raw`(?:end[\s-]?)?users?|agents?|employees?|staff(?:\smembers?)?|people|persons?|(?:team\s)?members?|colleagues?|co-?workers?|customers?|clients?|accounts?|logins?|cashiers?|admins?|administrators?|students?|teachers?|drivers?|technicians?|operators?|reps?|representatives?|workers?|learners?|managers?|nurses?|doctors?|clinicians?|editors?|viewers?|developers?|engineers?|volunteers?|subscribers?|guests?|mailboxes|buyers?|shoppers?|purchasers?|patients?|callers?|recipients?|participants?|attendees?|residents?|households?|families|parents?|providers?|(?:new\s)?hires|joiners|contractors?|partners?|sellers?|vendors?|merchants?|cx|stores|shops|restaurants|locations|branches|outlets|clinics|practices|schools|orgs|organi[sz]ations|companies|tenants|workspaces`;
// Devices count as the affected scope only with a number ("25 scanners"): "all devices" is usually data.
const COUNTED_DEVICES = String.raw`devices|laptops|desktops|computers|PCs|machines|workstations|scanners|terminals|tablets|phones|handsets|printers|registers|tills|kiosks|thermostats|cameras|sensors|routers`;
const NUMBER_WORDS = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|a\sdozen|a\scouple(?:\sof)?|both`;
const NUMBER = String.raw`(?:\d{1,3}(?:[,.]\d{3})+|\d{1,6})\+?|(?:${NUMBER_WORDS})`;
// One optional describing word ("SSO", "remote"), never a function word that would bridge two phrases.
const DESCRIBING_WORD = String.raw`(?!(?:for|from|with|to|and|or|in|on|at|by|of|the|a|an|is|are|was|were)\b)[\w-]{2,20}\s`;
const ONE_WORD = String.raw`(?:${DESCRIBING_WORD})?`;
// Up to two describing words for a counted group: "3 other Bologna stores", "7 new SSO users".
const TWO_WORDS = String.raw`(?:${DESCRIBING_WORD}){0,2}`;
const OWNERS = String.raw`(?:our|my|the|their|your|these|those)\s`;

const COUNTED_PEOPLE = new RegExp(
  String.raw`(?<![\w.#:/$\u20AC\u00A3-])(?:${NUMBER})\s(?:out\sof\s(?:${NUMBER})\s)?(?:of\s${OWNERS})?${TWO_WORDS}(?:${PEOPLE}|${COUNTED_DEVICES})(?![\w-])|(?<![\w.#:/-])(?:${NUMBER})\sof\sus\b`,
  'giu',
);
const PERCENT_OF_PEOPLE = new RegExp(String.raw`\b\d{1,3}\s?%\sof\s(?:all\s)?(?:${OWNERS})?${ONE_WORD}(?:${PEOPLE})(?![\w-])`, 'giu');
const ALL_PEOPLE = new RegExp(
  String.raw`\b(?:all|every)\s(?:single\s)?(?:(?:of|one\sof)\s)?(?:${OWNERS})?(?:\d{1,6}\s)?${ONE_WORD}(?:${PEOPLE})(?![\w-])|\b(?:all|none|both|half|most|neither)\sof\s(?:us|${OWNERS}${ONE_WORD}(?:${PEOPLE}))(?![\w-])`,
  'giu',
);
const ONLY_ME = new RegExp(
  String.raw`\b(?:only|just)\s(?:(?:happen(?:s|ing)?|affect(?:s|ing)?|occur(?:s|ring)?)\s)?(?:(?:to|for|on|with|in)\s)?(?:me|myself|my\s(?:own\s)?(?:account|user|login|profile|mailbox|computer|laptop|device|machine|phone)|(?:one|a\s(?:single|few))\s${ONE_WORD}(?:${PEOPLE}))\b|\b(?:I'm|I\sam|I\sseem\sto\sbe)\sthe\sonly\sone\b|\bonly\sI\s(?:am|have|see|get|can't|cannot|experience|seem)\b|\b(?:affects|affecting|impacts|impacting)\sonly\s(?:me|my|one)\b|\b(?:a\s)?single\s${ONE_WORD}(?:${PEOPLE})(?![\w-])`,
  'giu',
);
const EVERYONE = /\b(?:everyone|everybody)\s(?:in|on|at|across|within|here|else|is|are|was|gets|got|sees|saw|can|can't|cannot|could|couldn't|has|had|who|using|from)\b|\b(?:for|affects|affecting|affected|impacts|impacting)\s(?:everyone|everybody)\b|\b(?:no\sone|nobody)\s(?:else\s)?(?:in|on|at|here|can|can't|could|is|has|was|seems|gets)\b/giu;
const WHOLE_GROUP =
  /\b(?:whole|entire)\s(?:[\w-]{2,20}\s)?(?:team|company|org|organi[sz]ation|office|department|dept|staff|workforce|tenant|workspace|account|branch|school|store|firm|group|site|division|region|user\s?base)\b|\b(?:company|org|organi[sz]ation|team|tenant|workspace|account|site|office)-wide\b/giu;
const LABELLED_COUNT = new RegExp(
  String.raw`\b(?:affected|impacted)\s(?:${PEOPLE})\s?[:=]\s?\S|\b(?:${PEOPLE})\s(?:affected|impacted)\s?[:=]\s?\S`,
  'giu',
);
// "B2B customers from other EU countries are being charged", "SSO users can't log in": a named
// subset of people (an acronym, a code or a subset adjective before them) as the subject of the symptom.
// Written with either case of the first letter ("New hires…"), since the pattern is case-sensitive.
const SUBSET_WORDS = 'new existing external internal remote mobile invited guest deactivated suspended migrated federated domestic international overseas foreign business trial paying free legacy non-admin admin'
  .split(' ')
  .map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`)
  .join('|');
const QUALIFIED_GROUP = new RegExp(
  String.raw`(?<![\w:.#/-])(?:(?:[A-Z][A-Z0-9]{1,5}|(?=[A-Z0-9]{0,6}[A-Z])[A-Z0-9]{0,3}\d[A-Z0-9]{0,3}|i[A-Z][A-Za-z]{1,8}|${SUBSET_WORDS})\s)(?:${PEOPLE})(?:\s(?:from|in|on|with|using|outside|at)\s(?:[\w-]{1,20}\s){1,4}?)?\s?(?:are|were|is|was|can't|cannot|can\snot|couldn't|aren't|weren't|get|gets|got|see|saw|keep|have\sbeen|had|still)\s`,
  'gu',
);
const NOT_GROUP_QUALIFIERS = new Set('THE AND ALL OUR NOT FOR ANY YOU'.split(' '));
// A count next to "users" in other languages; \b does not work after non-ASCII letters.
const COUNTED_PEOPLE_ELSEWHERE =
  /(?<![\w.#-])\d{1,6}\+?\s?(?:usuarios|usuários|utilisateurs?|Benutzer(?:innen)?|Nutzer(?:innen)?|Mitarbeiter(?:innen)?|Mitarbeitende|utenti|gebruikers|medewerkers|användare|brugere|brukere|käyttäjää|użytkowników|użytkownicy|uživatelů|felhasználó|kullanıcı|пользовател\p{L}*|сотрудник\p{L}*|empleados|employés|funcionários|dipendenti|ユーザー|用户)(?![\p{L}])/giu;

// "We have 38 users", "licensed for 38 agents": the size of the account, not who is affected…
const ACCOUNT_SIZE_BEFORE =
  /(?:\b(?:have|has|had|own|bought|purchased|pay(?:ing)?\sfor|licen[cs]ed\sfor|(?:seats?|licen[cs]es?|plan|subscription|contract)\s(?:for|with|covers?|of)|up\sto|limit\sof|max(?:imum)?\sof|total\sof)\s(?:about\s|around\s|over\s|roughly\s|~)?)$/iu;
// …unless the same phrase goes on to say they are hit.
const IMPACT_AFTER =
  /^\s(?:who|that|which)?\s?(?:are\s|were\s|have\sbeen\s|all\s)?(?:affected|impacted|locked|blocked|unable|getting|seeing|experiencing|can't|cannot|couldn't|can\sno\slonger|lost|hit|report(?:ed)?|complain(?:ed)?|failing|failed|stuck|having\s(?:the|this|trouble|issues|problems))\b/iu;
const ACCOUNT_SIZE_WORDS = /\b(?:licen[cs]ed|paid|registered|active|total|named)\s/iu;
// A number after a product or OS name is its version ("Android 11 devices", "Windows 11 laptops").
const NOT_A_COUNT_BEFORE =
  /(?:\b(?:version|v|error|code|id|step|no|number|ticket|case|port|page|line|build|release|update|firmware|fw|android|ios|ipados|macos|windows|win|chrome|firefox|safari|edge|office|outlook|iphone|ipad|pixel|galaxy|node|python|java|php|ubuntu|debian)|#)\s?$/iu;
// "Export all users", "the all users page": the data, not the people.
const DATA_VERB_BEFORE = /\b(?:export|exporting|exported|list|listing|delete|deleting|import|importing|select|selecting|show|showing|view|viewing|sync|syncing|download|downloading)\s$/iu;
const DATA_NOUN_AFTER = /^\s(?:page|list|tab|report|view|screen|table|export|csv|group|filter|column|field)\b/iu;

export const findAffectedUsers: TextFinder = (text, speaker) => {
  const stated = (span: Span) => !(isAgentSide(speaker) && around(text, span).question);
  const counted = (match: RegExpExecArray, span: Span) => {
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    const after = text.slice(span.end, span.end + 60);
    if (NOT_A_COUNT_BEFORE.test(before)) return false;
    const size = ACCOUNT_SIZE_BEFORE.test(before) || ACCOUNT_SIZE_WORDS.test(match[0]);
    return (!size || IMPACT_AFTER.test(after)) && stated(span);
  };
  const scoped = (_: RegExpExecArray, span: Span) => {
    const before = text.slice(Math.max(0, span.start - 20), span.start);
    const after = text.slice(span.end, span.end + 20);
    return !DATA_VERB_BEFORE.test(before) && !DATA_NOUN_AFTER.test(after) && stated(span);
  };
  return firstOf(text, [
    (t) => firstAccepted(LABELLED_COUNT, t, () => true),
    (t) => firstAccepted(ALL_PEOPLE, t, scoped),
    (t) => firstAccepted(COUNTED_PEOPLE, t, counted),
    (t) => firstAccepted(PERCENT_OF_PEOPLE, t, (_, span) => stated(span)),
    (t) => firstAccepted(ONLY_ME, t, (_, span) => stated(span)),
    (t) => firstAccepted(EVERYONE, t, (_, span) => stated(span)),
    (t) => firstAccepted(WHOLE_GROUP, t, (_, span) => stated(span)),
    (t) => firstAccepted(COUNTED_PEOPLE_ELSEWHERE, t, counted),
    (t) =>
      firstAccepted(QUALIFIED_GROUP, t, (match, span) => {
        const qualifier = match[0].split(' ')[0] ?? '';
        return !NOT_GROUP_QUALIFIERS.has(qualifier.toUpperCase()) && !NEGATION.test(around(t, span).clauseBefore) && stated(span);
      }),
  ]);
};

// ---------------------------------------------------------------------------------------------
// Plan / tier, or the user's role and permissions.

const TIERS = String.raw`free|basic|starter|standard|pro|professional|premium|plus|business|team|teams|growth|scale|enterprise|ultimate|essentials?|advanced|elite|trial|legacy|gold|silver|platinum|bronze|unlimited|startup|corporate|nonprofit|non-profit|education|developer|paid|max|lite|core|premier`;
const TIER_PLAN = new RegExp(String.raw`\b(?:${TIERS})\+?\s(?:plan|tier|subscription|edition|package|licen[cs]e)\b|\b(?:free|trial|paid|premium|pro|enterprise)\saccount\b`, 'giu');
// "Growth plan", "Scale tier": a capitalised name before plan/tier, minus words that name no plan.
const NAMED_PLAN = /\b([A-Z][A-Za-z0-9]{1,20}\+?)\s(?:[Pp]lan|[Tt]ier|[Ss]ubscription|[Ee]dition)\b/gu;
const NOT_PLAN_NAMES = new Set(
  'The Our My Your This That Their His Her A An Current New Old Same Action Payment Test Migration Rollout Backup Recovery Data Project Release Upgrade Any No Which What Each Every Its Next Previous Monthly Annual Yearly Service Support Price Pricing Billing Subscription Phone Mobile Marketing Sales Training Work Care Treatment Lesson Floor Meal Escalation Communication Remediation Response Test Deployment'.split(
    ' ',
  ),
);
const PLAN_LABELLED = /\b(?:plan|tier|subscription|edition)(?:\s(?:tier|level|type|name))?\s?[:=]\s?([A-Za-z0-9][\w+-]{1,30})/giu;
// "Action plan: escalate" is a plan of work, not a subscription.
const PLANS_OF_WORK = new Set('action test migration rollout backup recovery project release escalation remediation response communication deployment payment support training marketing'.split(' '));
const NOT_PLAN_VALUES = /^(?:we|i|the|to|is|a|an|please|unknown|none|n|na|tbd|not)$/iu;
const ON_TIER = new RegExp(
  String.raw`\b(?:[Oo]n|[Ss]ubscribed\sto|[Uu]pgraded\sto|[Dd]owngraded\sto|[Ss]witched\sto|[Mm]oved\sto)\s(?:the\s)?(?:Starter|Pro|Professional|Premium|Growth|Scale|Enterprise|Ultimate|Essentials?|Elite|Gold|Silver|Platinum|Bronze|Unlimited|Premier)\b(?!\s(?:mode|days?|hours?|systems?|support|auth\w*))`,
  'gu',
);
// "an Enterprise customer"; in the agent's note also a bare "Enterprise, 38 seats".
const TIER_NAMES = 'Enterprise|Professional|Premium|Starter|Ultimate|Pro|Growth|Scale|Platinum|Gold|Business';
const TIER_CUSTOMER = new RegExp(String.raw`\b(?:${TIER_NAMES})\s(?:customer|client|account|org|organi[sz]ation|workspace|tenant)s?\b`, 'gu');
const BARE_TIER = new RegExp(String.raw`(?:^|[\n,;(:]\s?)(?:${TIER_NAMES})(?=\s?(?:[,;)]|$|\n))`, 'gu');
const TRIAL = /\b(?:free\strial|trial\s(?:account|period|version|plan|workspace)|on\s(?:a|the)\s(?:free\s)?trial)\b/giu;

const ROLES = String.raw`super[\s-]?admin|admin(?:istrator)?|owner|account\sowner|workspace\sowner|billing\s(?:admin|owner|manager|contact)|org(?:anization)?\sadmin|workspace\sadmin|global\sadmin|tenant\sadmin|site\sadmin|read[\s-]only(?:\suser|\smember)?|view[\s-]only(?:\suser|\smember)?|viewer|editor|contributor|collaborator|guest(?:\suser)?|light\sagent|standard\suser|basic\suser|power\suser|regular\suser|limited\suser|restricted\suser|external\suser|supervisor|moderator`;
// "admin panel" is a page, not a role.
const NOT_A_ROLE_AFTER = String.raw`panel|console|page|settings|center|centre|portal|dashboard|area|ui|tools?|api|url|link|view|side|section|menu|screen|interface|app|mode|email|e-mail|address|password`;
const IS_ROLE = new RegExp(
  String.raw`\b(?:I'm|I\sam|am|is|are|was|were|as|become|becomes|became|made|promoted\sto|demoted\sto|changed\sto|set\sto|switched\sto)\s(?:(?:an?|the|our|their|a\sfull)\s){0,2}(?:${ROLES})\b(?!\s(?:${NOT_A_ROLE_AFTER})\b)`,
  'giu',
);
// "I'm the Pipewise admin", "she is our Okta owner": a product named between the article and the
// role. Case-sensitive, so the product must be capitalised ("is the only admin" is not this).
const IS_PRODUCT_ROLE = new RegExp(
  String.raw`(?<![\w'])(?:I'm|I\sam|[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Aa]s)\s(?:(?:an?|the|our|their)\s){1,2}[A-Z][\w-]{1,20}\s(?:super[\s-]?admin|admin(?:istrator)?|owner|account\sowner|workspace\sowner|editor|viewer|supervisor|moderator|manager)(?![\w-])(?!\s(?:${NOT_A_ROLE_AFTER})\b)`,
  'gu',
);
const ROLE_OR_RIGHTS = new RegExp(
  String.raw`\b(?:${ROLES}|agent|member|manager|limited|restricted|elevated|write|edit|read|delete|export|billing)\s(?:role|permissions?|rights|privileges|access(?:\slevel)?)\b`,
  'giu',
);
const NAMED_ROLE = /\b([A-Z][A-Za-z-]{1,20}(?:\s[A-Z][A-Za-z-]{1,20}){0,2})\s(?:[Rr]ole|[Pp]ermissions?)\b/gu;
const NOT_ROLE_NAMES = new Set('The This That Our My Your Their Which What No Any Each Every A An Same New Old Current Default Its Do Does Did Is Are User Users Roles Settings'.split(' '));
const ROLE_IS = /\brole\s?(?:is|was|=|:|set\sto)\s?(?:an?\s|the\s)?([A-Za-z][\w-]{1,30})/giu;
const NOT_ROLE_VALUES = /^(?:the|a|to|not|unclear|unknown|missing|support|this|that|it)$/iu;
// "has Manage Billing permission", "without admin rights". The lookahead keeps consent
// ("have my permission", "given us permission") out: that is the authorization item.
const HAS_RIGHTS =
  /\b(?:has|have|had|with|without|lacks?|lacking|missing|granted|assigned)\s(?:the\s|an?\s|no\s)?(?!(?:my|our|your|us|me|you|them|him|her|their|his|permission|consent|full|been|given|granted|explicit|written|verbal)\b)[\w-]{2,20}(?:\s[\w-]{2,20}){0,2}\s(?:permissions?|rights|privileges)\b/giu;

export const findPlanOrRole: TextFinder = (text, speaker) => {
  const stated = (span: Span) => !(isAgentSide(speaker) && around(text, span).question);
  return firstOf(text, [
    (t) => firstAccepted(TIER_PLAN, t, (_, span) => stated(span)),
    (t) => firstAccepted(NAMED_PLAN, t, (match, span) => !NOT_PLAN_NAMES.has(match[1]?.replace(/\+$/u, '') ?? '') && stated(span)),
    (t) =>
      firstAccepted(PLAN_LABELLED, t, (match, span) => !NOT_PLAN_VALUES.test(match[1] ?? '') && !PLANS_OF_WORK.has(wordBefore(t, span.start)) && stated(span)),
    (t) => firstAccepted(ON_TIER, t, (_, span) => stated(span)),
    (t) => firstAccepted(TRIAL, t, (_, span) => stated(span)),
    (t) => firstAccepted(TIER_CUSTOMER, t, (_, span) => stated(span)),
    (t) => (speaker === 'note' ? firstAccepted(BARE_TIER, t, () => true) : undefined),
    (t) => firstAccepted(IS_ROLE, t, (_, span) => stated(span)),
    (t) => firstAccepted(IS_PRODUCT_ROLE, t, (_, span) => stated(span) && !NEGATION.test(around(t, span).clauseBefore)),
    (t) => firstAccepted(ROLE_OR_RIGHTS, t, (_, span) => stated(span)),
    (t) => firstAccepted(NAMED_ROLE, t, (match, span) => !NOT_ROLE_NAMES.has(match[1]?.split(' ')[0] ?? '') && stated(span)),
    (t) => firstAccepted(ROLE_IS, t, (match, span) => !NOT_ROLE_VALUES.test(match[1] ?? '') && stated(span)),
    (t) => firstAccepted(HAS_RIGHTS, t, (_, span) => !/^\sto\s/u.test(t.slice(span.end, span.end + 4)) && stated(span)),
  ]);
};

// ---------------------------------------------------------------------------------------------
// Customer authorization for account access or changes.

const ACCESS = String.raw`(?:log\s?in(?:to)?|login|sign\s?in(?:to)?|access|impersonate|make\s(?:(?:any|the|those|these|necessary|needed|required|whatever|some|all)\s){0,2}changes?|change|reset|modify|edit|update(?!\s(?:me|us)\b)|delete|remove|restore|unlock|disable|enable|fix|adjust|configure|proceed|go\sinto|look\s(?:into|at)\s(?:my|our|the)\saccount|use\s(?:my|our)\s(?:account|login|credentials)|do\s(?:that|it|this|so|whatever)|apply|cancel|refund|merge|migrate|transfer|switch|turn\s(?:on|off)|deactivate|reactivate|recover|revert|roll\sback|clean\sup|correct|reassign|revoke|reconnect|re-?sync|resend|re-?install|re-?run|rotate|purge|wipe|rebuild|repair|reprocess|re-?enable|reconfigure|re-?create|set\s(?:it\s|them\s)?up|unblock|override|upgrade|downgrade|pause|resume|provision|deprovision|enter|come\sin(?:side)?|work\son)\b`;

// First person, as the customer writes it.
const CUSTOMER_GRANTS = [
  /\byou\s(?:now\s)?have\s(?:my|our)\s(?:full\s|explicit\s|written\s)?(?:permission|consent|approval|authori[sz]ation|blessing|go-ahead|ok)\b/giu,
  /\b(?:I|we)\s(?:hereby\s|also\s|fully\s)?(?:authori[sz]e|allow|permit|approve)\s(?:you|support|your\s(?:team|agents?|staff|engineers?)|the\s(?:change|changes|reset|update|access|login|migration|request|deletion|refund)|this|that|it)\b/giu,
  /\b(?:I|we)\s(?:hereby\s|also\s)?(?:consent\b|give\s(?:you\s|support\s|your\steam\s)?(?:(?:my|our|full|explicit)\s){0,2}(?:permission|consent|approval|authori[sz]ation|go-ahead|ok)\b|grant\s(?:you\s|support\s|your\steam\s)?(?:(?:my|our|full)\s){0,2}(?:permission|consent|approval|access)\b)/giu,
  new RegExp(
    String.raw`\b(?:feel\sfree|you(?:'re|\sare)\s(?:welcome|free)|(?:it's\s|that's\s|it\sis\s|that\sis\s)?(?:ok|okay|fine|alright)(?:\sfor\s(?:you|support|your\steam))?|(?:I'm|I\sam|we're|we\sare)\s(?:ok|okay|fine|happy)\sfor\s(?:you|support|your\steam)|happy\sfor\syou)\sto\s(?:go\sahead\sand\s)?${ACCESS}`,
    'giu',
  ),
  new RegExp(
    String.raw`\byou\s(?:can|may|are\sallowed\sto|have\s(?:my\s|our\s)?permission\sto|are\sauthori[sz]ed\sto)\s(?:go\sahead\sand\s)?${ACCESS}`,
    'giu',
  ),
  new RegExp(
    String.raw`\b(?:I|we)\s(?:don't|do\snot)\smind\s(?:if\s)?(?:you|support|your\steam)\s(?:go\sahead\sand\s)?(?:${ACCESS}|logging\sin|accessing|making\schanges|resetting|changing)`,
    'giu',
  ),
  /\b(?:log|sign)\s?in\sas\s(?:me|us|my\suser|our\sadmin|the\sadmin|her|him|them)\b/giu,
  // "Yes, go ahead", "Please proceed with the reset": at the start of a clause, after nothing but
  // assent, and either alone or about the account ("go ahead and send the invoice" grants nothing).
  new RegExp(
    String.raw`(?:^|[.!,;:]\s{0,3}|\n[ \t]{0,8})(?:(?:yes|yeah|yep|sure|ok|okay|please|absolutely|of\scourse|fine|great|perfect|thanks|thank\syou)[\s,!.]{1,3}){0,3}(?:please\s)?(?:go\sahead|proceed)(?:\s(?:and\s)?${ACCESS}|\swith\s(?:the\s)?(?:reset|change|changes|update|fix|migration|deletion|refund|it|that|this)\b|(?=\s{0,3}(?:[.!,;]|$)))`,
    'giu',
  ),
];

const SUBJECT = String.raw`(?:(?:the\s)?(?:customer|client|requester|account\sowner|cx|they|she|he)|([A-Z][a-z]{1,20}(?:\s[A-Z][a-z]{1,20})?))`;
// The same in the other languages customers write in: German, Dutch, Spanish, Portuguese, French,
// Italian. Only unambiguous forms (a "you" or a permission noun), not bare "pueden acceder", which
// also describes users who can (or cannot) get in. Lookarounds instead of \b: \b fails after "ã".
const FOREIGN_GRANTS = [
  /(?<![\p{L}])(?:Sie\shaben|ihr\shabt|du\shast)\s(?:hiermit\s)?(?:meine|unsere)\s(?:ausdrückliche\s)?(?:Freigabe|Erlaubnis|Zustimmung|Genehmigung|Einwilligung|Einverständnis)(?![\p{L}])/giu,
  /(?<![\p{L}])(?:(?:Sie|ihr)\s(?:dürfen|dürft|können|könnt)\s(?:gerne?|gern|ruhig)|(?:ich|wir)\s(?:erlaube|erlauben|genehmige|genehmigen|autorisiere|autorisieren)\s(?:Ihnen|euch|dir|den\sSupport))(?![\p{L}])/giu,
  /(?<![\p{L}])(?:mag|mogen|mogen\sjullie|mag\su)\s(?:gerust|best|altijd)(?![\p{L}])|(?<![\p{L}])(?:u\sheeft|jullie\shebben)\s(?:mijn|onze)\s(?:toestemming|goedkeuring|akkoord)(?![\p{L}])|(?<![\p{L}])(?:ik|wij|we)\s(?:geef|geven)\s(?:u\s|jullie\s)?(?:toestemming|akkoord)(?![\p{L}])/giu,
  /(?<![\p{L}])(?:(?:tienen|tiene|tenéis|têm|tem|t[eê]m|vocês\stêm|avez|avete|ha)\s(?:a\s|il\s)?(?:mi|nuestra|nuestro|minha|nossa|mon|notre|mio|nostro|mia|nostra)\s(?:permiso|autorización|consentimiento|autorização|permissão|consentimento|autorisation|accord|permission|consentement|permesso|consenso|autorizzazione)|(?:les|os|vos|vi|la|lo)?\s?(?:autorizo|autorizamos|autorizziamo|j'autorise|nous\sautorisons)|(?:ustedes|vocês|vous)\s(?:pueden|podem|pouvez)\s(?:acceder|entrar|modificar|cambiar|acessar|aceder|alterar|mudar|vous\sconnecter|accéder|modifier|changer))(?![\p{L}])/giu,
];
const FOREIGN_NEGATION = /(?<![\p{L}])(?:nicht|kein\p{L}*|niet|geen|não|nao|pas|non|no|nunca|jamais|nie|never)(?![\p{L}])/iu;

// Third person, as an agent records it; any speaker may write these.
const RECORDED_GRANTS = [
  /\b(?:the\s)?(?:customer|client|requester|account\sowner|cx)\s(?:has\s|have\s|had\s)?(?:explicitly\s|verbally\s|already\s|now\s)?(?:authori[sz]ed|approved|consented|allowed|OK'?d|okayed|okay'?d|signed\soff)\b/giu,
  // "OK for engineer to enter", "fine for us to reset the MFA": an agent recording that a change is cleared.
  new RegExp(
    String.raw`(?<![\w'])(?:ok|okay|fine|cleared|approved|allowed)\s(?:for\s)(?:us|me|support|L2|L1|(?:the\s|an?\s|our\s)?(?:team|engineer|technician|tech|agent|installer|field\sengineer))\sto\s(?:go\sahead\sand\s)?${ACCESS}`,
    'giu',
  ),
  new RegExp(
    String.raw`\b${SUBJECT}\s(?:has\s|have\s|had\s)?(?:explicitly\s|verbally\s|already\s)?(?:authori[sz]ed|allowed|permitted|cleared)\s(?:us|me|support|L2|the\steam)\sto\s(?:go\sahead\sand\s)?${ACCESS}`,
    'giu',
  ),
  new RegExp(
    String.raw`\b${SUBJECT}\s(?:has\s|have\s|had\s)?(?:explicitly\s|verbally\s|already\s)?(?:gave|given|granted|provided|sent)\s(?:us\s|me\s|support\s|L2\s)?(?:(?:their|his|her|the|explicit|written|verbal|full)\s){0,2}(?:permission|consent|approval|authori[sz]ation|go-ahead|ok)\b`,
    'giu',
  ),
  new RegExp(
    String.raw`\b${SUBJECT}\s(?:has\s|had\s)?(?:confirmed|said|says|agreed|stated)\s(?:that\s)?(?:we|I|support|L2|you|the\steam)\s(?:can|may|could|are\sallowed\sto|should)\s(?:go\sahead\sand\s)?${ACCESS}`,
    'giu',
  ),
  /\b(?:permission|consent|approval|authori[sz]ation|go-ahead)\s(?:was\s|has\sbeen\s|is\s|now\s)?(?:granted|given|received|obtained|confirmed|provided)\b/giu,
  /\b(?:with|per|have|got|received|obtained|has)\s(?:the\s)?(?:customer's|client's|requester's|their|his|her|explicit|written|verbal)\s(?:explicit\s|written\s|verbal\s)?(?:permission|consent|approval|authori[sz]ation|go-ahead|ok)\b/giu,
  /\b(?:authori[sz]ation|consent|permission|access\sapproval|approval)\s?[:=]\s?(?:yes|y|granted|given|confirmed|received|obtained|ok|approved|true)\b/giu,
  /\b[Aa]pproved\sby\s[A-Z][\w'-]{1,30}(?:\s[A-Z][\w'-]{1,30})?\s(?:to|for)\b/gu,
];
// Capitalised words that are not a person's name at the start of "X gave permission".
const NOT_NAMES = new Set('We I You It This That There Nobody Who Someone Please If Do Did Does Has Have Could Would Can'.split(' '));
/** The subject group of a recorded grant, when it is a name, must look like one ("Dana", not "we"). */
const isNameOrNone = (name: string | undefined) => name === undefined || (/^[A-Z]/u.test(name) && !NOT_NAMES.has(name.split(' ')[0] ?? ''));
// A clause that asks for, awaits or conditions consent rather than giving it.
const NOT_GIVEN =
  /\bnot\b|n't\b|\bnever\b|\bno\b|\bwithout\b|\bif\b|\bwhether\b|\bunless\b|\bonce\b|\bbefore\b|\b(?:please|can\syou|could\syou|to)\sconfirm\b|\blet\s(?:us|me)\sknow\b|\bneeds?\b|\brequires?\b|\bask(?:ed|ing)?\b|\brequest(?:ed|ing)?\b|\bwould\syou\b|\bwaiting\b|\bpending\b/iu;
// An agent quoting the customer: "Customer wrote: feel free to log in".
const REPORTED = /\b(?:said|says|wrote|writes|replied|confirmed|stated|mentioned|added|told\s(?:us|me))\b|["\u201C]/iu;

export const findAuthorization: TextFinder = (text, speaker) => {
  const given = (span: Span) => {
    const context = around(text, span);
    return !context.question && !NOT_GIVEN.test(context.clauseBefore);
  };
  const customerVoice = (span: Span) => !isAgentSide(speaker) || REPORTED.test(around(text, span).before);
  const rules = [
    ...CUSTOMER_GRANTS.map((re) => (t: string) => firstAccepted(re, t, (_, span) => customerVoice(span) && given(span))),
    ...FOREIGN_GRANTS.map(
      (re) => (t: string) =>
        firstAccepted(re, t, (_, span) => customerVoice(span) && given(span) && !FOREIGN_NEGATION.test(around(t, span).clauseBefore)),
    ),
    ...RECORDED_GRANTS.map((re) => (t: string) => firstAccepted(re, t, (match, span) => isNameOrNone(match[1]) && given(span))),
  ];
  return firstOf(text, rules);
};

// ---------------------------------------------------------------------------------------------
// Account identifiers written out in prose, for when the identifier extractor missed them.

const ID_NOUNS = String.raw`account|acct|org|organi[sz]ation|tenant|workspace|customer|client|user|order|invoice|transaction|txn|request|subscription|instance|site|merchant|store|project|booking|reservation|employee|staff|member|patient|student|contact|company|portal|practice|clinic|shop|policy|contract|license|licence`;
const LABELLED_ID = new RegExp(
  String.raw`\b(?:${ID_NOUNS})[\s_-]?(?:id|ids|#|no\.?|nr\.?|number|num|uuid|guid|key)(?![A-Za-z])\s?(is\s|are\s|=|:|#)?\s?([A-Za-z0-9][A-Za-z0-9_.:@-]{1,63})`,
  'giu',
);
const NUMBERED_RECORD = /\b(?:order|invoice|transaction|receipt|booking|reservation|subscription|account|acct)\s?(?:#\s?|no\.\s?|number\s)?[A-Z]{0,5}-?\d{3,}\b/giu;
// "Klantnummer 30418876", "Kundennummer: 4471", "ID negozio 55-BO-2217": customer and account numbers in
// other languages (the value must hold a digit). Lookarounds instead of \b: \b fails after "é".
const FOREIGN_ID_LABEL =
  /(?<![\p{L}])(?:klant(?:en)?nummer|klantnr\.?|kunden(?:nummer|-?nr\.?|konto)|vertragsnummer|konto(?:nummer|-?nr\.?)|num[ée]ro\s(?:de\s|du\s)?(?:client|compte|contrat)|n[°º]\s?(?:de\s)?client|n[úu]mero\s(?:de|do|da)\s(?:cliente|cuenta|conta|contrato)|c[óo]digo\s(?:de|do)\scliente|numero\s(?:cliente|conto|contratto)|codice\scliente|ID\s(?:cliente|negozio|conto|account|utente|tienda|loja|client|compte|Kunde))(?![\p{L}])\s?(?:[:#]|is|ist|es|é|est|è)?\s?([A-Za-z0-9][\w./-]{1,40})/giu;
// "team WH-Engineering", "org BC-4471", "workspace ws_4kQ92LmP", "user HF\jmorgan", "user a.novak": a
// named account or user whose name is shaped like an identifier, not a word.
const NAMED_ACCOUNT =
  /(?<![\w-])(?:team|workspace|tenant|org|organi[sz]ation|store|shop|site|instance|practice|clinic|subdomain|project|portal|account|user(?:name)?|login|UPN)\s(?:name\s|is\s|=\s?|:\s?){0,2}([A-Za-z0-9][\w.\\@-]{1,40}[A-Za-z0-9])(?![\w\\-])/giu;
const SLUG_NOUNS = /^(?:workspace|tenant|subdomain|instance)$/iu;

/** "WH-Engineering", "BC-4471", "ws_4kQ92LmP", "HF\jmorgan", "a.novak"; not "on-call" or "set-up". */
function isIdentifierShaped(value: string, noun: string): boolean {
  const id = value.replace(/[.]+$/u, '');
  if (/^[A-Za-z0-9]{1,15}\\[A-Za-z0-9._-]{2,30}$/u.test(id)) return true; // DOMAIN\user
  if (!/[A-Za-z0-9][-_.][A-Za-z0-9]/u.test(id) && !/\d/u.test(id)) return false;
  if (/^\d{1,2}$/u.test(id)) return false;
  if (/^user(?:name)?$|^login$|^upn$/iu.test(noun)) return /^[a-z][a-z0-9]{0,20}[._][a-z][a-z0-9]{1,20}$/iu.test(id) || /^[A-Za-z]{1,10}[-_]?\d{2,}$/u.test(id);
  return /\d|_/u.test(id) || /^[A-Za-z][a-z]*[-.][A-Z]|[A-Z]{2}/u.test(id) || (SLUG_NOUNS.test(noun) && /^[a-z0-9]+(?:-[a-z0-9]+)+$/u.test(id));
}
const NOT_ID_VALUES = /^(?:is|the|and|please|missing|unknown|not|to|for|of|a|an|you|we|here|below|above|attached|or|in|on|n\/a|none|tbd)$/iu;
const EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,5}\.[A-Za-z]{2,24}(?![\w-])/gu;
const SERVICE_MAILBOX = /^(?:no-?reply|do-?not-?reply|donotreply|support|help|helpdesk|notifications?|mailer-daemon)@/iu;

/** "account ID: jdoe" names a user; "account ID so we can…" does not: without ":" the value must look like an ID. */
function isIdValue(value: string, labelled: boolean, requester: string | undefined): boolean {
  const id = value.replace(/[.:]+$/u, '');
  if (id.length < 2 || NOT_ID_VALUES.test(id) || id.toLowerCase() === requester) return false;
  return labelled || /[\d@_-]/u.test(id);
}

/** An account/user/order ID spelled out with its label, or an affected user's e-mail (not `requesterEmail`). */
export function findAccountId(text: string, speaker: Speaker, requesterEmail?: string): Span | undefined {
  const stated = (span: Span) => !(isAgentSide(speaker) && around(text, span).question);
  const requester = requesterEmail?.trim().toLowerCase();
  return firstOf(text, [
    (t) => firstAccepted(LABELLED_ID, t, (match, span) => isIdValue(match[2] ?? '', match[1] !== undefined, requester) && stated(span)),
    (t) => firstAccepted(NUMBERED_RECORD, t, (_, span) => stated(span)),
    (t) => firstAccepted(FOREIGN_ID_LABEL, t, (match, span) => /\d/u.test(match[1] ?? '') && stated(span)),
    (t) =>
      firstAccepted(NAMED_ACCOUNT, t, (match, span) => {
        const noun = /^[\w]+/u.exec(match[0])?.[0] ?? '';
        const value = match[1] ?? '';
        return value.toLowerCase() !== requester && !value.includes('@') && isIdentifierShaped(value, noun) && stated(span);
      }),
    // E-mails in a public agent reply are usually signatures; quoted headers ("<x@y> wrote") are not users.
    (t) =>
      speaker === 'agent'
        ? undefined
        : firstAccepted(EMAIL, t, (match, span) => {
            const address = match[0].toLowerCase();
            const quotedHeader = t[span.start - 1] === '<' || /mailto:$/iu.test(t.slice(Math.max(0, span.start - 7), span.start));
            return address !== requester && !quotedHeader && !SERVICE_MAILBOX.test(address);
          }),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Ticket and organization fields, by label.

const EMPTY_VALUE = /^(?:|-+|\u2014|n\/?a|none|null|unknown|undefined|\?|tbd|not\sset|no)$/iu;
export const hasValue = (value: string) => !EMPTY_VALUE.test(value.trim());

const ID_LABEL = new RegExp(String.raw`\b(?:${ID_NOUNS}|company|licen[cs]e)[\s_-]?(?:id|ids|#|no\.?|nr\.?|number|num|uuid|guid|key|identifier|ref(?:erence)?)\b`, 'iu');
// Labels that name a tenant or workspace hold an identifier even without "ID": "Tenant: acme-prod".
const TECHNICAL_ID_LABEL = /^(?:tenant|workspace|subdomain|instance|org\sslug|account\sslug|site)$/iu;
const NAME_LIKE_ID_LABEL = /^(?:account|customer|user|org|organi[sz]ation|order|invoice|transaction|subscription)$/iu;

/** A field whose label names an ID L2 can look the customer up by, with a value. */
export function isIdField(label: string, value: string): boolean {
  if (!hasValue(value)) return false;
  const name = label.trim();
  if (ID_LABEL.test(name)) return true;
  const oneToken = /^\S{1,64}$/u.test(value.trim());
  if (TECHNICAL_ID_LABEL.test(name)) return oneToken || (/^\S+(?:\s\S+){1,2}$/u.test(value.trim()) && /\d/u.test(value));
  // "Account: 88231" is an ID; "Account: Northwind" is just the name.
  return NAME_LIKE_ID_LABEL.test(name) && oneToken && /\d/u.test(value);
}

const PLAN_LABEL = /\b(?:plan|tier|subscription|edition|package|licen[cs]e(?:\s?type)?|sku|pricing|role|permissions?|access\slevel|user\stype|account\stype)\b/iu;
const NOT_PLAN_LABEL = /\b(?:date|renew\w*|expir\w*|start|end|price|cost|amount|mrr|arr|seats?|count|number|id|quantity|qty|limit)\b/iu;
export const isPlanField = (label: string, value: string) => hasValue(value) && PLAN_LABEL.test(label) && !NOT_PLAN_LABEL.test(label);

const AFFECTED_LABEL = new RegExp(
  String.raw`\b(?:affected|impacted)\s(?:${PEOPLE}|count|scope)\b|\b(?:${PEOPLE})\s(?:affected|impacted)\b|^(?:number\sof\s(?:affected\s)?users|scope(?:\sof\simpact)?|impact\sscope|blast\sradius)$`,
  'iu',
);
/** "Affected users: 38". Not "Seats" or "Users": those give the account's size. */
export const isAffectedUsersField = (label: string, value: string) => hasValue(value) && AFFECTED_LABEL.test(label.trim());

const CONSENT_LABEL = /\b(?:authori[sz]ation|consent|permission\sto\saccess|access\s(?:approved|granted)|approved\sfor\saccess|account\saccess)\b/iu;
const YES = /^(?:yes|y|true|granted|given|approved|ok|confirmed|on|x|\u2713|\u2714)\b/iu;
export const isAuthorizationField = (label: string, value: string) => CONSENT_LABEL.test(label) && YES.test(value.trim());

const PLAN_TAG = /^(?:plan|tier|subscription)[_:-]\w+$|^\w+[_-](?:plan|tier)$/iu;
export const isPlanTag = (tag: string) => PLAN_TAG.test(tag.trim());
