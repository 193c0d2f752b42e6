// The `pasted-customer-message` rule: "What's happening" is the agent's summary in the team's own
// words, not the customer's message pasted in. Detected by verbatim overlap with a customer message
// (5-word shingles, case and punctuation ignored) or by a customer quoted wholesale.

import { type LintFinding, toExcerpt } from './findings';
import { prepareText } from './tokens';
import { ENVIRONMENT_TERMS, NAMED_TOOLS, TECHNICAL_TERMS } from './wordLists';

const MESSAGE = "Mostly the customer's own words: say in yours what they cannot do, since when";
const QUOTED_MESSAGE = 'Quotes the customer wholesale: summarise what they cannot do in your own words';

const SHINGLE = 5;
/** A verbatim run this long is a paste, not a coincidence or a quoted error message. */
const LONG_RUN_WORDS = 12;
/** Share of the section's words found in one customer message that makes the section "mostly" theirs. */
const MOSTLY_SHARE = 0.6;
/** Below this many shared words, a high share is just a short, plain sentence both happened to write. */
const MIN_SHARED_WORDS = 10;
/** Customer messages read per lint: the first ones hold the story; a ticket can have hundreds. */
const MAX_MESSAGES = 50;

interface WordAt {
  word: string;
  /** Offsets in the text the word was read from. */
  start: number;
  end: number;
}

/** Lower-case words without punctuation ("Can't" → "cant"), with where they are. Linear. */
function normalisedWords(text: string): WordAt[] {
  const words: WordAt[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)) {
    words.push({ word: match[0].toLowerCase().replaceAll("'", ''), start: match.index, end: match.index + match[0].length });
  }
  return words;
}

function shingles(words: readonly WordAt[]): string[] {
  const keys: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i += 1) {
    keys.push(words.slice(i, i + SHINGLE).map((w) => w.word).join(' '));
  }
  return keys;
}

/**
 * Shingle sets of recent customer messages. The lint runs on every keystroke while the ticket's
 * messages stay the same, so each message is split once, not once per key press.
 */
const messageShingles = new Map<string, ReadonlySet<string>>();
const MAX_CACHED_MESSAGES = 64;

function shinglesOf(message: string): ReadonlySet<string> {
  const cached = messageShingles.get(message);
  if (cached) return cached;
  const set = new Set(shingles(normalisedWords(prepareText(message).read)));
  if (messageShingles.size >= MAX_CACHED_MESSAGES) messageShingles.clear();
  messageShingles.set(message, set);
  return set;
}

interface Overlap {
  /** Per section word: 1 when it is part of a shingle found in the message. */
  covered: Uint8Array;
  /** Longest run of consecutive section words found verbatim: [first, last] word index. */
  longest: { from: number; to: number } | undefined;
}

function overlapWith(sectionKeys: readonly string[], sectionWordCount: number, message: ReadonlySet<string>): Overlap {
  const covered = new Uint8Array(sectionWordCount);
  let longest: Overlap['longest'];
  let runStart = -1;
  for (let i = 0; i <= sectionKeys.length; i += 1) {
    const hit = i < sectionKeys.length && message.has(sectionKeys[i] as string);
    if (hit) {
      covered.fill(1, i, i + SHINGLE);
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      const run = { from: runStart, to: i - 1 + SHINGLE - 1 };
      if (!longest || run.to - run.from > longest.to - longest.from) longest = run;
      runStart = -1;
    }
  }
  return { covered, longest };
}

/** Spans of the text inside quotation marks; an unclosed quote runs to the end. Linear. */
function quotedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (open < 0 && (ch === '"' || ch === '“' || ch === '«')) open = i;
    else if (open >= 0 && (ch === '"' || ch === '”' || ch === '»')) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length });
  return spans;
}

const SAYING = String.raw`(?:wrote|writes|said|says|reported|reports|asked|asks|explained|mentioned|complained|emailed|messaged|replied|commented|told us)`;
/** "Dana wrote: "…", "The customer says "…", "Customer: "…" — a quote attributed to a person. */
const ATTRIBUTED_QUOTE = new RegExp(
  String.raw`(?:\b(?:(?:[Tt]he\s+)?(?:[Cc]ustomer|[Cc]lient|[Uu]ser|[Rr]equester|[Tt]hey|[Ss]he|[Hh]e)|(\p{Lu}\p{Ll}+))\s+${SAYING}[ \t]*[:,]?|\b(?:[Cc]ustomer|[Cc]lient|[Rr]equester)[ \t]*:)\s*["“«]`,
  'gu',
);
const CLOSING_QUOTE = /["”»]/gu;
/** Attributions looked at: a real note has one or two; hostile text could have thousands. */
const MAX_ATTRIBUTIONS = 20;

function quotesCustomerWholesale(text: string): { start: number; end: number } | undefined {
  let seen = 0;
  for (const match of text.matchAll(ATTRIBUTED_QUOTE)) {
    if ((seen += 1) > MAX_ATTRIBUTIONS) break;
    // "Chrome says "…"" is a browser's error message, not a person.
    const name = match[1]?.toLowerCase();
    if (name && (ENVIRONMENT_TERMS.has(name) || TECHNICAL_TERMS.has(name) || NAMED_TOOLS.has(name))) continue;
    const quoteStart = match.index + match[0].length;
    CLOSING_QUOTE.lastIndex = quoteStart;
    const end = CLOSING_QUOTE.exec(text)?.index ?? text.length;
    if (normalisedWords(text.slice(quoteStart, end)).length >= LONG_RUN_WORDS) return { start: match.index, end };
  }
  return undefined;
}

/** Lines quoted e-mail style ("> …") making up most of the section. */
function isMostlyMailQuote(text: string, sectionWords: number): boolean {
  let quotedWords = 0;
  for (const line of text.split('\n')) {
    if (/^\s*>/u.test(line)) quotedWords += normalisedWords(line).length;
  }
  return quotedWords >= LONG_RUN_WORDS && quotedWords >= MOSTLY_SHARE * sectionWords;
}

/**
 * Flags a "What's happening" section that is mostly a customer's message. `shown` is the prepared
 * section text. A long verbatim run inside quotation marks is a quoted error message and passes,
 * unless the section is mostly that quote.
 */
export function findPastedCustomerMessage(shown: string, customerMessages: readonly string[]): LintFinding[] {
  const words = normalisedWords(shown.replace(/[\u2018\u2019\u02BC]/gu, "'"));
  const excerptOf = (from: number, to: number) => toExcerpt(shown.slice((words[from] as WordAt).start, (words[to] as WordAt).end));

  const wholesale = quotesCustomerWholesale(shown);
  if (wholesale) return [{ rule: 'pasted-customer-message', message: QUOTED_MESSAGE, excerpt: toExcerpt(shown.slice(wholesale.start, wholesale.end)) }];
  if (isMostlyMailQuote(shown, words.length)) return [{ rule: 'pasted-customer-message', message: QUOTED_MESSAGE, excerpt: toExcerpt(shown) }];
  if (words.length < SHINGLE) return [];

  const keys = shingles(words);
  const quotes = quotedSpans(shown);
  const quoted = words.map((w) => quotes.some((q) => q.start <= w.start && w.end <= q.end));
  const inQuotes = (from: number, to: number) => quoted.slice(from, to + 1).every(Boolean);
  // Judge the agent's own words: a long error message quoted inside them is not a paste. When
  // nearly everything is in quotes, the quote is the section and is judged as such.
  const ownWords = quoted.filter((q) => !q).length;
  const judged = ownWords >= MIN_SHARED_WORDS ? quoted.map((q) => !q) : quoted.map(() => true);
  const judgedCount = ownWords >= MIN_SHARED_WORDS ? ownWords : words.length;

  for (const message of customerMessages.slice(0, MAX_MESSAGES)) {
    const { covered, longest } = overlapWith(keys, words.length, shinglesOf(message));
    const shared = covered.reduce((sum, c, i) => sum + (judged[i] ? c : 0), 0);
    const mostly = shared >= MIN_SHARED_WORDS && shared >= MOSTLY_SHARE * judgedCount;
    const longPaste = longest !== undefined && longest.to - longest.from + 1 >= LONG_RUN_WORDS && !inQuotes(longest.from, longest.to);
    if ((mostly || longPaste) && longest) {
      return [{ rule: 'pasted-customer-message', message: MESSAGE, excerpt: excerptOf(longest.from, longest.to) }];
    }
  }
  return [];
}
