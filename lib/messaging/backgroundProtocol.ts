import { DraftSchema } from '../draft';
import { z } from '../zod';

// Kept apart from the panel protocol so the content script, which only sends
// 'bridge.insert', does not bundle the draft schema.

/** Any extension context → background (runtime.sendMessage). */
export const ToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('draft.get'), key: z.string() }),
  /** `writer`: which panel wrote it, so the others (same ticket, other tabs) can catch up. */
  z.object({ type: z.literal('draft.put'), draft: DraftSchema, writer: z.optional(z.string().check(z.maxLength(64))) }),
  /** Content script asks to run the editor bridge in its page's main world. */
  z.object({ type: z.literal('bridge.insert'), token: z.string().check(z.regex(/^[a-z0-9]{8,32}$/u)), html: z.string(), text: z.string() }),
]);
export type ToBackground = z.infer<typeof ToBackgroundSchema>;

/** Every background reply has this envelope, so callers can tell failure from "no draft". */
export type BackgroundReply<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Background → every extension page, after a draft was written: a panel showing the same
 * ticket in another tab reads it again, so no tab keeps (or writes back) stale text.
 */
export const DraftSavedSchema = z.object({
  type: z.literal('draft.saved'),
  key: z.string(),
  writer: z.optional(z.string()),
});
export type DraftSaved = z.infer<typeof DraftSavedSchema>;
