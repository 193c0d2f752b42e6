import type { LabelledValue, ReadProblem, TimelineEntry } from '../../context';
import type { ContextValues } from '../types';
import { adfToText } from './adf';
import type { IssueComment, IssueResponse, JiraUser, RequestComment } from './apiSchemas';
import { fieldValueText, isNoiseField, organizationNames, requestTypeName } from './fieldValues';

/** JSM's organizations field has no fixed id; its name is what identifies it. */
const ORGANIZATIONS_NAME = /^organi[sz]ations$/i;

/** Any date Jira gives ("2025-03-10T08:14:22.000+0000", epoch ms) → ISO 8601 in UTC. */
export function isoTime(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  // "+0000" (no colon) is what Jira sends; spell it the way every Date parser accepts.
  const normalised = typeof value === 'string' ? value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2') : value;
  const date = new Date(normalised);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Who is a customer: the reporter, or an account Jira says is a (portal-only) customer. */
export interface AuthorRoles {
  reporter?: JiraUser | null;
  /** accountId → accountType, from every user object the issue answer carried. */
  accountTypes: Map<string, string>;
}

export function authorRoles(issue: IssueResponse | undefined): AuthorRoles {
  const accountTypes = new Map<string, string>();
  const note = (user: JiraUser | null | undefined) => {
    if (user?.accountId && user.accountType) accountTypes.set(user.accountId, user.accountType);
  };
  note(issue?.fields.reporter);
  for (const comment of issue?.fields.comment?.comments?.items ?? []) note(comment.author);
  return { reporter: issue?.fields.reporter, accountTypes };
}

function roleOf(author: JiraUser | null | undefined, roles: AuthorRoles): TimelineEntry['authorRole'] {
  if (!author) return 'unknown';
  const reporter = roles.reporter;
  const isReporter =
    !!reporter &&
    ((!!author.accountId && author.accountId === reporter.accountId) ||
      (!author.accountId && !!author.emailAddress && author.emailAddress === reporter.emailAddress));
  const type = author.accountType ?? (author.accountId ? roles.accountTypes.get(author.accountId) : undefined);
  return isReporter || type === 'customer' ? 'customer' : 'agent';
}

function customFields(data: IssueResponse, problems: ReadProblem[]): { fields: LabelledValue[]; organizations: string[] } {
  const names = data.names ?? undefined;
  const nameOf = (id: string) => {
    const name = names?.[id];
    return typeof name === 'string' && name.trim() ? name : undefined;
  };
  const fields: LabelledValue[] = [];
  let organizations: string[] = [];
  for (const [id, value] of Object.entries(data.fields)) {
    if (!id.startsWith('customfield_')) continue;
    const name = nameOf(id);
    const requestType = requestTypeName(value);
    if (requestType) {
      // First: the request type is what the customer chose when they asked for help.
      fields.unshift({ label: name ?? 'Request Type', value: requestType });
      continue;
    }
    if (name && ORGANIZATIONS_NAME.test(name)) {
      organizations = organizationNames(value);
      continue;
    }
    if (name && isNoiseField(name)) continue;
    const text = fieldValueText(value);
    if (text !== undefined) fields.push({ label: name ?? `Field ${id}`, value: text });
  }
  if (!names) problems.push({ field: 'customFields', reason: 'field names were not in the helpdesk API answer' });
  return { fields, organizations };
}

/** The description as the first timeline entry, written by the reporter, with the issue's files. */
function descriptionEntry(data: IssueResponse, roles: AuthorRoles): TimelineEntry | undefined {
  const { fields } = data;
  const text = adfToText(fields.description);
  const attachments = (fields.attachment?.items ?? []).map((a) => ({
    name: a.filename,
    sizeBytes: a.size ?? undefined,
    contentType: a.mimeType ?? undefined,
  }));
  if (!text && attachments.length === 0) return undefined;
  return {
    id: 'description',
    author: fields.reporter?.displayName ?? 'Unknown',
    authorRole: roleOf(fields.reporter, roles),
    visibility: 'public',
    at: isoTime(fields.created),
    text,
    attachments,
  };
}

/** Issue answer → context values (everything but the comments) plus the description entry. */
export function mapIssue(
  data: IssueResponse,
  problems: ReadProblem[],
): { values: ContextValues; description?: TimelineEntry } {
  const { fields } = data;
  const values: ContextValues = {};

  if (fields.summary?.trim()) values.subject = fields.summary;
  else problems.push({ field: 'subject', reason: 'the issue has no summary' });

  if (fields.status?.name) values.status = fields.status.name;
  else problems.push({ field: 'status', reason: 'not in the helpdesk API answer' });

  if (fields.priority?.name) values.priority = fields.priority.name;
  else problems.push({ field: 'priority', reason: 'no priority set on the issue' });

  const reporter = fields.reporter;
  if (reporter?.displayName || reporter?.emailAddress) {
    values.requester = { name: reporter.displayName ?? undefined, email: reporter.emailAddress ?? undefined };
  } else {
    problems.push({ field: 'requester', reason: 'the issue has no reporter' });
  }

  const custom = customFields(data, problems);
  values.customFields = custom.fields;
  if (custom.organizations.length) values.organization = { name: custom.organizations.join(', '), fields: [] };
  else problems.push({ field: 'organization', reason: 'the issue has no organization' });

  values.tags = fields.labels ?? [];
  return { values, description: descriptionEntry(data, authorRoles(data)) };
}

/** Service Management request comments → timeline entries (plain-text bodies). */
export function mapRequestComments(comments: RequestComment[], roles: AuthorRoles): TimelineEntry[] {
  return comments.map((comment) => ({
    id: String(comment.id),
    author: comment.author?.displayName ?? 'Unknown',
    authorRole: roleOf(comment.author, roles),
    visibility: comment.public === false ? 'internal' : 'public',
    at: isoTime(comment.created?.iso8601 ?? comment.created?.epochMillis),
    text: (comment.body ?? '').trim(),
    attachments: [],
  }));
}

function isInternalIssueComment(comment: IssueComment): boolean {
  if (comment.jsdPublic === false) return true;
  // A comment restricted to a role or group is not for everyone who can see the issue.
  if (comment.visibility?.type || comment.visibility?.value) return true;
  const property = comment.properties?.find((p) => p.key === 'sd.public.comment');
  const value = property?.value;
  return typeof value === 'object' && value !== null && (value as { internal?: unknown }).internal === true;
}

/** Platform API comments (the fallback when Service Management's endpoint is unavailable). */
export function mapIssueComments(comments: IssueComment[], roles: AuthorRoles): TimelineEntry[] {
  return comments.map((comment) => ({
    id: String(comment.id),
    author: comment.author?.displayName ?? 'Unknown',
    authorRole: roleOf(comment.author, roles),
    visibility: isInternalIssueComment(comment) ? 'internal' : 'public',
    at: isoTime(comment.created),
    text: adfToText(comment.body),
    attachments: [],
  }));
}
