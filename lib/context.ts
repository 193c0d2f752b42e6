import { z } from './zod';

/** Where a value was read from: the helpdesk's REST API or the page's DOM. */
export const SourceSchema = z.enum(['api', 'dom']);
export type Source = z.infer<typeof SourceSchema>;

export const HelpdeskIdSchema = z.enum(['zendesk']);
export type HelpdeskId = z.infer<typeof HelpdeskIdSchema>;

export const AttachmentSchema = z.object({
  name: z.string(),
  sizeBytes: z.number().int().nonnegative().optional(),
  contentType: z.string().optional(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const TimelineEntrySchema = z.object({
  id: z.string(),
  author: z.string(),
  authorRole: z.enum(['customer', 'agent', 'unknown']),
  visibility: z.enum(['public', 'internal']),
  /** ISO 8601; absent when the helpdesk did not show a time. */
  at: z.string().optional(),
  /** Plain text only. Customer-written: never rendered as markup. */
  text: z.string(),
  attachments: z.array(AttachmentSchema).default([]),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const LabelledValueSchema = z.object({ label: z.string(), value: z.string() });
export type LabelledValue = z.infer<typeof LabelledValueSchema>;

export const PersonSchema = z.object({
  name: z.string().optional(),
  email: z.string().optional(),
});

export const OrganizationSchema = z.object({
  name: z.string().optional(),
  /** Organization fields such as plan tier or account age, as label/value pairs. */
  fields: z.array(LabelledValueSchema).default([]),
});

/** Every field a reader can fill, used to say where a value came from or that it is missing. */
export const ContextFieldSchema = z.enum([
  'subject',
  'status',
  'priority',
  'requester',
  'organization',
  'tags',
  'customFields',
  'timeline',
]);
export type ContextField = z.infer<typeof ContextFieldSchema>;

export const ReadProblemSchema = z.object({
  field: ContextFieldSchema,
  /** Short, agent-facing reason: "API answered 403", "not on the page". */
  reason: z.string(),
});
export type ReadProblem = z.infer<typeof ReadProblemSchema>;

export const TicketContextSchema = z.object({
  helpdesk: HelpdeskIdSchema,
  ticketId: z.string().min(1),
  url: z.string(),
  subject: z.string().optional(),
  status: z.string().optional(),
  priority: z.string().optional(),
  requester: PersonSchema.default({}),
  organization: OrganizationSchema.default({ fields: [] }),
  tags: z.array(z.string()).default([]),
  customFields: z.array(LabelledValueSchema).default([]),
  timeline: z.array(TimelineEntrySchema).default([]),
  /** Which source each field that was read came from. */
  sources: z.partialRecord(ContextFieldSchema, SourceSchema).default({}),
  /** What could not be read, and why. */
  missing: z.array(ReadProblemSchema).default([]),
});
export type TicketContext = z.infer<typeof TicketContextSchema>;
export type TicketContextInput = z.input<typeof TicketContextSchema>;
