// IDs recognisable by shape alone in one text: UUIDs, prefixed and business IDs, upper-case IDs, hashes, IP and MAC addresses.
import { type Claim, scan } from '../sourceRef';
import { type ClaimKind, claim } from './claims';
import {
  BUSINESS_ID,
  BUSINESS_KINDS,
  CAPS_ID,
  DOMAIN_USER,
  IPV4,
  IPV6_CANDIDATE,
  LONG_HEX,
  MAC_ADDRESS,
  NOT_A_CAPS_ID,
  OTHER_PREFIXED_ID,
  PREFIX_KINDS,
  PREFIXED_ID,
  UUID,
  VERSION_BEFORE,
} from './shapedIdPatterns';
import { kindBefore } from './textAround';

const ERROR_CONTEXT_BEFORE = /\b(?:code|error|errors|err|erro|fehler|erreur|errore|with|w\/|same|shows?|showing|got|gets?|getting|fails?|failed|again|throws?|returns?|returned)[^\S\n]{0,2}[:#]?[^\S\n]{0,2}$/i;

/** IDs recognisable by shape alone: UUIDs, API-prefixed IDs, business numbers, long hex. */
export function shapedIds(text: string, present: ReadonlySet<string>): Claim<ClaimKind>[] {
  const claims: Claim<ClaimKind>[] = [];
  scan(UUID, text, present, (match) => {
    claims.push(claim('request', match[0], match.index));
  });
  scan(PREFIXED_ID, text, present, (match) => {
    if (!/\d/.test(match.groups?.rest ?? '')) return;
    claims.push(claim(PREFIX_KINDS[match.groups?.prefix ?? ''] ?? 'other', match[0], match.index));
  });
  scan(OTHER_PREFIXED_ID, text, present, (match) => {
    claims.push(claim('other', match[0], match.index));
  });
  scan(BUSINESS_ID, text, present, (match) => {
    claims.push(claim(BUSINESS_KINDS[match.groups?.prefix ?? ''] ?? 'other', match[0], match.index));
  });
  scan(CAPS_ID, text, present, (match) => {
    const value = match[0];
    if (NOT_A_CAPS_ID.test(value) || /-(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)-/.test(value)) return;
    const digits = value.replace(/\D/g, '').length;
    const before = text.slice(Math.max(text.lastIndexOf('\n', match.index - 1) + 1, match.index - 25), match.index);
    // "(BF-219)", "failed with CAL-404": a short number reads as an error code; alone it may be a model ("AP-515").
    const asError = /\($/.test(before) || ERROR_CONTEXT_BEFORE.test(before);
    if (digits < 4 && !asError) return;
    claims.push(claim(asError ? 'error-code' : kindBefore(text, match.index, 'other'), value, match.index));
  });
  scan(DOMAIN_USER, text, present, (match) => {
    claims.push(claim('user', match[0], match.index));
  });
  scan(LONG_HEX, text, present, (match) => {
    const length = match[0].length;
    if ((length === 32 || length === 40 || length === 64) && /\d/.test(match[0]) && /[a-f]/i.test(match[0])) claims.push(claim('other', match[0], match.index));
  });
  return claims;
}

/** IPv4, IPv6 and MAC addresses. */
export function addresses(text: string, present: ReadonlySet<string>): Claim<ClaimKind>[] {
  const claims: Claim<ClaimKind>[] = [];
  scan(MAC_ADDRESS, text, present, (match) => {
    claims.push(claim('other', match[0], match.index));
  });
  scan(IPV6_CANDIDATE, text, present, (match) => {
    if (isIpv6(match[0])) claims.push(claim('other', match[0], match.index));
  });
  scan(IPV4, text, present, (match) => {
    if (!VERSION_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) claims.push(claim('other', match[0], match.index));
  });
  return claims;
}

/** Eight hex groups, or fewer with one "::"; at least one letter or "::" (so "10:11:00" is a time). */
function isIpv6(candidate: string): boolean {
  const doubles = candidate.split('::').length - 1;
  if (doubles > 1) return false;
  const groups = candidate.split(':').filter((group) => group !== '');
  if (groups.length < 2 || groups.some((group) => group.length > 4)) return false;
  return doubles === 1 ? groups.length <= 7 : groups.length === 8;
}
