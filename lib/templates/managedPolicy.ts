import { HelpdeskIdSchema } from '../context';
import { z } from '../zod';
import { describeIssues } from '../validationMessages';
import type { ManagedTemplates } from './library';
import { migrateTemplate, type Template, TemplateSchema } from './template';

/**
 * What an organisation can set through the browser's managed storage policy. Mirrors
 * `public/managed_schema.json`, which the browser uses to validate the policy first.
 */
const ManagedPolicySchema = z.object({
  templates: z.optional(z.array(z.unknown())),
  defaultTemplates: z.optional(z.partialRecord(HelpdeskIdSchema, z.string())),
  lockTemplates: z.optional(z.boolean()),
  insertedDraftRetentionDays: z.optional(z.int().check(z.minimum(1), z.maximum(3650))),
});

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
  const parsed = ManagedPolicySchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { templates: null, problems: describeIssues(parsed.error.issues) };
  const policy = parsed.data;
  const problems: string[] = [];
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
