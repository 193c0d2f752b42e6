import { HelpdeskIdSchema } from './context';
import { z } from './zod';

export const DRAFT_SCHEMA_VERSION = 1;

export const DraftSchema = z.object({
  schemaVersion: z.literal(DRAFT_SCHEMA_VERSION),
  /** One draft per helpdesk host + ticket: see draftKey(). */
  key: z.string().check(z.minLength(1)),
  helpdesk: HelpdeskIdSchema,
  host: z.string().check(z.minLength(1)),
  ticketId: z.string().check(z.minLength(1)),
  subject: z.optional(z.string()),
  /** The ticket page's address when the draft was last saved, for "open ticket" in the drafts manager. */
  url: z.optional(z.string()),
  templateId: z.string().check(z.minLength(1)),
  /** Section id → the agent's text (pre-filled text included once the agent has edited). */
  answers: z.record(z.string(), z.string()),
  /** Epoch ms of the last edit. */
  updatedAt: z.number(),
  /** Epoch ms of the last insert into the helpdesk's editor, if any. */
  insertedAt: z.optional(z.number()),
  /** What the agent dropped or reworded among Baton's finds in the ticket (see lib/quality/extracted.ts). */
  extraction: z.optional(
    z.object({
      dropped: z.array(z.string()).check(z.maxLength(500)),
      edited: z.record(z.string(), z.string()),
    }),
  ),
});
export type Draft = z.infer<typeof DraftSchema>;

/** Ticket ids repeat across helpdesk accounts, so the host is part of the key. */
export function draftKey(helpdesk: string, host: string, ticketId: string): string {
  return `${helpdesk}/${host}/${ticketId}`;
}
