// When two steps are the same step: the agent tells the customer "I've cleared the cache" and
// notes "Cleared cache -> same error" internally. Compared as bags of stemmed words, ignoring
// case, articles, who did it, and tense ("clear" / "cleared" / "clearing").

/** Words that do not change which step it is. */
const IGNORED = new Set([
  'a', 'an', 'the', 'customer', 'customers', 'cx', 'cust', 'user', 'users', 'client', 'their', 'his', 'her', 'them',
  'they', 'your', 'my', 'our', 'on', 'end', 'side', 'again', 'also', 'just', 'it', 'its', 'for', 'to', 'of', 'this',
  'that', 'both', 'all', 'some', 'with', 'w', 'and', 'had', 'have', 'has', 'i', 'we', 've',
]);

/** Past forms that the suffix rules below would not bring back to the base. */
const IRREGULAR: Record<string, string> = {
  ran: 'run', reran: 'rerun', sent: 'send', resent: 'resend', rebuilt: 'rebuild', troubleshot: 'troubleshoot',
  did: 'do', done: 'do', reprod: 'repro', reproed: 'repro', reproduced: 'repro', reproduce: 'repro', reproducing: 'repro',
  replicated: 'repro', replicate: 'repro', reinstallation: 'reinstall', reinstal: 'reinstall',
};

/** A crude stem, the same for every form of a word: "cleared", "clearing", "clears" → "clear". */
function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  let w = word;
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  // "resetting" → "resett" → "reset"; letters only ("service11" is not "service1").
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && /[b-df-hj-np-tv-z]/.test(w[w.length - 1] ?? '')) w = w.slice(0, -1);
  return w;
}

/** The step's identity: its stemmed words, sorted, without "tried" when there is more. */
export function stepWords(action: string): string[] {
  const words = action
    .toLowerCase()
    .replace(/['’-]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !IGNORED.has(word))
    .map(stem);
  // "Tried incognito" and "Incognito" are the same step; so are "Tried clearing cache" and "Cleared cache".
  const withoutTry = words.filter((word) => word !== 'try' && word !== 'attempt');
  return [...new Set(withoutTry.length ? withoutTry : words)].sort();
}

/**
 * Whether two steps are the same step: the same words, or every word of one is in the other
 * ("Resynced" and "Re-synced IdP metadata"; "Cleared cache" and "Cleared cache and cookies").
 */
export function sameStep(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every((word) => longer.includes(word));
}
