// An entry's text → the lines worth reading for tried steps. Quoted e-mail history and
// signatures end the reading (they are someone else's words, or no one's); greetings, times and
// "Note:" labels are trimmed off; headers say whether the lines under them list tried steps.
import { squash, stripInvisible } from '../text';
import { MAX_SCANNED_CHARS } from './scanLimit';
import {
  ANY_HEADER,
  BULLET,
  FORWARD_MARK,
  GREETING,
  headerVerb,
  LEADING_TIME,
  MAIL_HEADER,
  MAIL_HEADER_NEXT,
  NOTE_LABEL,
  QUOTE_INTRO,
  QUOTE_INTRO_END,
  QUOTE_INTRO_START,
  SIGN_OFF,
  SKIP_HEADER,
  TRIED_HEADER,
  TRIED_HEADER_INLINE,
} from './triedPhrases';

// Entries can be a megabyte of pasted logs; steps are written in the first few paragraphs.
export { MAX_SCANNED_CHARS };
/** A line longer than this is pasted data, and a header is never this long. */
const MAX_HEADER_CHARS = 80;

export type EntryLine =
  | { kind: 'blank' }
  /** `indented`: the raw line started with spaces or a tab (a value under a header, perhaps). */
  | { kind: 'text'; text: string; bullet: boolean; indented?: boolean }
  /** Opens a list of tried steps; `verb` ("Tried") prefixes its verbless items. */
  | { kind: 'tried-header'; verb?: string }
  | { kind: 'tried-inline'; verb?: string; text: string }
  /** Opens a section of plans, questions or details: its lines are not tried steps. */
  | { kind: 'skip-header' }
  /** "Error: 502 on save" (a detail), or a short "Label:" line; `text` is the whole line. */
  | { kind: 'label'; text: string };

/** Where someone else's message starts: "On … wrote:", "-----Original Message-----", "From: … / Sent: …". */
function startsHistory(line: string, next: string): boolean {
  if (QUOTE_INTRO.test(line) || FORWARD_MARK.test(line)) return true;
  if (QUOTE_INTRO_START.test(line) && QUOTE_INTRO_END.test(next)) return true;
  return MAIL_HEADER.test(line) && MAIL_HEADER_NEXT.test(next);
}

/** Trims what opens a line without saying anything: "Hi Dana,", "14:32 -", "Note:". */
function trimLineStart(line: string): string {
  let text = line;
  for (let round = 0; round < 3; round += 1) {
    const before = text;
    text = text.replace(GREETING, '').replace(LEADING_TIME, '').replace(NOTE_LABEL, '');
    if (text === before) break;
  }
  return text.trim();
}

function classify(line: string, bullet: boolean): EntryLine {
  if (line.length <= MAX_HEADER_CHARS) {
    if (TRIED_HEADER.test(line) && (line.endsWith(':') || /^(?:l1 )?troubleshoot/iu.test(line))) return { kind: 'tried-header', verb: headerVerb(line) };
    const inline = TRIED_HEADER_INLINE.exec(line);
    if (inline) return { kind: 'tried-inline', verb: headerVerb(line.slice(0, line.length - (inline[1] ?? '').length)), text: inline[1] ?? '' };
  }
  if (SKIP_HEADER.test(line)) {
    // "Next steps:" opens a section; "Error: 502 on save" is a one-line detail.
    return /:$/u.test(line) && line.length <= MAX_HEADER_CHARS ? { kind: 'skip-header' } : { kind: 'label', text: line };
  }
  if (!bullet && ANY_HEADER.test(line)) return { kind: 'label', text: line };
  return { kind: 'text', text: line, bullet };
}

/** The lines of an entry's own words, classified; stops at quoted history and signatures. */
export function entryLines(rawText: string): EntryLine[] {
  const lines = stripInvisible(rawText.slice(0, MAX_SCANNED_CHARS)).split(/\r\n|\r|\n/u);
  const out: EntryLine[] = [];
  let sawText = false;
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i] ?? '';
    // Quoted replies ("> …") are the customer's or an earlier message's words.
    if (/^\s*>/u.test(raw)) continue;
    const line = squash(raw);
    if (!line) {
      out.push({ kind: 'blank' });
      continue;
    }
    if (startsHistory(line, squash(lines[i + 1] ?? ''))) break;
    if (line === '--' || (sawText && SIGN_OFF.test(line))) break;
    const trimmed = trimLineStart(line);
    const bulletMatch = BULLET.exec(trimmed);
    const text = bulletMatch ? trimmed.slice(bulletMatch[0].length) : trimmed;
    if (!text) continue;
    sawText = true;
    const kind = classify(text, bulletMatch !== null);
    if (kind.kind === 'text' && /^(?: {2,}|\t)/u.test(raw)) kind.indented = true;
    out.push(kind);
  }
  return out;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'eg', 'ie', 'etc', 'vs', 'approx', 'incl', 'no', 'nr', 'w', 'cf', 'mr', 'ms', 'mrs', 'dr', 'st', 'fig', 'ver', 'v', 'esp', 'resp', 'attn']);

function isAbbreviation(line: string, dot: number): boolean {
  const space = line.lastIndexOf(' ', dot);
  const word = line.slice(space + 1, dot).toLowerCase();
  return word.length <= 6 && ABBREVIATIONS.has(word);
}

/** Whether the ")" at `close` ends an inline item number: " 2) ". */
function isInlineNumber(line: string, close: number): boolean {
  const space = line.lastIndexOf(' ', close);
  return space > 0 && close - space >= 2 && close - space <= 3 && /^\d+$/.test(line.slice(space + 1, close));
}

/** Splits a squashed line at sentence ends ("." "!" "?" before a space), not at "e.g." or "...". */
export function splitSentences(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  /** Open parentheses: "(slot 3/port 7)" closes a parenthesis, it does not number an item. */
  let depth = 0;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (c === '(') depth += 1;
    if (c === ')' && depth > 0) {
      depth -= 1;
      continue;
    }
    // "…no change 2) re-authorized…": numbered items written inline start a new sentence.
    if (c === ')' && i >= 2 && line[i + 1] === ' ' && isInlineNumber(line, i)) {
      const number = line.lastIndexOf(' ', i);
      const sentence = line.slice(start, number).trim();
      if (sentence) sentences.push(sentence);
      start = number + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    if (i + 1 < line.length && line[i + 1] !== ' ') continue;
    if (c === '.' && (line[i - 1] === '.' || isAbbreviation(line, i))) continue;
    const sentence = line.slice(start, i + 1).trim();
    if (sentence) sentences.push(sentence);
    start = i + 1;
  }
  const last = line.slice(start).trim();
  if (last) sentences.push(last);
  return sentences;
}
