// Checklist item "Timestamps (with time zone)": a clock or ISO time that says its zone.
import { around, firstAccepted, firstOf, isAgentSide, scannable, type Span, type TextFinder } from './text';

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
