// "What's been tried": the troubleshooting steps agents recorded on a ticket, each as
// "action → result" with the entry it came from. Deterministic and explainable: a step is
// found only where an agent's own words state it, and a result only where the text says one.
import type { TicketContext, TimelineEntry } from '../context';
import { squash, stripInvisible } from '../text';
import type { TriedStep } from './types';
import { newReadingMemo } from './triedClause';
import { stepsInEntry } from './triedEntry';
import { followUpSteps } from './triedFollowUp';
import { sameStep, stepWords } from './triedKey';

/** A handoff lists the main steps; more is noise for L2. */
export const MAX_TRIED_STEPS = 12;

/** Agents' entries, and internal notes whose author the helpdesk did not say (only agents write those). */
function isStepSource(entry: TimelineEntry): boolean {
  return entry.authorRole === 'agent' || (entry.authorRole === 'unknown' && entry.visibility === 'internal');
}

/** First names of the ticket's customers, so "Dana cleared the cache" reads as the customer's step. */
function customerNames(context: TicketContext): Set<string> {
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    const first = squash(stripInvisible(name ?? '')).split(' ')[0]?.toLowerCase() ?? '';
    if (/^\p{L}{2,}$/u.test(first)) names.add(first);
  };
  add(context.requester.name);
  for (const entry of context.timeline) if (entry.authorRole === 'customer') add(entry.author);
  return names;
}

const plain = (text: string) => squash(stripInvisible(text));

/**
 * The steps tried on this ticket, in timeline order, at most MAX_TRIED_STEPS. The same step
 * reported twice (a public reply and an internal note) is listed once, where it first appears;
 * when only a later mention states the result, the step takes that result and that source.
 */
export function extractTried(context: TicketContext): TriedStep[] {
  const steps: TriedStep[] = [];
  const identities: string[][] = [];
  const names = customerNames(context);
  const memo = newReadingMemo();
  const wordsOf = new Map<string, string[]>();
  for (const [index, entry] of context.timeline.entries()) {
    // Full, and every step has its result: nothing later can change the list.
    if (steps.length >= MAX_TRIED_STEPS && steps.every((step) => step.result !== undefined)) break;
    if (!isStepSource(entry) || !entry.text.trim()) continue;
    const options = { internal: entry.visibility === 'internal', customerNames: names, memo };
    // The entry's own steps, then what it asked the customer to try, if their next message says how it went.
    const found = [...stepsInEntry(entry.text, options), ...followUpSteps(context.timeline, index, { ...options, lenient: false })];
    if (found.length === 0) continue;
    const author = plain(entry.author);
    for (const draft of found) {
      let words = wordsOf.get(draft.action);
      if (!words) {
        words = stepWords(draft.action);
        wordsOf.set(draft.action, words);
      }
      if (words.length === 0) continue;
      // Drafts are already plain text: read from stripInvisible'd, squashed lines.
      const step: TriedStep = {
        action: draft.action,
        ...(draft.result !== undefined ? { result: draft.result } : {}),
        source: {
          entryId: entry.id,
          ...(author ? { author } : {}),
          ...(entry.at !== undefined ? { at: entry.at } : {}),
          excerpt: draft.excerpt,
        },
      };
      const seen = identities.findIndex((other) => sameStep(other, words));
      if (seen !== -1) {
        const earlier = steps[seen];
        if (earlier && earlier.result === undefined && step.result !== undefined) {
          steps[seen] = { ...earlier, result: step.result, source: step.source };
        }
        continue;
      }
      // Past the cap, later entries can still state the result of a step already listed.
      if (steps.length >= MAX_TRIED_STEPS) continue;
      steps.push(step);
      identities.push(words);
    }
  }
  return steps;
}

/** One line for the handoff: "Cleared cache → same error", "Tried incognito → result not stated". */
export function formatStep(step: TriedStep): string {
  return `${step.action} → ${step.result ?? 'result not stated'}`;
}
