// Investigation written as findings: "TURN logs for tenant 12: allocations time out", "Status
// page → all green", "Nothing in the error log for that job". The agent looked at something and
// says what it showed; the step is the look ("Checked TURN logs for tenant 12"), the result is
// what it showed, in the agent's words.
import type { ActionHead, ClauseContext } from './triedContext';
import { DETAIL_LABEL, HEDGED, QUESTION_START, REQUEST_START, STATEMENT_WORD } from './triedPhrases';
import { bare, leadingWords, trimPunctuation, wordCountOver } from './triedWords';

/** Things an agent looks at: logs, traces, status pages, settings, consoles, release notes. */
const SOURCE_WORD =
  /^(?:logs?|logfiles?|traces?|status|page|config|configuration|settings|notes|dashboard|console|portal|history|headers|diag|diagnostics|metrics|audit|cloud|kibana|grafana|datadog|sentry|splunk|cloudwatch|admin|check)$/i;

const TOOL_NAME = /^(?:kibana|grafana|datadog|sentry|splunk|cloudwatch)$/i;
/** How far into the phrase its source word may come ("delivery worker logs for …"). */
const SOURCE_WITHIN_WORDS = 5;
/** A findings label is a short phrase: longer, it is prose. */
const MAX_LABEL_WORDS = 16;
const MAX_HEAD_WORDS = 8;

/**
 * The step a noun phrase names when it labels findings: "SCIM logs, tenant 12" → "Checked SCIM
 * logs, tenant 12"; "Line check on 3041" stays as it is. Undefined for anything else ("Error",
 * "Printer is a TM-30", "Browser").
 */
export function sourceAction(label: string, head: ActionHead | undefined): string | undefined {
  const text = trimPunctuation(label);
  if (!head || head.theirs || head.reported || head.asked || head.done) return undefined;
  if (!text.includes(' ') || wordCountOver(text, MAX_LABEL_WORDS) || DETAIL_LABEL.test(bare(text))) return undefined;
  // "In Settings → Security": a menu path, not a look.
  if (/^(?:in|on|at|under|from|via|within|inside|into|to|go to|open|navigate)\b/iu.test(text)) return undefined;
  const comma = text.indexOf(', ');
  const first = comma === -1 ? text : text.slice(0, comma);
  if (wordCountOver(first, MAX_HEAD_WORDS) || STATEMENT_WORD.test(first) || HEDGED.test(first)) return undefined;
  const words = leadingWords(first, SOURCE_WITHIN_WORDS).map((word) => bare(word));
  // "TURN logs", "Sync log": a word that could be a verb, naming the kind of log.
  if (head.kind !== 'noun' && !(head.kind === 'base' && SOURCE_WORD.test(words[1] ?? '') && !/^check$/i.test(words[1] ?? ''))) return undefined;
  const at = words.findIndex((word) => SOURCE_WORD.test(word));
  if (at === -1) return undefined;
  // "Line check on 3041", "Health check": already a step.
  if (/^check$/i.test(words[at] ?? '')) return text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  // "Device status" → "Checked device status"; names and acronyms keep their case ("Kibana", "TURN logs").
  const shown = /^\p{Lu}\p{Ll}/u.test(text) && !TOOL_NAME.test(words[0] ?? '') ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  return `Checked ${shown.replace(/^(?:the|our) /iu, '')}`;
}

/** Whether a findings text is something the agent saw, not a request, a question or a guess. */
export function isFinding(text: string): boolean {
  const plain = trimPunctuation(text);
  return plain !== '' && !plain.endsWith('?') && !QUESTION_START.test(plain) && !REQUEST_START.test(plain) && !HEDGED.test(leadingWords(plain, 3).join(' '));
}

/** "Nothing on our status page for webhooks", "No errors in the sync log": a look that found nothing. */
const NOTHING_IN =
  /^(nothing|no (?:errors?|incidents?|issues?|alerts?|entries|hits|matches|events?|failures?|problems?|outages?|warnings?|records?|results?)(?: \S+)?) (?:(?:on|in|at) )(?:(?:our|the|their|his|her|its|this|that) )?(.+)$/i;

export function nothingFound(text: string, ctx: ClauseContext, analyse: (raw: string, ctx: ClauseContext) => ActionHead | undefined): { action: string; result: string } | undefined {
  const match = NOTHING_IN.exec(text);
  if (!match) return undefined;
  let source = match[2] ?? '';
  const cut = / (?:for|at the moment|right now|currently|today|since|as of)\b/i.exec(source);
  const tail = cut ? source.slice(cut.index + 1) : '';
  if (cut) source = source.slice(0, cut.index);
  const action = sourceAction(source, analyse(source, ctx));
  if (!action) return undefined;
  const forWhat = /^for (.+)$/i.exec(tail)?.[1]?.replace(/ (?:at the moment|right now|currently|today|so far|yet)\b.*$/i, '');
  const found = (match[1] ?? '').toLowerCase();
  return { action, result: forWhat && !wordCountOver(forWhat, 3) ? `${found} for ${trimPunctuation(forWhat)}` : found };
}
