// What the identifier finders produce: a find, a claim on a span of text, and the kinds they may claim.
import type { Claim } from '../sourceRef';
import type { IdentifierKind } from '../types';

export interface IdentifierFind {
  kind: IdentifierKind;
  /** As written, without quotes or trailing punctuation. */
  value: string;
  /** Where the value starts in the text given. */
  index: number;
}

export type ClaimKind = IdentifierKind | 'ignored';

/** A find plus what the ticket-level filter needs to know about e-mail addresses. */
export interface ScannedFind extends IdentifierFind {
  /** An e-mail introduced as a user ("user jane@…", "log in as jane@…"), kept even if it is the requester's. */
  labelledUser?: boolean;
}

export const claim = (kind: ClaimKind, value: string, index: number, start = index, end = index + value.length): Claim<ClaimKind> => ({ kind, value, index, start, end });
