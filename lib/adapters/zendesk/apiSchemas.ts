import { z } from '../../zod';

/**
 * zod schemas for the parts of Zendesk's Support API responses the adapter reads
 * (developer.zendesk.com/api-reference/ticketing). Loose objects: Zendesk adds fields all the
 * time, and most of what we read may be null or missing on some accounts.
 */

/** Keeps the array items that parse and counts the rest, so one odd item doesn't sink the read. */
function lenientArray<T extends z.ZodType>(item: T) {
  return z.array(z.unknown()).transform((items) => {
    const parsed: z.output<T>[] = [];
    let dropped = 0;
    for (const raw of items) {
      const result = item.safeParse(raw);
      if (result.success) parsed.push(result.data);
      else dropped += 1;
    }
    return { items: parsed, dropped };
  });
}

const id = z.number().int();

export const UserSchema = z.looseObject({
  id,
  name: z.string().nullish(),
  email: z.string().nullish(),
  /** "end-user", "agent" or "admin". */
  role: z.string().nullish(),
});
export type ZendeskUser = z.infer<typeof UserSchema>;

const OrganizationSchema = z.looseObject({
  id,
  name: z.string().nullish(),
  organization_fields: z.record(z.string(), z.unknown()).nullish(),
});

const CustomFieldValueSchema = z.looseObject({ id, value: z.unknown() });

export const TicketResponseSchema = z.looseObject({
  ticket: z.looseObject({
    id,
    subject: z.string().nullish(),
    raw_subject: z.string().nullish(),
    status: z.string().nullish(),
    priority: z.string().nullish(),
    requester_id: id.nullish(),
    organization_id: id.nullish(),
    tags: z.array(z.string()).nullish(),
    custom_fields: lenientArray(CustomFieldValueSchema).nullish(),
  }),
  users: lenientArray(UserSchema).optional(),
  organizations: lenientArray(OrganizationSchema).optional(),
});
export type TicketResponse = z.infer<typeof TicketResponseSchema>;

const AttachmentSchema = z.looseObject({
  file_name: z.string(),
  size: z.number().int().nonnegative().nullish(),
  content_type: z.string().nullish(),
});

const CommentSchema = z.looseObject({
  id,
  author_id: id.nullish(),
  /** Plain text of the comment; `plain_body` is newer and preferred. */
  body: z.string().nullish(),
  plain_body: z.string().nullish(),
  public: z.boolean().nullish(),
  created_at: z.string().nullish(),
  attachments: lenientArray(AttachmentSchema).nullish(),
});
export type ZendeskComment = z.infer<typeof CommentSchema>;

export const CommentsPageSchema = z.looseObject({
  comments: lenientArray(CommentSchema),
  users: lenientArray(UserSchema).optional(),
  /** Offset pagination (default). */
  next_page: z.string().nullish(),
  /** Cursor pagination (`page[size]=…`). */
  meta: z.looseObject({ has_more: z.boolean().nullish() }).nullish(),
  links: z.looseObject({ next: z.string().nullish() }).nullish(),
});
export type CommentsPage = z.infer<typeof CommentsPageSchema>;

const TicketFieldSchema = z.looseObject({
  id,
  type: z.string().nullish(),
  title: z.string().nullish(),
  custom_field_options: z
    .array(z.looseObject({ name: z.string(), value: z.string() }))
    .nullish(),
});
export type TicketField = z.infer<typeof TicketFieldSchema>;

export const TicketFieldsSchema = z.looseObject({
  ticket_fields: lenientArray(TicketFieldSchema),
});
