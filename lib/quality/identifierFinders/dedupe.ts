// Ticket-level dedupe: one find per value, and no find that a longer find of the same kind already says.
import type { Identifier, IdentifierKind } from '../types';

/** Above this many finds of one kind, repeats are not looked for (keeps hostile tickets linear). */
const MAX_REPEAT_CHECK = 200;

/**
 * Leaves out a find that a longer find of the same kind already says: "409" and "409 Conflict"
 * next to "HTTP 409 Conflict", "07:41 UTC" next to "2025-05-07 07:41 UTC", "m.lund" next to
 * "m.lund@example.com", an address next to the same address with its port.
 */
export function withoutRepeats(finds: Identifier[]): Identifier[] {
  const byKind = new Map<IdentifierKind, string[]>();
  for (const find of finds) {
    const values = byKind.get(find.kind) ?? [];
    values.push(find.value.toLowerCase());
    byKind.set(find.kind, values);
  }
  // The same value under two kinds ("practice ID HFP-1" then "HFP-1" alone): the first reading wins.
  const seen = new Set<string>();
  return finds.filter((find) => {
    const value = find.value.toLowerCase();
    const key = value.replace(/^#/, '');
    if (seen.has(key)) return false;
    seen.add(key);
    const others = byKind.get(find.kind) ?? [];
    if (others.length > MAX_REPEAT_CHECK) return true;
    return !others.some((other) => other.length > value.length && containsAsWords(other, value));
  });
}

/** `inner` occurs in `outer` with no letter or digit joined to it on either side. */
function containsAsWords(outer: string, inner: string): boolean {
  for (let at = outer.indexOf(inner); at !== -1; at = outer.indexOf(inner, at + 1)) {
    const left = outer.charAt(at - 1);
    const right = outer.charAt(at + inner.length);
    if (!/[\p{L}\p{N}_]/u.test(left) && !/[\p{L}\p{N}_]/u.test(right)) return true;
  }
  return false;
}
