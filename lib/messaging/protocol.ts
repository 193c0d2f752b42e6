import { HelpdeskIdSchema, TicketContextSchema } from '../context';
import { DraftSchema } from '../draft';
import { z } from '../zod';

/** Name of the port the panel opens to its tab's content script. */
export const PANEL_PORT = 'baton-panel';

export const InsertResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    /** Set when the note landed but something about it needs the agent's eye. */
    warning: z.string().optional(),
    /** Which strategy of the chain put the note in. */
    strategy: z.string(),
    /** Whether the composer is known to be in internal-note mode. */
    internalNote: z.boolean(),
  }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);
export type InsertResult = z.infer<typeof InsertResultSchema>;

/** Content script → panel. */
export const ToPanelSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ticket'),
    /** 'none' when the page does not show a ticket (e.g. the dashboard). */
    state: z.enum(['loading', 'ready', 'none']),
    helpdesk: HelpdeskIdSchema.optional(),
    helpdeskLabel: z.string().optional(),
    noteFormat: z.enum(['html', 'text']).optional(),
    host: z.string().optional(),
    ticketId: z.string().optional(),
    context: TicketContextSchema.optional(),
  }),
  z.object({ type: z.literal('insertResult'), requestId: z.string(), result: InsertResultSchema }),
]);
export type ToPanel = z.infer<typeof ToPanelSchema>;

/** Panel → content script. */
export const FromPanelSchema = z.discriminatedUnion('type', [
  /** First message on the port: proves the panel is the frame this tab's content script made. */
  z.object({ type: z.literal('hello'), nonce: z.string().min(16).max(64) }),
  z.object({ type: z.literal('insert'), requestId: z.string().max(64), html: z.string(), text: z.string() }),
  z.object({ type: z.literal('layout'), open: z.boolean() }),
]);
export type FromPanel = z.infer<typeof FromPanelSchema>;

/** Any extension context → background (runtime.sendMessage). */
export const ToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('draft.get'), key: z.string() }),
  z.object({ type: z.literal('draft.put'), draft: DraftSchema }),
  z.object({ type: z.literal('draft.markInserted'), key: z.string(), at: z.number() }),
  /** Content script asks to run the editor bridge in its page's main world. */
  z.object({ type: z.literal('bridge.insert'), token: z.string().regex(/^[a-z0-9]{8,32}$/u), html: z.string(), text: z.string() }),
]);
export type ToBackground = z.infer<typeof ToBackgroundSchema>;

/** Every background reply has this envelope, so callers can tell failure from "no draft". */
export type BackgroundReply<T> = { ok: true; value: T } | { ok: false; error: string };
