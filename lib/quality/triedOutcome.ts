// Whether a phrase opens with a stated outcome: "same error", "no change", "works", "still
// fails with 502". Looked up by its first word, then (for words that need company, like "no"
// or "still") one small pattern: a single regex of every outcome phrasing took the browser over
// ten milliseconds to compile, paid on the first ticket a panel opens.
import { clipWords } from './triedWords';

/** How long a result may be, in words: a finding is sometimes a whole clause ("last seen 18:12 UTC, no push since"). */
const RESULT_WORDS = 14;
/** And in characters: values and codes make long words. */
const RESULT_CHARS = 140;

/** Words that state an outcome by themselves at the start of a result. */
const OUTCOME_WORDS = new Set([
  'same', 'nothing', 'n/c', 'unable', 'cannot',
  "didn't", 'didnt', "doesn't", 'doesnt', "won't", 'wont', "wasn't", 'wasnt', "isn't", 'isnt', "can't", 'cant',
  "couldn't", 'couldnt', "wouldn't", 'wouldnt', "hasn't", 'hasnt',
  'work', 'works', 'worked', 'working', 'workin', 'fixed', 'fixes', 'resolved', 'resolves', 'solved', 'sorted',
  'succeeded', 'fail', 'fails', 'failed', 'failing', 'failure', 'error', 'errors', 'persist', 'persists', 'persisted',
  'unchanged', 'ok', 'okay', 'fine', 'good', 'great', 'perfect', 'helped', 'helps',
  'return', 'returns', 'returned', 'give', 'gives', 'gave', 'show', 'shows', 'showed', 'showing', 'throw', 'throws',
  'threw', 'throwing', 'get', 'gets', 'getting', 'saw', 'sees', 'seeing', 'found', 'find', 'finds',
  'timeout', 'timeouts', 'timedout', 'clean', 'green', 'load', 'loads', 'loaded', 'loading', 'gone', 'disappeared',
  'inconclusive', 'negative', 'positive', 'blank', 'empty', 'hang', 'hangs', 'hung', 'crash', 'crashes', 'crashed',
  'crashing', 'froze', 'freezes', 'frozen', 'spins', 'spinning', 'stuck', 'nope', 'nada', 'zilch', 'partial',
  'partially', 'intermittent', 'intermittently', 'only', 'operational', 'valid', 'invalid', 'correct', 'incorrect',
  'match', 'matches', 'matched', 'mismatch', 'mismatched', 'expired', 'worse', 'better', 'slower', 'faster',
  'bounce', 'bounced', 'rejected', 'denied', 'accepted', 'refused', 'blocked', 'yes', 'yep', 'nope',
  'completed', 'completes', 'finished', 'succeeds', 'stopped', 'connects', 'syncs', 'delivered',
  'repro', "repro'd", 'reprod', 'reproduced', 'reproduces', 'reproducible', 'repros', 'neither', 'none',
]);

const PROBLEM = '(?:error|issue|problem|bug|behaviou?r|symptoms?|message|crash(?:es)?|outage)s?';
const PERSISTS =
  '(?:persists?|persisted|remains?|remained|continues?|is still|still|went away|is gone|gone|resolved|fixed|cleared|came back|returned|comes back|reoccurred|recurred|unchanged|disappeared|reappeared|is back|keeps)\\b';
const CAN_DO = '(?:now )?(?:log|login|sign|access|connect|see|sync|send|receive|use|open|load|download|upload|print|save|repro|reproduce)\\b';

const problemPersists = new RegExp(`^(?:the |that |this |same )?${PROBLEM} ${PERSISTS}`);

/** First words that state an outcome only with the words after them. Tested on the lower-cased phrase. */
const OUTCOME_OPENERS = new Map<string, RegExp>([
  ['the', new RegExp(`^the (?:same\\b|${PROBLEM} ${PERSISTS})`)],
  ['that', problemPersists],
  ['this', problemPersists],
  ...['issue', 'issues', 'problem', 'problems', 'bug', 'bugs', 'behaviour', 'behavior', 'symptom', 'symptoms', 'message', 'messages', 'outage'].map(
    (word) => [word, problemPersists] as [string, RegExp],
  ),
  // "still need the HAR" / "still on v5" are not outcomes.
  ['still', /^still\b(?! (?:need|needs|waiting|awaiting|pending|to be|have|has|on|in|using|with us|no (?:reply|response|answer))\b)/],
  // A bare "no" answers "did it help?" in a list: "incognito - no".
  ['no', /^no(?:[.!]*$| (?:change|changes|luck|difference|improvement|effect|dice|joy|success|go|help|errors?|issues?|problems?|better|different|fix|resolution|avail|response|connection|sync|longer)\b)/],
  ['to', /^to no avail\b/],
  ['without', /^without (?:success|luck|any (?:change|improvement|difference|luck))\b/],
  ['not', /^not (?:fixed|resolved|working|helpful|reproducible|able|better|loading|syncing|a fix)\b/],
  ['did', /^did (?:not|the trick|nothing)\b/],
  ['does', /^does not\b/],
  ['has', /^has not\b/],
  ['could', new RegExp(`^could (?:not\\b|${CAN_DO})`)],
  ['can', new RegExp(`^can ${CAN_DO}`)],
  ...['is', 'are', 'was', 'were'].map((word) => [word, /^(?:is|are|was|were) (?:now )?able to\b/] as [string, RegExp]),
  ['able', /^able to\b/],
  // "now waiting on the customer" is a status, not an outcome.
  ['now', /^now\b(?! (?:waiting|pending|awaiting|escalat\w*|need|we|i|checking|trying|looking|asking)\b)/],
  ['all', /^all (?:with (?:the )?same|the same|good|normal|clear|green|fine|ok|okay|operational|passed|failed|fail|same|still)\b/],
  ['0', /^0 (?:errors?|failures?|issues?)\b/],
  ['zero', /^zero (?:errors?|failures?|issues?)\b/],
  // "got them to retry" is a request, not an outcome.
  ['got', /^got\b(?! (?:them|him|her|cx|the (?:customer|user)|a hold|back to)\b)/],
  ['timed', /^timed out\b/],
  ['time', /^time ?out\b/],
  ['times', /^times out\b/],
  ['timing', /^timing out\b/],
  ['went', /^went away\b/],
  // "passed it to engineering" is a handover, not a test that passed.
  ['passed', /^passed\b(?! (?:it|this|that|them|to|on|along|over|the)\b)/],
  ['passes', /^passes\b(?! (?:it|this|that|them|to|on|along|over|the)\b)/],
  ['back', /^back to normal\b/],
  ...['look', 'looks', 'looked', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared'].map(
    (word) =>
      [word, /^[a-z]+ (?:fine|good|ok|okay|correct|normal|clean|healthy|right|to work|to be working|to help|fixed|resolved|broken|wrong|the same|unchanged)\b/] as [
        string,
        RegExp,
      ],
  ),
  ['made', /^made (?:no difference|a difference|it worse)\b/],
  ['had', /^had no effect\b/],
  ['changed', /^changed nothing\b/],
  ['http', /^http [1-5]\d\d\b/],
  ['both', /^both (?:failed|fail|same|still|didn'?t|did not|worked|work|fine|ok)\b/],
  ['confirmed', /^confirmed (?:working|fixed|resolved|ok|fine|good)\b/],
  ['verified', /^verified (?:working|fixed|resolved|ok|fine|good)\b/],
  ['known', /^known (?:issue|bug)\b/],
  ...['there', "there's", 'theres'].map((word) => [word, /^there(?:'s|s| is| are| was| were) (?:no|nothing|none)\b/] as [string, RegExp]),
]);

/** "prints fine now", "synced successfully": a verb and how it went. */
const VERB_THEN_MANNER = /^[a-z]+(?:s|ed) (?:fine|ok|okay|again|correctly|properly|normally|successfully|now|as expected)\b/;

/** The first word, lower-cased, without the punctuation after it: "Works!" → "works". */
function firstWord(lower: string): string {
  const space = lower.indexOf(' ');
  let word = space === -1 ? lower : lower.slice(0, space);
  let end = word.length;
  while (end > 0 && ',.;:!?)"\''.includes(word.charAt(end - 1))) end -= 1;
  word = word.slice(0, end);
  return word;
}

/** Whether `text` opens with an outcome ("same error", "no change", "works", "502 again"). */
export function opensWithOutcome(text: string): boolean {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const first = firstWord(lower);
  if (OUTCOME_WORDS.has(first) || first.startsWith('success') || /^[1-5]\d\ds?$/.test(first)) return true;
  if (OUTCOME_OPENERS.get(first)?.test(lower)) return true;
  return VERB_THEN_MANNER.test(lower);
}

/** Lower-cases a result's first letter unless it starts an acronym ("SAML error", "OK"). */
export function resultCase(text: string): string {
  // "Same error" → "same error", but "Grammarly is the culprit" keeps its name.
  return opensWithOutcome(text) && /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** A result as the panel shows it: lower-case start, a few words. */
export function shownResult(text: string): string {
  return clipWords(resultCase(text), RESULT_WORDS, RESULT_CHARS);
}
