// Shared by the quality extractors (environment, identifiers), knowing nothing of what they find:
// - where a find came from: the SourceRef and its excerpt (the sentence around the find);
// - what is scanned: the first MAX_SCANNED_CHARS of each entry, invisible characters blanked;
// - the first-occurrence-wins dedupe and plain, clipped display values;
// - cheap scanning: keyword triggers that skip regexes that cannot match, and overlap resolution;
// - boilerplate (signatures, reply headers, "Sent from my iPhone") that says nothing of the problem.
import type { LabelledValue, TicketContext, TimelineEntry } from '../context';
import { clip, squash, stripInvisible } from '../text';
import { MAX_SCANNED_CHARS } from './scanLimit';
import type { SourceRef } from './types';

export { MAX_SCANNED_CHARS };
/** An excerpt is "the sentence around it", not the paragraph. */
export const MAX_EXCERPT_CHARS = 160;
/** A value longer than this (a pasted URL, a long error message) is clipped for display. */
export const MAX_VALUE_CHARS = 200;

// The characters stripInvisible removes, replaced here by a space instead: same length, so an
// index found in the scanned text is an index in the caller's text too.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * The part of `text` a finder scans: the first MAX_SCANNED_CHARS, with invisible and control
 * characters turned into spaces so they can neither hide inside a value nor shift indices.
 */
export function scannableText(text: string): string {
  const head = text.length > MAX_SCANNED_CHARS ? text.slice(0, MAX_SCANNED_CHARS) : text;
  return head.replace(INVISIBLE, ' ');
}

/** A found value as the panel shows it: plain, single-spaced, clipped. */
export function cleanValue(value: string): string {
  return clip(squash(stripInvisible(value)), MAX_VALUE_CHARS);
}

/** Two values are the same find when they differ only in case, spacing or hyphens ("Wi-Fi", "wifi"). */
export function dedupeKey(kind: string, value: string): string {
  return `${kind}|${value.toLowerCase().replace(/[\s\-_]+/g, '')}`;
}

// A sentence ends at . ! ? followed by whitespace ("v2.3.1" and "e.g.x" do not end one).
const SENTENCE_END = /[.!?](?=\s)/g;

/**
 * The sentence or line around text[index, index + length), squashed and clipped to about
 * MAX_EXCERPT_CHARS, keeping the find itself in view when the sentence is long.
 */
export function excerptAround(text: string, index: number, length: number): string {
  const end = index + length;
  // The line, but never more than a window around the find (a 20,000-char log line is one line).
  let start = Math.max(index - MAX_EXCERPT_CHARS, text.lastIndexOf('\n', index - 1) + 1, 0);
  const newline = text.indexOf('\n', end);
  let stop = Math.min(end + MAX_EXCERPT_CHARS, newline === -1 ? text.length : newline);

  // Narrow the line to the sentence holding the find.
  const lineStart = start;
  for (const match of text.slice(lineStart, index).matchAll(SENTENCE_END)) start = lineStart + match.index + 1;
  const nextEnd = text.slice(end, stop).search(/[.!?](?=\s)/);
  if (nextEnd !== -1) stop = end + nextEnd + 1;

  const excerpt = squash(stripInvisible(text.slice(start, stop)));
  if (excerpt.length <= MAX_EXCERPT_CHARS) return excerpt;
  // Too long: start a little before the find so it stays visible.
  const findOffset = squash(stripInvisible(text.slice(start, index))).length;
  const from = Math.max(0, Math.min(findOffset - 40, excerpt.length - MAX_EXCERPT_CHARS + 1));
  return `${from > 0 ? '…' : ''}${clip(excerpt.slice(from).trimStart(), MAX_EXCERPT_CHARS)}`;
}

/** Where a find in a timeline entry came from. */
export function entrySourceRef(entry: TimelineEntry, text: string, index: number, length: number): SourceRef {
  const ref: SourceRef = { entryId: entry.id, author: entry.author, excerpt: excerptAround(text, index, length) };
  if (entry.at !== undefined) ref.at = entry.at;
  return ref;
}

/** Where a find in a ticket or organization field came from: `field:<label>`, excerpt "Label: value". */
export function fieldSourceRef(field: LabelledValue): SourceRef {
  // Only the start of a label or value is shown; a hostile 1 MiB field costs no more than a short one.
  const label = clip(squash(stripInvisible(field.label.slice(0, MAX_VALUE_CHARS))), 100);
  const value = squash(stripInvisible(field.value.slice(0, MAX_EXCERPT_CHARS * 2)));
  return { entryId: `field:${label}`, excerpt: clip(`${label}: ${value}`, MAX_EXCERPT_CHARS) };
}

/** The ticket's fields in the order extractors read them: ticket fields, then organization fields. */
export function ticketFields(context: TicketContext): LabelledValue[] {
  return [...context.customFields, ...context.organization.fields];
}

/** A found value with where it came from. */
export interface SourcedFind<K extends string> {
  kind: K;
  value: string;
  source: SourceRef;
}

/**
 * Collects the first find of each distinct (kind, value), values cleaned for display. The source
 * is built only for a value not seen before: a long ticket repeats the same IDs in every reply.
 */
export class FirstOfEachValue<K extends string> {
  readonly finds: SourcedFind<K>[] = [];
  private readonly seen = new Set<string>();
  private readonly seenRaw = new Set<string>();

  add(kind: K, rawValue: string, source: () => SourceRef): void {
    // The same value as written again: skip the cleaning too.
    const rawKey = `${kind}|${rawValue}`;
    if (this.seenRaw.has(rawKey)) return;
    this.seenRaw.add(rawKey);
    const value = cleanValue(rawValue);
    if (value === '') return;
    const key = dedupeKey(kind, value);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.finds.push({ kind, value, source: source() });
  }
}

/**
 * A cheap test that must pass before an expensive regex runs: a lower-case keyword that must
 * occur in the text, or a simple regex on the text (an empty list: always run). Most entries
 * mention no VPN, no "order", no clock time; skipping those patterns keeps a 1,000-comment
 * ticket well under budget.
 */
export type Trigger = string | RegExp;

/** A global regex and the triggers that say it may match. */
export interface ScanPattern {
  pattern: RegExp;
  triggers: readonly Trigger[];
}

/**
 * Finds which of many keywords occur in a text with one regex pass, instead of one `includes`
 * per keyword (hundreds of scans per entry). Same answer as `lower.includes(keyword)` for each.
 */
export class KeywordIndex {
  private readonly pattern: RegExp;
  /** For each keyword, the keywords it contains ("windows" contains "win"): found with it. */
  private readonly contained = new Map<string, string[]>();

  constructor(patterns: readonly ScanPattern[]) {
    const keywords = [...new Set(patterns.flatMap((p) => p.triggers.filter((t): t is string => typeof t === 'string')))];
    // Longest first, so each position reports its longest keyword; the shorter ones it contains
    // come from `contained`. Restarting one character on reports overlapping keywords too.
    keywords.sort((a, b) => b.length - a.length);
    const escaped = keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.pattern = new RegExp(escaped.join('|'), 'g');
    for (const keyword of keywords) this.contained.set(keyword, keywords.filter((k) => keyword.includes(k)));
  }

  /** The keywords that occur in `lower` (a lower-cased text). */
  present(lower: string): Set<string> {
    const found = new Set<string>();
    this.pattern.lastIndex = 0;
    for (let match = this.pattern.exec(lower); match !== null; match = this.pattern.exec(lower)) {
      const keyword = match[0];
      if (!found.has(keyword)) for (const k of this.contained.get(keyword) ?? []) found.add(k);
      this.pattern.lastIndex = match.index + 1;
    }
    return found;
  }
}

/** Whether a pattern with these triggers may match: one keyword is `present` or one regex matches `text`. */
export function triggered(triggers: readonly Trigger[], text: string, present: ReadonlySet<string>): boolean {
  if (triggers.length === 0) return true;
  return triggers.some((trigger) => (typeof trigger === 'string' ? present.has(trigger) : trigger.test(text)));
}

/** Calls `onMatch` for every match of a global `pattern` in `text` (resets it first; safe on empty matches). */
export function eachMatch(pattern: RegExp, text: string, onMatch: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    onMatch(match);
    if (match[0] === '') pattern.lastIndex++;
  }
}

/** Calls `onMatch` for every match of a scan pattern; at once returns when its triggers say it cannot match. */
export function scan(scanPattern: ScanPattern, text: string, present: ReadonlySet<string>, onMatch: (match: RegExpExecArray) => void): void {
  if (triggered(scanPattern.triggers, text, present)) eachMatch(scanPattern.pattern, text, onMatch);
}

/** A candidate find, with the span it covers in the scanned text. */
export interface Claim<K extends string> {
  kind: K;
  value: string;
  /** Where the value starts. */
  index: number;
  /** The span the match covers (label included), used to stop weaker matches overlapping it. */
  start: number;
  end: number;
}

/**
 * Resolves overlapping candidates: claims are offered strongest first, and a claim overlapping
 * an accepted one is dropped ("Chrome OS" beats "Chrome", a URL beats the order number inside
 * it). Returns the accepted claims in text order. Cost is the total claimed length, so hostile
 * text with thousands of candidates stays linear.
 */
export function acceptNonOverlapping<K extends string>(claims: readonly Claim<K>[], textLength: number): Claim<K>[] {
  const accepted: Claim<K>[] = [];
  // Usually a handful of claims: compare pairs. Hostile text can make thousands: mark a bitmap,
  // so the cost is the total claimed length instead of claims squared.
  const taken = claims.length > 64 ? new Uint8Array(textLength) : null;
  for (const claim of claims) {
    let free = true;
    if (taken) {
      for (let i = claim.start; i < claim.end && free; i++) free = taken[i] === 0;
    } else {
      for (const other of accepted) if (claim.start < other.end && other.start < claim.end) free = false;
    }
    if (!free) continue;
    taken?.fill(1, claim.start, claim.end);
    accepted.push(claim);
  }
  return accepted.sort((a, b) => a.index - b.index || a.start - b.start);
}

// --- Boilerplate: text that is about the message, not the problem -------------------------

// "Best regards," "Thanks," "-- " on a line of their own: a signature follows.
const SIGN_OFF = /^(?:--|—|__|(?:(?:best|kind|warm|warmest|many|with)\s+)?(?:regards|wishes|thanks|thank\s+you|cheers|sincerely|best|br|rgds|thx|ty|mvg|grüße|gruß|cordialement|saludos)(?:\s+again)?)[\s,.!]*$/i;
// A signature is short; a "Thanks," opening a long message is not a sign-off.
const MAX_SIGNATURE_LINES = 8;
const MAX_SIGNATURE_CHARS = 600;
// Mail clients' own lines: "Sent from my iPhone", "Get Outlook for iOS".
const CLIENT_FOOTER = /^(?:Sent\s+from\s+my\s+|Sent\s+from\s+(?:Mail|Outlook|Yahoo)|Get\s+Outlook\s+for\s+)/i;
// An Outlook reply header block: From: / Sent: / To: / Subject: lines.
const HEADER_LINE = /^(?:>\s?)*(?:From|Sent|Date|To|Cc|Bcc|Subject|Reply-To|Von|Gesendet|An|Betreff|De|Envoyé|À|Objet)\s*:/i;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end, text: text.slice(start, end).trim() });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

/**
 * Where the signature after the sign-off on lines[signOff] ends: at the quoted history or reply
 * header that follows it, or at the end of the text. Null when what follows is too long to be a
 * signature (a message that merely starts with "Thanks,"). Looks at most a few lines ahead.
 */
function signatureEnd(lines: Line[], signOff: number, textLength: number): number | null {
  let count = 0;
  let chars = 0;
  for (let i = signOff + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const quotedHistory =
      /^>/.test(line.text) ||
      /\bwrote:$/.test(line.text) ||
      (/^On\s/.test(line.text) && /\bwrote:$/.test(lines[i + 1]?.text ?? '')) ||
      /^(?:From|Von|De)\s*:/i.test(line.text);
    if (quotedHistory) return count === 0 ? null : line.start;
    if (line.text === '') continue;
    count++;
    chars += line.text.length;
    if (count > MAX_SIGNATURE_LINES || chars > MAX_SIGNATURE_CHARS) return null;
  }
  return textLength;
}

/**
 * Spans of `text` that are message boilerplate rather than the problem: signature blocks after a
 * sign-off, "On … wrote:" and From:/Sent: reply headers, "Sent from my iPhone". An e-mail address,
 * a URL or "Mon–Fri 9:00–17:00 CET" there describes the sender, not the incident.
 */
export function boilerplateSpans(text: string): [number, number][] {
  const lines = linesOf(text);
  const spans: [number, number][] = [];
  // A sign-off follows something: "Thanks!" opening a message is not one.
  let afterContent = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === '') continue;
    const signOffAllowed = afterContent;
    afterContent = true;
    if (CLIENT_FOOTER.test(line.text)) {
      spans.push([line.start, line.end]);
      continue;
    }
    // "On Mon, 3 Mar 2025 at 14:02, Priya <priya@x.com> wrote:", sometimes wrapped over two lines.
    if (/\bwrote:$/.test(line.text)) {
      const previous = lines[i - 1];
      const wrapped = !/^(?:>\s?)*On\s/.test(line.text) && previous !== undefined && /^(?:>\s?)*On\s/.test(previous.text);
      spans.push([wrapped ? previous.start : line.start, line.end]);
      continue;
    }
    if (/^(?:>\s?)*(?:From|Von|De)\s*:/i.test(line.text) && HEADER_LINE.test(lines[i + 1]?.text ?? '')) {
      let last = i;
      while (last + 1 < lines.length && HEADER_LINE.test(lines[last + 1]!.text)) last++;
      spans.push([line.start, lines[last]!.end]);
      i = last;
      continue;
    }
    if (signOffAllowed && line.text.length <= 30 && SIGN_OFF.test(line.text)) {
      const end = signatureEnd(lines, i, text.length);
      if (end !== null) {
        spans.push([line.start, end]);
        // Quoted history may follow the signature; keep reading from there.
        while (i + 1 < lines.length && lines[i + 1]!.start < end) i++;
      }
    }
  }
  return spans;
}
