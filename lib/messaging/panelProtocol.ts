import { HelpdeskIdSchema, TicketContextSchema } from '../context';
import { z } from '../zod';

/** Name of the port the panel opens to its tab's content script. */
export const PANEL_PORT = 'baton-panel';

export const InsertResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    /** Set when the note landed but something about it needs the agent's eye. */
    warning: z.optional(z.string()),
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
    helpdesk: z.optional(HelpdeskIdSchema),
    helpdeskLabel: z.optional(z.string()),
    noteFormat: z.optional(z.enum(['html', 'text'])),
    host: z.optional(z.string()),
    ticketId: z.optional(z.string()),
    context: z.optional(TicketContextSchema),
  }),
  z.object({ type: z.literal('insertResult'), requestId: z.string(), result: InsertResultSchema }),
]);
export type ToPanel = z.infer<typeof ToPanelSchema>;

/** Panel → content script. */
export const FromPanelSchema = z.discriminatedUnion('type', [
  /** First message on the port: proves the panel is the frame this tab's content script made. */
  z.object({ type: z.literal('hello'), nonce: z.string().check(z.minLength(16), z.maxLength(64)) }),
  z.object({
    type: z.literal('insert'),
    requestId: z.string().check(z.maxLength(64)),
    /** The ticket the note was written for; refused if the page now shows another. */
    ticketId: z.string(),
    html: z.string(),
    text: z.string(),
    /** Switch the composer to internal note first (the agent's setting; absent means yes). */
    asInternalNote: z.optional(z.boolean()),
  }),
  z.object({ type: z.literal('layout'), open: z.boolean(), side: z.optional(z.enum(['left', 'right'])) }),
]);
export type FromPanel = z.infer<typeof FromPanelSchema>;
