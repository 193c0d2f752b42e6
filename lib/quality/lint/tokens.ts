import { stripInvisible } from '../../text';
import { MAX_SCANNED_CHARS } from '../scanLimit';
import { FILLER_WORDS } from './wordLists';

// A section (or a customer message) can be anything, a pasted log included; the lint runs on every
// keystroke, so it reads only the quality engine's scan limit of each.
export { MAX_SCANNED_CHARS };

export interface PreparedText {
  /** What the agent wrote, capped, without invisible characters: excerpts are cut from here. */
  shown: string;
  /** `shown` with curly apostrophes straightened, so "didn’t" matches like "didn't". */
  read: string;
}

/**
 * `text` as the rules read it: capped, and without invisible characters (they could hide a phrase
 * from the patterns and must not reach an excerpt). Straightening is one character for one, so an
 * offset into `read` is the same offset into `shown`.
 */
export function prepareText(text: string): PreparedText {
  let cut = Math.min(text.length, MAX_SCANNED_CHARS);
  const last = text.charCodeAt(cut - 1);
  if (cut < text.length && last >= 0xd800 && last <= 0xdbff) cut -= 1; // never half an emoji
  const shown = stripInvisible(text.slice(0, cut));
  return { shown, read: shown.replace(/[\u2018\u2019\u02BC]/gu, "'") };
}

export interface Sentence {
  text: string;
  /** Offset of `text` in the prepared section text. */
  start: number;
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);
/** Same set as the regex \s, with ASCII decided by code: this runs once per character. */
function isSpaceCode(code: number): boolean {
  return code < 0x80 ? code === 32 || (code >= 9 && code <= 13) : /\s/u.test(String.fromCharCode(code));
}
const isSpace = (ch: string | undefined): boolean => ch === undefined || isSpaceCode(ch.charCodeAt(0));

/**
 * Splits a note into sentences: at line breaks (bullets are one per line) and at . ! ? …
 * followed by a space. A period inside "v4.2.1" or "e.g" does not end a sentence, nor does a ";"
 * (its clauses describe one thing). Linear.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (from: number, to: number): void => {
    let start = from;
    let end = to;
    while (start < end && isSpace(text[start])) start += 1;
    while (end > start && isSpace(text[end - 1])) end -= 1;
    if (end > start) sentences.push({ text: text.slice(start, end), start });
  };
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (ch === '\n' || (SENTENCE_END.has(ch) && isSpace(text[i + 1]))) {
      push(from, i + 1);
      from = i + 1;
    }
  }
  push(from, text.length);
  return sentences;
}

export interface Token {
  /** As written, punctuation included. */
  raw: string;
  /** Without surrounding punctuation: `"SAML",` → `SAML`. May be empty for "→" or "-". */
  word: string;
  /** `word` lower-cased, without a possessive "'s", for the word lists. */
  key: string;
  /** Offsets of `raw` in the sentence. */
  start: number;
  end: number;
  /** First word of a clause (sentence start, after ":", "→", "(" or a bullet), where capitals prove nothing. */
  opensClause: boolean;
}

function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return /[\p{L}\p{N}]/u.test(ch);
}
const OPENS_CLAUSE_AFTER = /[:→>(\[\-–—•*"“]$/u;

/** Trims non-letters/digits off both ends with loops (a regex would be quadratic on "!!!…!a!"). */
function trimPunctuation(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && !isWordChar(raw[start] as string)) start += 1;
  while (end > start && !isWordChar(raw[end - 1] as string)) end -= 1;
  return raw.slice(start, end);
}

/** The whitespace-separated tokens of one sentence. */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(/\S+/gu)) {
    const raw = match[0];
    const word = trimPunctuation(raw);
    const previous = tokens[tokens.length - 1];
    tokens.push({
      raw,
      word,
      key: word.toLowerCase().replace(/'s$/u, ''),
      start: match.index,
      end: match.index + raw.length,
      opensClause: previous === undefined || previous.word === '' || OPENS_CLAUSE_AFTER.test(previous.raw),
    });
  }
  return tokens;
}

/** True for a word that says something on its own (not filler, not bare punctuation). */
export function isContentWord(token: Token): boolean {
  return token.key.length >= 2 && !FILLER_WORDS.has(token.key);
}

/** How many content words the sentence has outside the span [from, to) (the trigger phrase). */
export function contentWordsOutside(tokens: readonly Token[], from: number, to: number): number {
  return tokens.filter((t) => (t.end <= from || t.start >= to) && isContentWord(t)).length;
}
