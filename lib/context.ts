import { z } from './zod';

/** Where a value was read from: the helpdesk's REST API or the page's DOM. */
export const SourceSchema = z.enum(['api', 'dom']);
export type Source = z.infer<typeof SourceSchema>;

export const HelpdeskIdSchema = z.enum(['zendesk', 'freshdesk', 'jira']);
export type HelpdeskId = z.infer<typeof HelpdeskIdSchema>;

/** How the options page and the drafts manager name each helpdesk. */
export const HELPDESK_LABELS: Record<HelpdeskId, string> = {
  zendesk: 'Zendesk',
  freshdesk: 'Freshdesk',
  jira: 'Jira Service Management',
};

export const AttachmentSchema = z.object({
  name: z.string(),
  sizeBytes: z.optional(z.int().check(z.nonnegative())),
  contentType: z.optional(z.string()),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const TimelineEntrySchema = z.object({
  id: z.string(),
  author: z.string(),
  authorRole: z.enum(['customer', 'agent', 'unknown']),
  visibility: z.enum(['public', 'internal']),
  /** ISO 8601; absent when the helpdesk did not show a time. */
  at: z.optional(z.string()),
  /** Plain text only. Customer-written: never rendered as markup. */
  text: z.string(),
  attachments: z._default(z.array(AttachmentSchema), []),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const LabelledValueSchema = z.object({ label: z.string(), value: z.string() });
export type LabelledValue = z.infer<typeof LabelledValueSchema>;

export const PersonSchema = z.object({
  name: z.optional(z.string()),
  email: z.optional(z.string()),
});

export const OrganizationSchema = z.object({
  name: z.optional(z.string()),
  /** Organization fields such as plan tier or account age, as label/value pairs. */
  fields: z._default(z.array(LabelledValueSchema), []),
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
export const CONTEXT_FIELDS: readonly ContextField[] = ContextFieldSchema.options;

export const ReadProblemSchema = z.object({
  field: ContextFieldSchema,
  /** Short, agent-facing reason: "API answered 403", "not on the page". */
  reason: z.string(),
});
export type ReadProblem = z.infer<typeof ReadProblemSchema>;

export const TicketContextSchema = z.object({
  helpdesk: HelpdeskIdSchema,
  ticketId: z.string().check(z.minLength(1)),
  url: z.string(),
  subject: z.optional(z.string()),
  status: z.optional(z.string()),
  priority: z.optional(z.string()),
  requester: z._default(PersonSchema, {}),
  organization: z._default(OrganizationSchema, { fields: [] }),
  tags: z._default(z.array(z.string()), []),
  customFields: z._default(z.array(LabelledValueSchema), []),
  timeline: z._default(z.array(TimelineEntrySchema), []),
  /** Which source each field that was read came from. */
  sources: z._default(z.partialRecord(ContextFieldSchema, SourceSchema), {}),
  /** What could not be read, and why. */
  missing: z._default(z.array(ReadProblemSchema), []),
});
export type TicketContext = z.infer<typeof TicketContextSchema>;
export type TicketContextInput = z.input<typeof TicketContextSchema>;
