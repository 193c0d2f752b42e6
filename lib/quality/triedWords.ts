// Word-level helpers for the "what's been tried" extractor. Its text is squashed (single spaces),
// so words are found with indexOf, not by splitting whole sentences or with regexes that could
// backtrack on long runs of punctuation.
import { clip } from '../text';

const TRAILING_PUNCTUATION = new Set([' ', ',', ';', ':', '.', '!', '…', '—', '–', '-', '"', "'", '“', '”', '‘', '’', '«', '»']);
const LEADING_QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', ' ', ',', ';']);

/** The first `count` words of a squashed phrase, without splitting the whole of it. */
export function leadingWords(text: string, count: number): string[] {
  const words: string[] = [];
  let start = 0;
  while (words.length < count && start < text.length) {
    const space = text.indexOf(' ', start);
    const end = space === -1 ? text.length : space;
    words.push(text.slice(start, end));
    start = end + 1;
  }
  return words;
}

/** What follows the first `count` words. */
export function afterWords(text: string, count: number): string {
  let start = 0;
  for (let i = 0; i < count; i += 1) {
    const space = text.indexOf(' ', start);
    if (space === -1) return '';
    start = space + 1;
  }
  return text.slice(start);
}

/** Number of words in a squashed phrase, counting no further than `limit + 1`. */
export function wordCountOver(text: string, limit: number): boolean {
  let count = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) {
    count += 1;
    if (count > limit) return true;
  }
  return false;
}

/** A phrase is a few words, and a word can be a 20 KB token: the most characters a phrase keeps. */
const MAX_PHRASE_CHARS = 80;

/** The first `limit` words of a squashed phrase (and at most MAX_PHRASE_CHARS), with an ellipsis when something was cut. */
export function clipWords(text: string, limit: number, maxChars = MAX_PHRASE_CHARS): string {
  let at = -1;
  for (let i = 0; i < limit; i += 1) {
    at = text.indexOf(' ', at + 1);
    if (at === -1) return clip(text, maxChars);
  }
  return clip(`${text.slice(0, at)}…`, maxChars);
}

/** Drops quotes around, and punctuation after, a phrase. A loop, not a `[…]+$` regex: that backtracks on long runs. */
export function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && LEADING_QUOTES.has(text[start] ?? '')) {
    // Keep an opening quote that has its closing one: '"Reverse charge" enabled'.
    const c = text[start] ?? '';
    if ((c === '"' || c === '“') && text.indexOf(c === '“' ? '”' : '"', start + 1) !== -1) break;
    start += 1;
  }
  while (end > start && TRAILING_PUNCTUATION.has(text[end - 1] ?? '')) end -= 1;
  // Keep a closing quote that has its opening one: "missing 'read:invoices'".
  const cut = text.charAt(end);
  if ((cut === "'" || cut === '"') && text.lastIndexOf(` ${cut}`, end) > start) end += 1;
  return text.slice(start, end);
}

/** A word without the punctuation around it: "cleared," → "cleared". */
/** What may wrap a word: "(cleared," → "cleared". */
const WORD_OPENERS = new Set(['(', '"', "'", '“', '‘']);
const WORD_CLOSERS = new Set([')', '"', "'", '”', '’', ',', ';', ':', '.', '!', '?']);

export function bare(word: string | undefined): string {
  const text = word ?? '';
  let start = 0;
  let end = text.length;
  while (start < end && WORD_OPENERS.has(text[start] ?? '')) start += 1;
  while (end > start && WORD_CLOSERS.has(text[end - 1] ?? '')) end -= 1;
  return text.slice(start, end);
}

export const joinWords = (first: string, rest: string) => (rest ? `${first} ${rest}` : first);
