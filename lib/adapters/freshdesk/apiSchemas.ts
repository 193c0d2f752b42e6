import { z } from '../../zod';
import { lenientArray } from '../lenientArray';

/**
 * zod schemas for the parts of Freshdesk's ticket API the adapter reads. Two shapes:
 * - the agent UI's own API (`/api/_/…`, what the Ember app calls with the session): the ticket
 *   is wrapped as `{ ticket: {…} }` and conversations as `{ conversations: […] }`, each
 *   conversation with its author side-loaded as `requester` (`include=requester`);
 * - the documented public API (`/api/v2/…`): a bare ticket object and a bare array.
 * Both share the field names (developers.freshdesk.com/api/#tickets). Loose objects: Freshdesk
 * adds fields often, and most of what we read may be null or missing.
 */


const id = z.int();

/** A contact or agent as side-loaded by `include=requester` (`{}` when there is none). */
const PersonSchema = z.looseObject({
  id: z.nullish(id),
  name: z.nullish(z.string()),
  email: z.nullish(z.string()),
});
export type FreshdeskPerson = z.infer<typeof PersonSchema>;

const CompanySchema = z.looseObject({
  id: z.nullish(id),
  name: z.nullish(z.string()),
  /** Company fields (`{ plan_tier: "Enterprise" }`) when the include carries them. */
  custom_fields: z.nullish(z.record(z.string(), z.unknown())),
});

const AttachmentSchema = z.looseObject({
  name: z.string(),
  size: z.nullish(z.int().check(z.nonnegative())),
  content_type: z.nullish(z.string()),
});

const TicketSchema = z.looseObject({
  id,
  subject: z.nullish(z.string()),
  /** 2 Open, 3 Pending, 4 Resolved, 5 Closed; accounts add custom statuses (6, 7, …). */
  status: z.nullish(z.int()),
  /** 1 Low, 2 Medium, 3 High, 4 Urgent. */
  priority: z.nullish(z.int()),
  requester_id: z.nullish(id),
  company_id: z.nullish(id),
  tags: z.nullish(z.array(z.string())),
  /** `{ cf_plan_tier: "Enterprise", cf_seats: 38 }`, keyed by the field's API name. */
  custom_fields: z.nullish(z.record(z.string(), z.unknown())),
  /** The first customer message as plain text; `description` (HTML) is never read. */
  description_text: z.nullish(z.string()),
  created_at: z.nullish(z.string()),
  attachments: z.nullish(lenientArray(AttachmentSchema)),
  requester: z.nullish(PersonSchema),
  company: z.nullish(CompanySchema),
});
export type FreshdeskTicket = z.infer<typeof TicketSchema>;

/** `{ ticket }` from the agent UI's API or the bare ticket from /api/v2. */
export const TicketResponseSchema = z.union([
  z.pipe(z.looseObject({ ticket: TicketSchema }), z.transform((data) => data.ticket)),
  TicketSchema,
]);

const ConversationSchema = z.looseObject({
  id,
  /** Plain text of the reply or note; `body` (HTML) is never read. */
  body_text: z.nullish(z.string()),
  /** true for a private note. */
  private: z.nullish(z.boolean()),
  /** true when it came from outside the helpdesk (a customer's email reply). */
  incoming: z.nullish(z.boolean()),
  user_id: z.nullish(id),
  created_at: z.nullish(z.string()),
  attachments: z.nullish(lenientArray(AttachmentSchema)),
  /** The agent UI's API side-loads the conversation's author here (`include=requester`). */
  requester: z.nullish(PersonSchema),
});
export type FreshdeskConversation = z.infer<typeof ConversationSchema>;

const conversationList = lenientArray(ConversationSchema);

/** `{ conversations }` from the agent UI's API or the bare array from /api/v2. */
export const ConversationsPageSchema = z.union([
  z.pipe(z.looseObject({ conversations: conversationList }), z.transform((data) => data.conversations)),
  conversationList,
]);

const TicketFieldSchema = z.looseObject({
  /** API name: `status`, `priority`, or a custom field's `cf_plan_tier`. */
  name: z.string(),
  label: z.nullish(z.string()),
  label_for_agents: z.nullish(z.string()),
  type: z.nullish(z.string()),
  /**
   * Status: `{ "2": ["Open", "Being Processed"], "6": ["Waiting on Customer", …] }` (agent
   * label first). Priority and source: `{ "Low": 1, … }`. Dropdowns: a list of strings.
   */
  choices: z.optional(z.unknown()),
});
export type FreshdeskTicketField = z.infer<typeof TicketFieldSchema>;

const fieldList = lenientArray(TicketFieldSchema);

/** `/ticket_fields`: a bare array (v2), or wrapped as `{ ticket_fields }`. */
export const TicketFieldsSchema = z.union([
  z.pipe(z.looseObject({ ticket_fields: fieldList }), z.transform((data) => data.ticket_fields)),
  fieldList,
]);
