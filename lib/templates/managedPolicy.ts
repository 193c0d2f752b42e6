import { HelpdeskIdSchema } from '../context';
import { z } from '../zod';
import { describeIssues } from '../validationMessages';
import type { ManagedTemplates } from './library';
import { migrateTemplate, type Template, TemplateSchema } from './template';

/**
 * What an organisation can set through the browser's managed storage policy. Mirrors
 * `public/managed_schema.json`, which the browser uses to validate the policy first.
 */
const POLICY_FIELDS = {
  templates: z.optional(z.array(z.unknown())),
  defaultTemplates: z.optional(z.partialRecord(HelpdeskIdSchema, z.string())),
  lockTemplates: z.optional(z.boolean()),
  insertedDraftRetentionDays: z.optional(z.int().check(z.minimum(1), z.maximum(3650))),
};
type PolicyFields = { [K in keyof typeof POLICY_FIELDS]: z.infer<(typeof POLICY_FIELDS)[K]> };

/**
 * Field by field: a mistake in one setting (a retention of 0, a misspelt helpdesk) must not
 * throw away the organisation's templates and lock with it. A field that fails is ignored and
 * reported.
 */
function readFields(raw: unknown): { policy: PolicyFields; problems: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { policy: {} as PolicyFields, problems: ['(policy): must be an object'] };
  }
  const source = raw as Record<string, unknown>;
  const policy: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(POLICY_FIELDS)) {
    const parsed = schema.safeParse(source[key], { reportInput: true });
    if (parsed.success) policy[key] = parsed.data;
    else problems.push(...describeIssues(parsed.error.issues, [key]));
  }
  return { policy: policy as PolicyFields, problems };
}

export interface ManagedPolicy {
  templates: ManagedTemplates | null;
  insertedDraftRetentionDays?: number;
  /** Parts of the policy Baton could not use, as "path: reason"; shown to the team lead. */
  problems: string[];
}

export const NO_POLICY: ManagedPolicy = { templates: null, problems: [] };

/**
 * Reads what the browser returned for managed storage. Each template is checked on its own,
 * so one broken template in a policy does not take the others down with it.
 */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (raw === null || raw === undefined || (typeof raw === 'object' && Object.keys(raw).length === 0)) return NO_POLICY;
  const { policy, problems } = readFields(raw);
  const templates: Template[] = [];
  (policy.templates ?? []).forEach((rawTemplate, index) => {
    const template = TemplateSchema.safeParse(migrateTemplate(rawTemplate), { reportInput: true });
    if (!template.success) {
      problems.push(...describeIssues(template.error.issues, ['templates', index]));
    } else if (templates.some((t) => t.id === template.data.id)) {
      problems.push(`templates[${index}].id: "${template.data.id}" is used twice; the first one is kept`);
    } else {
      templates.push(template.data);
    }
  });
  const hasTemplateSettings = policy.templates !== undefined || policy.defaultTemplates !== undefined || policy.lockTemplates !== undefined;
  return {
    templates: hasTemplateSettings
      ? { templates, defaults: policy.defaultTemplates ?? {}, locked: policy.lockTemplates === true }
      : null,
    insertedDraftRetentionDays: policy.insertedDraftRetentionDays,
    problems,
  };
}
