import { z } from '../../zod';
import { lenientArray } from '../lenientArray';

/**
 * zod schemas for the parts of Zendesk's Support API responses the adapter reads
 * (developer.zendesk.com/api-reference/ticketing). Loose objects: Zendesk adds fields all the
 * time, and most of what we read may be null or missing on some accounts.
 */


const id = z.int();

export const UserSchema = z.looseObject({
  id,
  name: z.nullish(z.string()),
  email: z.nullish(z.string()),
  /** "end-user", "agent" or "admin". */
  role: z.nullish(z.string()),
});
export type ZendeskUser = z.infer<typeof UserSchema>;

const OrganizationSchema = z.looseObject({
  id,
  name: z.nullish(z.string()),
  organization_fields: z.nullish(z.record(z.string(), z.unknown())),
});

const CustomFieldValueSchema = z.looseObject({ id, value: z.unknown() });

export const TicketResponseSchema = z.looseObject({
  ticket: z.looseObject({
    id,
    subject: z.nullish(z.string()),
    raw_subject: z.nullish(z.string()),
    status: z.nullish(z.string()),
    priority: z.nullish(z.string()),
    requester_id: z.nullish(id),
    organization_id: z.nullish(id),
    tags: z.nullish(z.array(z.string())),
    custom_fields: z.nullish(lenientArray(CustomFieldValueSchema)),
  }),
  users: z.optional(lenientArray(UserSchema)),
  organizations: z.optional(lenientArray(OrganizationSchema)),
});
export type TicketResponse = z.infer<typeof TicketResponseSchema>;

const AttachmentSchema = z.looseObject({
  file_name: z.string(),
  size: z.nullish(z.int().check(z.nonnegative())),
  content_type: z.nullish(z.string()),
});

const CommentSchema = z.looseObject({
  id,
  author_id: z.nullish(id),
  /** Plain text of the comment; `plain_body` is newer and preferred. */
  body: z.nullish(z.string()),
  plain_body: z.nullish(z.string()),
  public: z.nullish(z.boolean()),
  created_at: z.nullish(z.string()),
  attachments: z.nullish(lenientArray(AttachmentSchema)),
});
export type ZendeskComment = z.infer<typeof CommentSchema>;

export const CommentsPageSchema = z.looseObject({
  comments: lenientArray(CommentSchema),
  users: z.optional(lenientArray(UserSchema)),
  /** Offset pagination (default). */
  next_page: z.nullish(z.string()),
  /** Cursor pagination (`page[size]=…`). */
  meta: z.nullish(z.looseObject({ has_more: z.nullish(z.boolean()) })),
  links: z.nullish(z.looseObject({ next: z.nullish(z.string()) })),
});
export type CommentsPage = z.infer<typeof CommentsPageSchema>;

const TicketFieldSchema = z.looseObject({
  id,
  type: z.nullish(z.string()),
  title: z.nullish(z.string()),
  custom_field_options: z.nullish(z.array(z.looseObject({ name: z.string(), value: z.string() }))),
});
export type TicketField = z.infer<typeof TicketFieldSchema>;

export const TicketFieldsSchema = z.looseObject({
  ticket_fields: lenientArray(TicketFieldSchema),
});
