import { z } from '../../zod';
import { lenientArray } from '../lenientArray';

/**
 * zod schemas for the parts of Jira Cloud's REST answers the adapter reads:
 * - platform API v3, GET /rest/api/3/issue/{key}?expand=renderedFields,names and
 *   GET /rest/api/3/issue/{key}/comment (developer.atlassian.com/cloud/jira/platform/rest/v3);
 * - Service Management API, GET /rest/servicedeskapi/request/{key}/comment
 *   (developer.atlassian.com/cloud/jira/service-desk/rest).
 * Loose objects and nullish fields throughout: sites differ in fields, privacy settings hide
 * emails, and Atlassian adds properties all the time.
 */

/** Jira user (platform API). `accountType` is "atlassian", "app" or "customer" (JSM portal-only). */
export const JiraUserSchema = z.looseObject({
  accountId: z.nullish(z.string()),
  displayName: z.nullish(z.string()),
  emailAddress: z.nullish(z.string()),
  accountType: z.nullish(z.string()),
});
export type JiraUser = z.infer<typeof JiraUserSchema>;

const NamedSchema = z.looseObject({ name: z.nullish(z.string()) });

const AttachmentSchema = z.looseObject({
  filename: z.string(),
  size: z.nullish(z.int().check(z.nonnegative())),
  mimeType: z.nullish(z.string()),
});

/** A platform API comment: ADF body, `jsdPublic` false for JSM internal notes. */
export const IssueCommentSchema = z.looseObject({
  id: z.union([z.string(), z.int()]),
  author: z.nullish(JiraUserSchema),
  body: z.unknown(),
  created: z.nullish(z.string()),
  jsdPublic: z.nullish(z.boolean()),
  /** Restricted to a role or group (Jira Software's "restrict to" comments). */
  visibility: z.nullish(z.looseObject({ type: z.nullish(z.string()), value: z.nullish(z.string()) })),
  /** Only with expand=properties; `sd.public.comment` {internal: true} marks older internal notes. */
  properties: z.nullish(z.array(z.looseObject({ key: z.nullish(z.string()), value: z.unknown() }))),
});
export type IssueComment = z.infer<typeof IssueCommentSchema>;

export const IssueResponseSchema = z.looseObject({
  key: z.nullish(z.string()),
  /** expand=names: field id → the site's name for it ("customfield_10010" → "Request Type"). */
  names: z.nullish(z.record(z.string(), z.unknown())),
  // Every field, custom ones included, lives here; the ones read by name are typed.
  fields: z.looseObject({
    summary: z.nullish(z.string()),
    status: z.nullish(NamedSchema),
    priority: z.nullish(NamedSchema),
    labels: z.nullish(z.array(z.string())),
    reporter: z.nullish(JiraUserSchema),
    description: z.unknown(),
    attachment: z.nullish(lenientArray(AttachmentSchema)),
    created: z.nullish(z.string()),
    // The issue answer embeds (some of) its comments; used only to learn authors' account types.
    comment: z.nullish(z.looseObject({ comments: z.nullish(lenientArray(IssueCommentSchema)) })),
  }),
});
export type IssueResponse = z.infer<typeof IssueResponseSchema>;

export const IssueCommentsPageSchema = z.looseObject({
  startAt: z.nullish(z.int()),
  maxResults: z.nullish(z.int()),
  total: z.nullish(z.int()),
  comments: lenientArray(IssueCommentSchema),
});
export type IssueCommentsPage = z.infer<typeof IssueCommentsPageSchema>;

/** Service Management's date: several renderings of one instant. */
const SdDateSchema = z.looseObject({ iso8601: z.nullish(z.string()), epochMillis: z.nullish(z.number()) });

/** A request comment: plain-text body and an explicit `public` flag (false = internal note). */
export const RequestCommentSchema = z.looseObject({
  id: z.union([z.string(), z.int()]),
  body: z.nullish(z.string()),
  public: z.nullish(z.boolean()),
  author: z.nullish(JiraUserSchema),
  created: z.nullish(SdDateSchema),
});
export type RequestComment = z.infer<typeof RequestCommentSchema>;

export const RequestCommentsPageSchema = z.looseObject({
  start: z.nullish(z.int()),
  limit: z.nullish(z.int()),
  size: z.nullish(z.int()),
  isLastPage: z.nullish(z.boolean()),
  values: lenientArray(RequestCommentSchema),
});
export type RequestCommentsPage = z.infer<typeof RequestCommentsPageSchema>;
