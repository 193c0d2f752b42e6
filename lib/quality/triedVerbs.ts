// The verbs of troubleshooting, in the forms agents write them. The extractor only believes a
// sentence is a step when it is led by one of these (or is written in step notation, "X → Y"):
// a closed list is what keeps "Customer is on Enterprise" or "Thanks for waiting" out.

/** [base, past] pairs. Keys are looked up without hyphens or apostrophes ("re-sent" = "resent"). */
const VERB_PAIRS: readonly (readonly [string, string])[] = [
  ['add', 'added'],
  ['adjust', 'adjusted'],
  ['allowlist', 'allowlisted'],
  ['apply', 'applied'],
  ['attempt', 'attempted'],
  ['bounce', 'bounced'],
  ['bump', 'bumped'],
  ['bypass', 'bypassed'],
  ['capture', 'captured'],
  ['change', 'changed'],
  ['check', 'checked'],
  ['clean', 'cleaned'],
  ['clear', 'cleared'],
  ['collect', 'collected'],
  ['compare', 'compared'],
  ['configure', 'configured'],
  ['confirm', 'confirmed'],
  ['connect', 'connected'],
  ['carry', 'carried'],
  ['correct', 'corrected'],
  ['create', 'created'],
  ['curl', 'curled'],
  ['cycle', 'cycled'],
  ['debug', 'debugged'],
  ['decrease', 'decreased'],
  ['delete', 'deleted'],
  ['deploy', 'deployed'],
  ['deprovision', 'deprovisioned'],
  ['disable', 'disabled'],
  ['disconnect', 'disconnected'],
  ['doublecheck', 'doublechecked'],
  ['downgrade', 'downgraded'],
  ['edit', 'edited'],
  ['empty', 'emptied'],
  ['enable', 'enabled'],
  ['execute', 'executed'],
  ['extend', 'extended'],
  ['fix', 'fixed'],
  ['flush', 'flushed'],
  ['follow', 'followed'],
  ['force', 'forced'],
  ['forceclose', 'forceclosed'],
  ['forget', 'forgot'],
  ['forcequit', 'forcequit'],
  ['generate', 'generated'],
  ['grant', 'granted'],
  ['grep', 'grepped'],
  ['impersonate', 'impersonated'],
  ['increase', 'increased'],
  ['import', 'imported'],
  ['inspect', 'inspected'],
  ['join', 'joined'],
  ['install', 'installed'],
  ['kill', 'killed'],
  ['log', 'logged'],
  ['lower', 'lowered'],
  ['look', 'looked'],
  ['merge', 'merged'],
  ['migrate', 'migrated'],
  ['modify', 'modified'],
  ['monitor', 'monitored'],
  ['move', 'moved'],
  ['open', 'opened'],
  ['patch', 'patched'],
  ['perform', 'performed'],
  ['ping', 'pinged'],
  ['powercycle', 'powercycled'],
  ['print', 'printed'],
  ['provision', 'provisioned'],
  ['pull', 'pulled'],
  ['purge', 'purged'],
  ['query', 'queried'],
  ['raise', 'raised'],
  ['readd', 'readded'],
  ['reapply', 'reapplied'],
  ['reauth', 'reauthed'],
  ['reauthenticate', 'reauthenticated'],
  ['reauthorize', 'reauthorized'],
  ['rebuild', 'rebuilt'],
  ['reboot', 'rebooted'],
  ['recheck', 'rechecked'],
  ['reconfigure', 'reconfigured'],
  ['reconnect', 'reconnected'],
  ['recreate', 'recreated'],
  ['redeploy', 'redeployed'],
  ['refresh', 'refreshed'],
  ['regenerate', 'regenerated'],
  ['reimport', 'reimported'],
  ['reindex', 'reindexed'],
  ['reinstall', 'reinstalled'],
  ['reinvite', 'reinvited'],
  ['reissue', 'reissued'],
  ['relaunch', 'relaunched'],
  ['relink', 'relinked'],
  ['relog', 'relogged'],
  ['reload', 'reloaded'],
  ['remove', 'removed'],
  ['renew', 'renewed'],
  ['reopen', 'reopened'],
  ['replace', 'replaced'],
  ['replay', 'replayed'],
  ['replicate', 'replicated'],
  ['repro', 'reprod'],
  ['reproduce', 'reproduced'],
  ['reprocess', 'reprocessed'],
  ['reprovision', 'reprovisioned'],
  ['reregister', 'reregistered'],
  ['rerun', 'reran'],
  ['resave', 'resaved'],
  ['resend', 'resent'],
  ['reset', 'reset'],
  ['restart', 'restarted'],
  ['restore', 'restored'],
  ['resubmit', 'resubmitted'],
  ['resync', 'resynced'],
  ['retest', 'retested'],
  ['retrigger', 'retriggered'],
  ['retry', 'retried'],
  ['reupload', 'reuploaded'],
  ['revert', 'reverted'],
  ['review', 'reviewed'],
  ['revoke', 'revoked'],
  ['roll', 'rolled'],
  ['rotate', 'rotated'],
  ['run', 'ran'],
  ['save', 'saved'],
  ['scan', 'scanned'],
  ['search', 'searched'],
  ['send', 'sent'],
  ['sign', 'signed'],
  ['simulate', 'simulated'],
  ['stop', 'stopped'],
  ['swap', 'swapped'],
  ['switch', 'switched'],
  ['sync', 'synced'],
  ['test', 'tested'],
  ['toggle', 'toggled'],
  ['trace', 'traced'],
  ['traceroute', 'tracerouted'],
  ['trigger', 'triggered'],
  ['troubleshoot', 'troubleshot'],
  ['try', 'tried'],
  ['turn', 'turned'],
  ['unblock', 'unblocked'],
  ['uninstall', 'uninstalled'],
  ['unlink', 'unlinked'],
  ['unlock', 'unlocked'],
  ['update', 'updated'],
  ['upgrade', 'upgraded'],
  ['upload', 'uploaded'],
  ['use', 'used'],
  ['validate', 'validated'],
  ['verify', 'verified'],
  ['walk', 'walked'],
  ['whitelist', 'whitelisted'],
  ['wipe', 'wiped'],
];

/** Past forms as agents misspell or abbreviate them, mapped to the base. */
const PAST_VARIANTS: Record<string, string> = {
  cleard: 'clear',
  clered: 'clear',
  tryed: 'try',
  trued: 'try',
  restared: 'restart',
  restarded: 'restart',
  rebooded: 'reboot',
  reinstaled: 'reinstall',
  reinsalled: 'reinstall',
  reseted: 'reset',
  reproed: 'repro',
  reprodd: 'repro',
  resended: 'resend',
  resynched: 'resync',
  synched: 'sync',
  verfied: 'verify',
  veified: 'verify',
  checkd: 'check',
  curld: 'curl',
  forgotten: 'forget',
  upgarded: 'upgrade',
  disbled: 'disable',
};

/** Gerunds that the "drop the e, add -ing" rule gets wrong. */
const IRREGULAR_GERUNDS: Record<string, string> = {
  reset: 'resetting',
  run: 'running',
  rerun: 'rerunning',
  stop: 'stopping',
  swap: 'swapping',
  log: 'logging',
  relog: 'relogging',
  grep: 'grepping',
  debug: 'debugging',
  scan: 'scanning',
  resubmit: 'resubmitting',
  repro: 'reproing',
  forget: 'forgetting',
};

/** Lower case, without hyphens and apostrophes: "Re-sent" → "resent", "repro'd" → "reprod". */
export function verbKey(word: string): string {
  const lower = word.toLowerCase();
  return /[-'’]/.test(lower) ? lower.replace(/[-'’]/g, '') : lower;
}

function gerundOf(base: string): string {
  const irregular = IRREGULAR_GERUNDS[base];
  if (irregular) return irregular;
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (base.endsWith('e') && !base.endsWith('ee')) return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}

const PAST_TO_BASE = new Map<string, string>();
const BASE_TO_PAST = new Map<string, string>();
const GERUND_TO_BASE = new Map<string, string>();
for (const [base, past] of VERB_PAIRS) {
  PAST_TO_BASE.set(past, base);
  BASE_TO_PAST.set(base, past);
  GERUND_TO_BASE.set(gerundOf(base), base);
}
for (const [variant, base] of Object.entries(PAST_VARIANTS)) PAST_TO_BASE.set(variant, base);

/**
 * Verbs that redo or reset something: "The export worker was restarted" is a step even in the
 * passive, where "The account was disabled" may only describe a state.
 */
export const REDO_VERBS = new Set([
  'bounce', 'clear', 'cycle', 'flush', 'kill', 'powercycle', 'purge', 'reapply', 'reauth', 'reauthenticate',
  'reboot', 'rebuild', 'reconnect', 'recreate', 'redeploy', 'refresh', 'regenerate', 'reimport', 'reindex',
  'reinstall', 'relaunch', 'relink', 'reload', 'reprocess', 'reprovision', 'rerun', 'resend', 'reset', 'restart',
  'resubmit', 'resync', 'retrigger', 'retry', 'rotate', 'sync', 'wipe',
]);

/** Verbs that are troubleshooting only with an outcome: "Sent a test mail → bounced", not "Sent Luis the KB". */
export const NEEDS_RESULT_VERBS = new Set(['send', 'print', 'carry', 'join', 'forget']);

/** Verbs that look at something: "Checked Jira for known issues" is a step, not ticket admin. */
export const INSPECTION_VERBS = new Set(['check', 'recheck', 'doublecheck', 'look', 'search', 'review', 'verify', 'confirm', 'query', 'inspect', 'compare', 'grep']);


/** "re-enabled", "re-joined": any listed verb, written with "re-" to say it was done again. */
const REDO_PREFIX = /^re-\p{L}{3}/iu;

/** The base form when `word` is the past form of a troubleshooting verb ("Re-sent" → "resend"). */
export function pastVerbBase(word: string): string | undefined {
  const base = PAST_TO_BASE.get(verbKey(word));
  if (base !== undefined || !REDO_PREFIX.test(word)) return base;
  const rest = PAST_TO_BASE.get(verbKey(word.slice(3)));
  return rest === undefined ? undefined : `re${rest}`;
}


/** The base form when `word` is a troubleshooting verb's base form ("clear"). */
export function isBaseVerb(word: string): boolean {
  return BASE_TO_PAST.has(verbKey(word)) || (REDO_PREFIX.test(word) && BASE_TO_PAST.has(verbKey(word.slice(3))));
}

/** The base form when `word` is the -ing form of a troubleshooting verb ("clearing" → "clear"). */
export function gerundVerbBase(word: string): string | undefined {
  const base = GERUND_TO_BASE.get(verbKey(word));
  if (base !== undefined || !REDO_PREFIX.test(word)) return base;
  const rest = GERUND_TO_BASE.get(verbKey(word.slice(3)));
  return rest === undefined ? undefined : `re${rest}`;
}

/**
 * `word` (a base or -ing form) in the past tense, keeping the writer's hyphen and capital:
 * "re-send" → "re-sent", "clearing" → "cleared". Undefined for verbs not on the list.
 */
export function toPast(word: string): string | undefined {
  if (REDO_PREFIX.test(word) && !BASE_TO_PAST.has(verbKey(word)) && !GERUND_TO_BASE.has(verbKey(word))) {
    const rest = toPast(word.slice(3));
    return rest === undefined ? undefined : `${word.slice(0, 3)}${rest}`;
  }
  const key = verbKey(word);
  const base = BASE_TO_PAST.has(key) ? key : GERUND_TO_BASE.get(key);
  const past = base === undefined ? undefined : BASE_TO_PAST.get(base);
  if (past === undefined) return undefined;
  // Keep "re-" when the writer hyphenated it: "re-send" → "re-sent".
  return /^re-/iu.test(word) && past.startsWith('re') ? `re-${past.slice(2)}` : past;
}

/** Every form of every verb, and the words that open "did a …", "was able to …", "couldn't reproduce". */
const ANY_FORM = new Set<string>([
  ...PAST_TO_BASE.keys(),
  ...BASE_TO_PAST.keys(),
  ...GERUND_TO_BASE.keys(),
  'did',
  'gave',
  'able',
]);

/**
 * Whether `text` uses any troubleshooting verb. A cheap test that lets the extractor skip the
 * many sentences of a long ticket that cannot hold a step.
 */
export function mentionsVerb(text: string): boolean {
  // The verbs are all ASCII: splitting the lower-cased text at anything else finds them.
  for (const word of text.toLowerCase().split(/[^a-z'’-]+/)) {
    if (word && (ANY_FORM.has(verbKey(word)) || (REDO_PREFIX.test(word) && ANY_FORM.has(verbKey(word.slice(3)))))) return true;
  }
  return false;
}
