// Event times in one text: clock times with their date and zone as written; not appointments or durations.
import { type Claim, scan } from '../sourceRef';
import { type ClaimKind, claim } from './claims';
import { DURATION_AFTER, NOT_AN_EVENT_BEFORE, NOT_AN_EVENT_RIGHT_BEFORE, TIME } from './timePatterns';

/** Clock times of events, with their date and zone as written; not appointments or durations. */
export function times(text: string, present: ReadonlySet<string>): Claim<ClaimKind>[] {
  const claims: Claim<ClaimKind>[] = [];
  scan(TIME, text, present, (match) => {
    const value = match[0].trimEnd();
    const end = match.index + value.length;
    const sentenceStart = Math.max(0, match.index - 100);
    const before = text.slice(sentenceStart, match.index);
    if (NOT_AN_EVENT_BEFORE.test(before) || NOT_AN_EVENT_RIGHT_BEFORE.test(before)) return;
    if (DURATION_AFTER.test(text.slice(end, end + 10))) return;
    claims.push(claim('time', value, match.index));
  });
  return claims;
}
