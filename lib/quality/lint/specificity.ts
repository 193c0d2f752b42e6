// Whether a sentence says something concrete. The vague rule judges a trigger phrase by the
// sentence it sits in ("not working" next to "38 SAML users since 09:10 UTC" is fine), and the
// verify-first rule asks for a concrete target; both ask the questions below.

import { isContentWord, type Sentence, splitSentences, type Token, tokenize } from './tokens';
import {
  ENVIRONMENT_OR_TIME_PHRASE,
  ENVIRONMENT_TERMS,
  FILLER_WORDS,
  GENERIC_CAPITALISED,
  NAMED_TOOLS,
  NON_NAME_ACRONYMS,
  TECHNICAL_TERMS,
  TIME_TERMS,
} from './wordLists';

/**
 * A sentence with its tokens and whether it carries concrete detail, each worked out on first use
 * and kept: most sentences of a note never need either, and a hostile one may have thousands.
 */
export interface ReadSentence extends Sentence {
  tokens(): Token[];
  concrete(): boolean;
  /**
   * Concrete beyond naming a kind of technology: "VPN not working" names what fails but says nothing
   * L2 can act on; "VPN error 809 since the KB5036893 update" does. See GENERIC_TECH.
   */
  specific(): boolean;
}

function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

/**
 * Sentences the lint reads per section. A real section has a handful; thousands mean a paste, whose
 * first sentences are as telling as the rest (and the word limit reports its size).
 */
const MAX_SENTENCES = 400;

export function readSentences(text: string): ReadSentence[] {
  return splitSentences(text).slice(0, MAX_SENTENCES).map((sentence) => {
    const tokens = once(() => tokenize(sentence.text));
    const concrete = once(() => hasConcreteDetail(sentence.text, tokens()));
    return { ...sentence, tokens, concrete, specific: once(() => concrete() && hasConcreteDetail(sentence.text, tokens(), GENERIC_TECH)) };
  });
}

// Every pattern below is either anchored to one token or has bounded repetition, so a hostile
// 20,000-character sentence costs a linear pass, never a backtracking blow-up.
const HAS_DIGIT = /\p{Nd}/u;
const SUPPORT_TIER = /^(?:[LlTt]|[Tt]ier|[Ll]evel)[1-4]$/u;
const TIER_WORD = /^(?:[Tt]ier|[Ll]evel)$/u;
const URL_OR_PATH = /^(?:https?:\/\/|www\.|\/[\p{L}\p{N}_-])/iu;
const EMAIL = /[\p{L}\p{N}]@[\p{L}\p{N}]/u;
const SNAKE_CASE = /[\p{L}\p{N}]_[\p{L}\p{N}]/u;
const DOTTED_NAME = /\p{L}\p{L}\.\p{L}\p{L}/u;
const ACRONYM = /^\p{Lu}{2,6}s?$/u;
const MIXED_CASE = /^(?:\p{Ll}+|\p{Lu}\p{Ll}+)\p{Lu}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const HAS_QUOTE_MARK = /["“”„«»`']/u;
const QUOTED = /["“”„«»`]([^"“”„«»`\n]{2,200})["“”„«»`]|(?<![\p{L}\p{N}])'([^'\n]{2,200})'(?![\p{L}\p{N}])/gu;

/**
 * True when the sentence names something L2 can act on: a number (count, time, version, ID), a
 * quoted message, a URL/e-mail/identifier, a system, tool, browser or OS, a day or time zone, an
 * acronym or a capitalised name in mid-sentence. Generous on purpose: a specific note wrongly
 * flagged costs more trust than a vague one missed.
 */
export function hasConcreteDetail(sentence: string, tokens: readonly Token[], ignored?: ReadonlySet<string>): boolean {
  const shouting = once(() => isShouting(sentence));
  return (
    tokens.some((token, i) => !ignored?.has(token.key) && isConcreteToken(token, tokens[i - 1], shouting)) ||
    ENVIRONMENT_OR_TIME_PHRASE.test(sentence) ||
    (HAS_QUOTE_MARK.test(sentence) && hasMeaningfulQuote(sentence))
  );
}

function isConcreteToken(token: Token, previous: Token | undefined, shouting: () => boolean): boolean {
  const { word, key, raw } = token;
  if (word === '') return false;
  // "L2", "tier 2" are about the support process, not the problem.
  if (HAS_DIGIT.test(word)) return !SUPPORT_TIER.test(word) && !(/^[1-4]$/u.test(word) && TIER_WORD.test(previous?.word ?? ''));
  if (URL_OR_PATH.test(raw) || EMAIL.test(word) || SNAKE_CASE.test(word) || DOTTED_NAME.test(word)) return true;
  if (TECHNICAL_TERMS.has(key) || NAMED_TOOLS.has(key) || ENVIRONMENT_TERMS.has(key) || TIME_TERMS.has(key)) return true;
  // In an all-caps rant, capitals are volume, not names.
  if (shouting()) return false;
  if (ACRONYM.test(word)) return !NON_NAME_ACRONYMS.has(key);
  if (MIXED_CASE.test(word)) return true;
  // "Please Investigate" is title case, not a name.
  return !token.opensClause && CAPITALISED.test(word) && !GENERIC_CAPITALISED.has(key) && !FILLER_WORDS.has(key);
}

/**
 * Kinds of technology rather than a thing L2 can find: the system named alone ("SSO", "the API",
 * "DNS") does not say which, where or what it showed. Named products and tools are not in here.
 */
const GENERIC_TECH = new Set([
  ...TECHNICAL_TERMS,
  ...`spf dkim dmarc ui ux db url urls http https ip tcp udp wifi wi-fi backend frontend server servers app apps
  network internet email e-mail login sync integration`.split(/\s+/u),
]);

/** Words that make a quote an error message: what the customer sees, however generic it reads. */
const ERROR_WORDS = new Set(
  `error failed failure invalid denied forbidden unauthorized unauthorised expired timeout timed wrong
  exception refused rejected declined unavailable unable cannot missing mismatch unexpected blocked`.split(/\s+/u),
);

/**
 * A quote that shows something: an error message ("Upload failed"), a number, a short label
 * ("Processing"), or a phrase with two real words. "The app is not working" in quotes is still vague.
 */
function hasMeaningfulQuote(sentence: string): boolean {
  for (const match of sentence.matchAll(QUOTED)) {
    const words = tokenize(match[1] ?? match[2] ?? '');
    const content = words.filter(isContentWord).length;
    if (content >= 2 || (content >= 1 && words.length <= 2) || words.some((t) => HAS_DIGIT.test(t.word) || ERROR_WORDS.has(t.key))) {
      return true;
    }
  }
  return false;
}

function isShouting(sentence: string): boolean {
  const upper = sentence.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = sentence.match(/\p{Ll}/gu)?.length ?? 0;
  return upper + lower >= 8 && upper > 1.5 * lower;
}

// ---- Named targets: where L2 should look --------------------------------------------------------

/** Things L2 can open: logs, dashboards, settings, tables. */
const ARTIFACTS = new Set(
  `log logs trace traces metric metrics dashboard dashboards console setting settings config configuration
  table tables queue queues endpoint endpoints page pages panel report reports record records history event
  events job jobs flag flags toggle audit database db bucket index topic tab screen graph graphs chart
  alert alerts span spans entry entries template templates field fields rule rules workflow workflows
  automation automations integration integrations permission permissions role roles subscription
  subscriptions service services mailbox domain form forms schedule pipeline`.split(/\s+/u),
);

/** Qualifiers that do not say which one: "the error logs", "the admin page", "the server logs". */
const GENERIC_QUALIFIERS = new Set(
  `admin account accounts server system app application backend frontend internal general main error
  errors relevant related recent latest usual other default web feature customer user`.split(/\s+/u),
);

/** An identifier right after an artifact: "the flag beta-export", "the table invoice_lines". */
const IDENTIFIER_SHAPED = /[\p{L}\p{N}][-_.:/][\p{L}\p{N}]/u;

/**
 * True when a sentence names which log, page or setting: "SAML logs", "webhook delivery log",
 * "billing admin page", "the flag beta-export". "The logs" or "the admin page" name nothing.
 */
export function namesATarget(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => {
    if (!ARTIFACTS.has(token.key)) return false;
    const next = tokens[i + 1];
    if (next && IDENTIFIER_SHAPED.test(next.word)) return true;
    // Walk back over the noun phrase ("webhook delivery log") looking for a word that says which.
    for (let j = i - 1; j >= Math.max(0, i - 3); j -= 1) {
      const qualifier = tokens[j] as Token;
      if (ARTIFACTS.has(qualifier.key) || GENERIC_QUALIFIERS.has(qualifier.key)) continue;
      return isContentWord(qualifier);
    }
    return false;
  });
}
