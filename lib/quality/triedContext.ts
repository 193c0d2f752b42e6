// The types the clause readers share, and the memo that lets one ticket's repeated sentences
// (macros, signatures, copied notes) be read once.

/** A step as one sentence states it, before it is given its source. */
export interface StepDraft {
  action: string;
  result?: string;
}

export interface ClauseContext {
  /** Inside a "Troubleshooting so far:" list: a verbless item ("incognito: same error") is a step. */
  lenient: boolean;
  /** Verb for verbless items of an inline list: "Tried: A, B" → "Tried A", "Tried B". */
  listVerb?: string;
  /** Internal note: shorthand like "clear cache -> same" is the agent's own record, not advice. */
  internal: boolean;
  /** Lower-cased first names of the ticket's customers, read as subjects ("Dana cleared…"). */
  customerNames: ReadonlySet<string>;
  /** Readings already made for this ticket: tickets repeat macros, signatures and notes. */
  memo?: ReadingMemo;
}

/** Memoised readings for one ticket (one set of customer names). */
export interface ReadingMemo {
  sentences: Map<string, ClauseReading>;
  heads: Map<string, ActionHead | undefined>;
}

/** Bounds the memo on a hostile ticket; past this many readings it starts over. */
const MAX_MEMO_ENTRIES = 20_000;

export function newReadingMemo(): ReadingMemo {
  return { sentences: new Map(), heads: new Map() };
}

export function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= MAX_MEMO_ENTRIES) map.clear();
  map.set(key, value);
  return value;
}

export interface ClauseReading {
  steps: StepDraft[];
  /** The sentence only states an outcome ("Same error."): it belongs to the sentence before. */
  resultOnly?: string;
}

export type HeadKind = 'past' | 'tried' | 'did' | 'able' | 'gerund' | 'base' | 'passive' | 'noun';

/** What the start of a clause says about who did what. */
export interface ActionHead {
  kind: HeadKind;
  /** The action as it will be shown, before capitalising and clipping. */
  text: string;
  /** Requested of the customer ("Asked cx to…"): a step only once the outcome is stated. */
  asked: boolean;
  /** Done by the customer at the agent's request ("Had them…"). */
  done: boolean;
  /** Relayed from the customer ("cx confirmed…"), so a verbless subject is their step. */
  reported: boolean;
  /** Done by the customer or another third party ("cx upgraded…", "their admin re-created…"), not by support. */
  theirs: boolean;
  /** "Cache was cleared": only a step when an outcome is stated. */
  weak: boolean;
  /** "cx upgraded to Pro last week": theirs, and in the past before the ticket: background, unless an outcome is stated. */
  background: boolean;
  /** "Tried Chrome and Firefox": the objects are separate steps. */
  triedList: boolean;
  /** An outcome stated inside the head itself ("Couldn't reproduce on staging"). */
  impliedResult: string | undefined;
}

export type Inherited = Pick<ActionHead, 'asked' | 'done' | 'reported' | 'theirs'>;
