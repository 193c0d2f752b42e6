// What the handoff-quality engine finds in a ticket. Every find names the timeline entry it came
// from, so the agent (and L2) can check it against the ticket: nothing is asserted without a source.

/** Where an extracted item was found. */
export interface SourceRef {
  /** The timeline entry's id (as the adapter mapped it), or `field:<label>` for a ticket field. */
  entryId: string;
  author?: string;
  /** ISO 8601, when the helpdesk gave the entry a time. */
  at?: string;
  /** A few words around the find, as plain text, shown on hover/focus in the panel. */
  excerpt: string;
}

/** One troubleshooting step: "Cleared cache → same error". */
export interface TriedStep {
  /** Short phrase, capitalised, no trailing period: "Cleared browser cache". */
  action: string;
  /** The result as the text states it ("same error", "works"); absent when the text states none. */
  result?: string;
  source: SourceRef;
}

export const ENVIRONMENT_KINDS = ['version', 'os', 'browser', 'device', 'network'] as const;
export type EnvironmentKind = (typeof ENVIRONMENT_KINDS)[number];

/** One detail of where the problem happens: "iOS 17.2", "Chrome 120", "corporate VPN". */
export interface EnvironmentDetail {
  kind: EnvironmentKind;
  /** As written in the ticket, trimmed: "Windows 11", "app 4.12.1". */
  value: string;
  source: SourceRef;
}

export const IDENTIFIER_KINDS = [
  'account',
  'user',
  'order',
  'request',
  'error-code',
  'error-message',
  'url',
  'time',
  'other',
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** Something L2 searches logs or admin tools with: an ID, an error, a URL, a time with its zone. */
export interface Identifier {
  kind: IdentifierKind;
  /** As written in the ticket: "ORD-88412", "ERR_CONNECTION_RESET", "14:32 CET". */
  value: string;
  source: SourceRef;
}
