// Patterns for clock times of events (with date and zone as written), time zones, and what makes a time not an event.
// Every quantifier is bounded and no group repeats an ambiguous sub-pattern, so each regex is linear in the text it scans.
import type { ScanPattern } from '../sourceRef';

const ZONE_ABBREVIATIONS =
  'UTC|GMT|PST|PDT|PT|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|AKST|AKDT|HST|BST|IST|CET|CEST|MEZ|MESZ|EET|EEST|WET|WEST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|JST|KST|SGT|HKT|MSK|SAST|BRT|ART|WIB|ICT|PHT|GST';
// "Berlin time", "New York time", but not "local time", "the time", "response time".
const CITY_TIME = String.raw`(?!(?:Local|The|Same|This|That|Our|Your|My|Their|Server|System|Response|Load|Run|Down|Real|Some|Each|Every|Next|Last|First|Any|Lead|Wait|Up|Over|Screen|Boot|Start|End|Due|Meal|Part|Full|Half|Short|Long|Free|Spare)\s)[A-Z][a-z]{2,15}(?:[\s-][A-Z][a-z]{2,15}){0,2}\s[Tt]ime`;
// A bare offset counts only after a space ("14:30 +01:00"): "9:00-10:00" is a range, not "-10:00".
const ZONE = String.raw`(?:(?:UTC|GMT)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?|(?<=\s)[+-](?:0\d|1[0-4]):?[0-5]\d(?![\d:])|(?:${ZONE_ABBREVIATIONS})|(?:Eastern|Pacific|Central|Mountain)(?:\s(?:Standard|Daylight))?(?:\s[Tt]ime)?|${CITY_TIME})(?![A-Za-z])`;

const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const DATE = String.raw`(?:\d{4}-\d{2}-\d{2}(?:T|\s{1,2}|,\s?)|\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s{1,2}|(?:\d{1,2}(?:st|nd|rd|th)?\s(?:${MONTHS})\.?(?:\s\d{4})?|(?:${MONTHS})\.?\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s\d{4})?),?\s(?:at\s)?)`;
// ISO times carry their offset right after the seconds: "10:11:00+01:00", "10:11:00.123Z".
const CLOCK = String.raw`(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,6})?(?:[+-](?:0\d|1[0-4]):?[0-5]\d(?![\d:]))?)?(?:\s?[aApP]\.?[mM]\.?(?![A-Za-z]))?|(?:1[0-2]|0?[1-9])\s?[aApP]\.?[mM]\.?(?![A-Za-z]))`;
// "8:30 this morning (Eastern)": the part of the day, kept only with the zone after it.
const DAYPART = String.raw`(?:\s(?:this\s|yesterday\s|last\s|in\sthe\s)?(?:morning|afternoon|evening|night))`;
const APPROXIMATELY = String.raw`(?:(?:around|about|approx\.?|approximately|roughly|circa|ca\.|~)\s?)`;

/** A clock time, with the date, approximation and time zone written next to it. */
export const TIME: ScanPattern = {
  triggers: [/\d(?::[0-5]\d|\s?[aApP]\.?[mM])/],
  pattern: new RegExp(String.raw`(?<![\w:.])${APPROXIMATELY}?${DATE}?${CLOCK}(?![\d:])(?:Z(?![A-Za-z])|${DAYPART}?\s?\(\s?${ZONE}\s?\)|${DAYPART}?\s?${ZONE})?`, 'g'),
};

/** Has a time zone: UTC/GMT, "Z", an offset after a clock time, a zone abbreviation or "Berlin time". */
export const TIME_ZONE = new RegExp(
  String.raw`\b(?:UTC|GMT)\b|\dZ\b|(?<=\d:\d\d(?::\d\d(?:[.,]\d{1,6})?)?\s?)[+-](?:0\d|1[0-4]):?[0-5]\d\b|\b(?:${ZONE_ABBREVIATIONS})\b|\b(?:Eastern|Pacific|Central|Mountain)\b|\b${CITY_TIME}\b`,
);

// Before a time in the same sentence: the time is an appointment, opening hours, a deadline or a
// duration, not when something happened ("call me tomorrow at 3pm", "office hours 9:00-17:00").
export const NOT_AN_EVENT_BEFORE =
  /\b(?:call\s+(?:me|us|you|him|her|them|back)|ring\s+me|phone\s+me|reach|reached|reachable|available|availability|free\s+(?:at|from|after|between)|meeting|meet|schedule\s+a|book\s+a|office\s+hours|business\s+hours|opening\s+hours|working\s+hours|support\s+hours|hours\s*:|mon(?:day)?\s*[-–]\s*fri(?:day)?|tomorrow|next\s+(?:week|mon|tue|wed|thu|fri|sat|sun)\w*|deadline|cut-?\s?off|respond|reply|get\s+back|hear\s+back|took|takes|lasted|lasting|duration|runtime|elapsed)\b[^.!?\n]{0,80}$/i;
// Right before a time: a deadline or opening time ("by 5pm", "opens at 9am").
export const NOT_AN_EVENT_RIGHT_BEFORE = /\b(?:by|opens?(?:\s+at)?|closes?(?:\s+at)?|until\s+tomorrow)\s+$/i;
export const DURATION_AFTER = /^\s?(?:min|mins|minutes|hours|hrs|h|sec|secs|seconds|ms|long)\b/i;
